/**
 * What a speaker phrase refers to: a named person, an organisation, a document, an unnamed (anonymous) source, or a
 * pronoun to resolve. Pure classification of one noun phrase; the registry in `sources.ts` does the linking.
 */
import { ANON_HEAD_WORDS, DOCUMENT_HEADS, GROUP_QUANTIFIERS, ORG_HEADS, PERSON_ROLE_HEADS, STRONG_ANON_WORDS } from './tables/heads';
import { DETERMINERS, PRONOUNS, TITLES } from './tables/words';
import { nameLexicon } from './lexicon';
import { capitalRuns, parseName, runWords, type Gender } from './names';
import { isCapitalized, stripPossessive, type Token } from './text';
import type { SourceKind } from './types';

export type SpeakerRef =
  | { type: 'pronoun'; pronoun: string; gender: 'm' | 'f' | 'p' | 'i' }
  | { type: 'name'; name: string; mention: string; person: boolean; gender: Gender; single: boolean; kind: SourceKind }
  | { type: 'description'; text: string; head: string; definite: boolean; anonymous: boolean; kind: SourceKind; plural: boolean }
  /** "the president", "the real estate agent": a role that may belong to a person the article named. */
  | { type: 'role'; text: string; head: string; fallback: SpeakerRef | null };

function singular(word: string): string {
  if (/(?:ss|us)$/u.test(word)) return word;
  if (/people$/u.test(word)) return 'person';
  if (/spokespeople$/u.test(word)) return 'spokesperson';
  if (/ies$/u.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes)$/u.test(word)) return word.slice(0, -2);
  if (/s$/u.test(word)) return word.slice(0, -1);
  return word;
}

export function headOf(word: string): string {
  return singular(stripPossessive(word.toLowerCase()));
}

/** Words after a head noun that start its post-modifier: "people familiar with …", "a document seen by …". */
const POST_MODIFIER = new Set(['familiar', 'close', 'with', 'who', 'in', 'at', 'from', 'of', 'for', 'on', 'to', 'briefed', 'involved',
  'knowledgeable', 'published', 'based', 'seen', 'obtained', 'reviewed', 'released', 'issued', 'filed', 'cited', 'prepared', 'written', 'signed', 'sent', 'shared', 'leaked']);

/** Classify the tokens [from, to] of a paragraph as a speaker. Returns null for phrases that cannot speak. */
export function classifySpeaker(text: string, tokens: readonly Token[], from: number, toIn: number): SpeakerRef | null {
  let to = toIn;
  // "one of the officials", "some of the analysts": the speaker is the group named after "of".
  if (to - from >= 2 && tokens[from + 1].lower === 'of' && /^(one|two|three|some|many|several|most|each|both|none|all|few)$/u.test(tokens[from].lower)) {
    const inner = classifySpeaker(text, tokens, from + 2, to);
    if (inner && inner.type === 'description') return { ...inner, text: text.slice(tokens[from].start, tokens[to].end), definite: false, plural: tokens[from].lower !== 'one' };
    return inner;
  }
  const first = tokens[from];
  const phrase = text.slice(first.start, tokens[to].end);
  if (from === to && first.lower in PRONOUNS) {
    const g = PRONOUNS[first.lower];
    if (g === 'i' && first.lower !== 'it') return null;
    return { type: 'pronoun', pronoun: first.lower, gender: g };
  }
  if (from === to && GROUP_QUANTIFIERS.has(first.lower)) {
    return { type: 'description', text: phrase, head: first.lower, definite: false, anonymous: true, kind: 'group', plural: true };
  }
  // The head is the last word before any post-modifier ("people familiar with the matter", "officials in Kyiv",
  // "a group representing rural counties in California").
  let headIdx = to;
  for (let k = from + 1; k <= to; k++) {
    const w = tokens[k].lower;
    // "a group representing …" (not "a filing", whose -ing word is the head itself).
    const participle = /ing$/u.test(w) && !isCapitalized(tokens[k].text) && !isCapitalized(tokens[k - 1].text) && !DETERMINERS.has(tokens[k - 1].lower);
    if (POST_MODIFIER.has(w) || participle) { headIdx = k - 1; break; }
  }
  const headLower = tokens[headIdx].lower;
  // A capitalised head counts as an ordinary noun only when it opens the phrase ("Analysts at Goldman Sachs"); in
  // "The California Governor's Office of Emergency Services" it is part of a name.
  const commonOpener = headIdx === from && (ANON_HEAD_WORDS.has(headLower) || ORG_HEADS.has(headLower) || DOCUMENT_HEADS.has(headLower));
  if (headIdx < to && tokens[headIdx].word && (!isCapitalized(tokens[headIdx].text) || commonOpener)) to = headIdx;
  const lastWord = tokens[to].word ? tokens[to] : tokens[to - 1];
  if (!lastWord) return null;
  // "Officials said", "Experts say", "Police said" at the start of a sentence are descriptions, not names.
  const sentenceCase = (from === to || commonOpener) && isCapitalized(lastWord.text) && !/^\p{Lu}{2,}/u.test(lastWord.text) &&
    (ANON_HEAD_WORDS.has(lastWord.lower) || ORG_HEADS.has(lastWord.lower) || DOCUMENT_HEADS.has(lastWord.lower));
  if (isCapitalized(lastWord.text) && !sentenceCase) {
    // The name is the last capitalised run of the phrase: "Delhi’s Chief Minister Arvind Kejriwal".
    const runs = capitalRuns(tokens.slice(from, to + 1));
    // "Kyiv and Jerusalem", "NBC News and Bloomberg": several names speaking together.
    if (runs.length >= 2 && runs.slice(1).every((r, k) => /^(and|&)$/u.test(tokens[from + runs[k][1] + 1]?.lower ?? '') && r[0] === runs[k][1] + 2)) {
      const { first: nameStart } = runWords(tokens, from + runs[0][0], from + runs[0][1]);
      const name = text.slice(tokens[nameStart].start, tokens[to].end);
      // "The American Iron and Steel Institute" is one organisation; "Kyiv and Jerusalem" are several speakers.
      const oneBody = ORG_HEADS.has(headOf(tokens[to].lower));
      return { type: 'name', name, mention: phrase, person: false, gender: 'u', single: false, kind: oneBody ? 'organization' : 'group' };
    }
    let run = runs[runs.length - 1];
    if (!run) return null;
    // "Office for Budget Responsibility", "Bank of England": an institution's name continues through of/for/on.
    for (let r = runs.length - 2; r >= 0; r--) {
      const link = tokens[from + runs[r][1] + 1]?.lower;
      if (runs[r + 1][0] !== runs[r][1] + 2 || !/^(of|for|on)$/u.test(link ?? '') || !ORG_HEADS.has(headOf(tokens[from + runs[r][1]].lower))) break;
      run = [runs[r][0], run[1]];
    }
    let { words } = runWords(tokens, from + run[0], from + run[1]);
    // "Delhi’s Chief Minister Arvind Kejriwal": a possessive place before a title is not part of the name.
    const possessiveAt = words.findIndex((w, k) => k < words.length - 1 && /['’]s$/u.test(w));
    if (possessiveAt >= 0) words = words.slice(possessiveAt + 1);
    if (words.length === 0) return null;
    const parts = parseName(words);
    if (!parts) return null;
    const single = parts.name.split(' ').length === 1;
    if (!parts.person) {
      const kind: SourceKind = DOCUMENT_HEADS.has(headOf(words[words.length - 1])) ? 'document' : 'organization';
      return { type: 'name', name: parts.name, mention: phrase, person: false, gender: 'u', single, kind };
    }
    return { type: 'name', name: parts.name, mention: phrase, person: true, gender: parts.gender, single, kind: 'person' };
  }
  const headWord = tokens[headIdx];
  if (!headWord?.word) return null;
  const head = headOf(headWord.lower);
  const plural = head !== headWord.lower.replace(/['’]s$/u, '') || headWord.lower === 'people';
  const definite = first.lower === 'the';
  if (definite && !plural && headIdx > from) {
    const fallback = describe(tokens, from, headIdx, phrase, head, headWord, plural, definite);
    if (fallback === null || fallback.type !== 'description' || fallback.kind === 'person') {
      // An unnamed office holder ("the mayor", "the Democratic presidential candidate") is a person, identified by
      // role rather than anonymous; when the article named no holder, the role itself is shown.
      const personRole = TITLES.has(head) || PERSON_ROLE_HEADS.has(head) || nameLexicon().actors.has(head) || /(?:er|or|ist|ian|man|woman|person)$/u.test(head) && !/(?:ing|ed)$/u.test(head);
      const asRole = fallback ?? (personRole ? { type: 'description' as const, text: phrase, head, definite, anonymous: false, kind: 'person' as const, plural: false } : null);
      return { type: 'role', text: phrase, head, fallback: asRole };
    }
    return fallback;
  }
  return describe(tokens, from, headIdx, phrase, head, headWord, plural, definite);
}

/** Heads that count poll respondents ("47 percent", "a majority", "half"): a group, never an anonymous source. */
const SHARE_HEADS = new Set(['percent', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters']);

function describe(tokens: readonly Token[], from: number, headIdx: number, phrase: string, head: string, headWord: Token, plural: boolean, definite: boolean): SpeakerRef | null {
  if (SHARE_HEADS.has(headWord.lower) || SHARE_HEADS.has(head)) {
    return { type: 'description', text: phrase, head, definite: false, anonymous: false, kind: 'group', plural: true };
  }
  if (ANON_HEAD_WORDS.has(headWord.lower) || ANON_HEAD_WORDS.has(head)) {
    // "the company's spokesman" is anonymous; a description with a name in it ("Trump's lawyer") still is unnamed.
    const words = tokens.slice(from, headIdx + 1).filter((t) => t.word);
    const weak = !STRONG_ANON_WORDS.has(headWord.lower) && !STRONG_ANON_WORDS.has(head);
    if (weak && words.length === 1 && !plural) return null;
    return { type: 'description', text: phrase, head, definite, anonymous: true, kind: plural ? 'group' : 'person', plural };
  }
  if (ORG_HEADS.has(head) || ORG_HEADS.has(headWord.lower)) {
    return { type: 'description', text: phrase, head, definite, anonymous: false, kind: 'organization', plural: false };
  }
  if (DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(headWord.lower)) {
    return { type: 'description', text: phrase, head, definite, anonymous: false, kind: 'document', plural: false };
  }
  return null;
}
