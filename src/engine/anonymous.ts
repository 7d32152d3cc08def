/**
 * Anonymous-source phrasings that stand on their own: "people familiar with the matter", "an official who spoke on
 * condition of anonymity", "sources close to the talks", and definite back-references ("The source could not
 * provide details") to an unnamed source the article already introduced.
 */
import { obligedAt, phraseAfter, phraseBefore, sayAsNoun, tokenRange, type Clause, type TokenRange } from './clauses';
import { nameRef, type SpeakerPhrase } from './discourse';
import type { NameOccurrence } from './names';
import { firstTokenAtOrAfter, type Paragraph } from './paragraph';
import { lowerBound } from './search';
import type { Entity, SourceRegistry } from './sources';
import { nameLexicon } from './lexicon';
import { classifyPhrase, headOf, type SpeakerRef } from './speakers';
import {
  AGENT_ADJECTIVES, AGENT_AUXILIARIES, AGENT_BY_FORM, AGENT_BY_LEMMA, AGENT_COMPLEMENTS, AGENT_NOUNS, AUTHOR_OF_NOUNS, DECLINED_ACTS, DECLINING_VERBS,
  PUBLISHED_DOCUMENTS, PUBLISHING_VERBS,
} from './tables/agents';
import { CUE_BY_FORM, particleLength, type CueVerb } from './tables/cues';
import { ANON_HEAD_WORDS, BACK_REFERENCE_WORDS, CONTESTANT_WORDS, GROUP_QUANTIFIERS, MEASURE_NOUNS, PROPER_ANON_WORDS, SINGULAR_OF, STANDALONE_ANON_WORDS, STRONG_ANON_WORDS } from './tables/heads';
import { AFTER_SUBJECT, AUXILIARIES, AUX_AFTER_SUBJECT, BE_HAVE_PAST_PRESENT, CAPITALISED_OPENERS, COMPARATIVE_AMOUNTS, CONDITIONALS, DETERMINERS_FEW, EACH_DETERMINERS, EXAMPLE_LEADS, HAVE_FORMS, INSIDER_ADJECTIVES, MODALS, MORE_DETERMINERS, NOT_AN_OPENER, NP_STOP, PARTICIPLE_MODIFIERS, PLURAL_DEFINITES, PRESS, QUANTIFIED_DETERMINERS, QUESTIONERS, REFLEXIVES, RELATIVES_WHOM, RELATIVE_PRONOUNS, SAY_FORMS, SHARES_OF, SOURCE_ENDING_CUES, SUBORDINATE_OPENERS } from './tables/words';
import { endsPossessive, hasClass, isCapitalized, isLowerEdForm, isLowerHyphenWord, isLyAdverb, lowerAt, lowercase, phraseKey, spacesBeforeWordsIn, startsWithDigit, stripPossessive, textAt, type Token, wordClass } from './text';
import type { AnonymousMention, Span } from './types';

export interface FoundPhrase {
  text: string;
  span: Span;
  entity: Entity | null;
}

/**
 * What makes a phrase self-standing: "familiar with", "close to", "who spoke on condition of anonymity". Each entry a
 * pattern fragment, a space standing for any whitespace; compiled on first use (anchorPattern), so that the extension
 * build can move the list into its data file (scripts/deferred-words.ts).
 */
export const ANCHOR_PHRASES: readonly string[] = [
  'familiar with',
  'close to',
  'with (?:direct )?knowledge of',
  'briefed on',
  'knowledgeable about',
  'involved in',
  'who (?:spoke|asked|requested|declined|was not|were not|is not|are not|did not|had been briefed|could not|would not)\\b',
];
/** No letter beyond ASCII: only ASCII, no-break spaces and general punctuation (curly quotes, dashes, spaces). */
const NON_ASCII_LETTER_POSSIBLE = /[^\x00-\x7f\u00a0\u2000-\u206f]/u;

/**
 * The patterns built from the anonymous heads, built when a text first needs them: the extension build moves the heads
 * table into its data file (scripts/deferred-words.ts), filled before the first analysis, so nothing may read it while
 * this module loads.
 */
interface HeadPatterns {
  /** A head noun at the end of a phrase, longest first so the alternation prefers "sources" to "source". */
  headAtEnd: RegExp;
  /** The noun phrase that ends right before an anchor: determiner, up to three modifiers, a source head noun. */
  phraseBefore: RegExp;
  /**
   * The same pattern for text whose only letters are ASCII ones, where \p{L} and [\p{Ll}\p{Lu}] mean [a-z] under /iu:
   * compiling Unicode letter classes case-insensitively costs a cold start several milliseconds, this one a fraction.
   */
  phraseBeforeAscii: RegExp;
  headList: string[];
  headMax: number;
  /** "the source", "the diplomatic source", "The officials" — only counted when the article already has such a source. */
  backReference: RegExp;
}
let headPatternsBuilt: HeadPatterns | undefined;
function headPatterns(): HeadPatterns {
  if (headPatternsBuilt) return headPatternsBuilt;
  const byLength = (words: ReadonlySet<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');
  const headWords = byLength(STANDALONE_ANON_WORDS);
  const source = String.raw`(?:\b(?:a|an|the|two|three|four|several|some|multiple|one|other)\s+)?(?:(?!\p{L}+(?:ing|ly)\s|(?:to|of|in|on|at|for|with|by|from|and|or|that|who)\s)(?:(?:\p{L}\.){2,}|[\p{Ll}\p{Lu}][\p{L}&'’-]*)\s+){0,3}(?:${headWords})$`;
  const headList = [...STANDALONE_ANON_WORDS];
  const built = {
    headAtEnd: new RegExp(`(${headWords})$`, 'iu'),
    phraseBefore: new RegExp(source, 'iu'),
    phraseBeforeAscii: new RegExp(asciiLetters(source), 'iu'),
    headList,
    headMax: Math.max(...headList.map((h) => h.length)),
    backReference: new RegExp(String.raw`\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(${byLength(BACK_REFERENCE_WORDS)})\b(?!\s+(?:of|for|familiar))`, 'gu'),
  };
  // (Kept only once the heads are there: an analysis before the extension has filled them must not fix empty patterns.)
  if (headList.length) headPatternsBuilt = built;
  return built;
}

/** For tests: the two patterns match alike on text the ASCII one is used for. */
export function phraseBeforePair(): { unicode: RegExp; ascii: RegExp; usesAscii(text: string): boolean } {
  const { phraseBefore, phraseBeforeAscii } = headPatterns();
  return { unicode: phraseBefore, ascii: phraseBeforeAscii, usesAscii: (text) => !NON_ASCII_LETTER_POSSIBLE.test(text) };
}

function asciiLetters(source: string): string {
  const out = source.replaceAll(String.raw`[\p{Ll}\p{Lu}]`, '[a-z]').replaceAll(String.raw`[\p{L}`, '[a-z').replaceAll(String.raw`\p{L}`, '[a-z]');
  if (out.includes(String.raw`\p{`)) throw new Error('a letter class the ASCII pattern does not cover');
  return out;
}
/**
 * Whether `text` ends in a head noun as PHRASE_BEFORE's case-insensitive match sees it (which only the long s, ſ,
 * folds to an ASCII letter without lower-casing to it): a cheap necessary condition for that pattern.
 */
function endsWithHead(text: string): boolean {
  const { headList, headMax } = headPatterns();
  const tail = lowercase(text.slice(-headMax)).replace(/ſ/gu, 's');
  for (const h of headList) if (tail.endsWith(h)) return true;
  return false;
}
/** Words one of which every self-standing phrasing contains (the who-clauses are about anonymity or authority). */
export const TRIGGERS: readonly string[] = ['familiar', 'close to', 'knowledge', 'briefed', 'involved in', 'anonymity', 'anonymous', 'authoriz', 'authoris', 'named', 'identified', 'not allowed', 'declined'];
/** The words as one pattern (plain words: anonymous.test.ts checks), one pass over a paragraph, not one per word;
 *  and the anchors, up to the end of their clause. Both built on first use, after the lists are filled. */
let triggerPattern: RegExp | undefined;
let anchorPattern: RegExp | undefined;
// (Each kept only once its list is filled, as headPatterns() below: an empty list would make a pattern that matches
// anywhere.)
function mayHavePhrase(text: string): boolean {
  const pattern = triggerPattern ?? new RegExp(TRIGGERS.join('|'), 'u');
  if (TRIGGERS.length) triggerPattern = pattern;
  return pattern.test(text);
}
function anchors(): RegExp {
  const pattern = anchorPattern ?? new RegExp(`,?\\s(?:${ANCHOR_PHRASES.map((a) => a.replace(/ /gu, String.raw`\s+`)).join('|')})[^,.;:“”"]{0,80}`, 'giu');
  if (ANCHOR_PHRASES.length) anchorPattern = pattern;
  return pattern;
}

/** An anchor that only says the person was not named ("…, who was not identified,"): victims and patients too. */
const NOT_NAMED = /^,?\s+who\s+(?:was|were|is|are)\s+not\s+(?:identified|named)\b/iu;

/** Self-standing phrasings of one paragraph: find the anchor, then the noun phrase just before it. */
function* standalone(text: string): Generator<{ start: number; raw: string; head: string; unnamedOnly?: boolean }> {
  const ANCHOR = anchors();
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text)) !== null) {
    // Bounded look-back: the phrase is a few words long.
    const from = Math.max(0, m.index - 80);
    const lookBack = text.slice(from, m.index);
    // The full pattern (slow to compile on a cold start) only where the words before the anchor end in a head noun.
    if (!endsWithHead(lookBack)) continue;
    const { phraseBefore, phraseBeforeAscii, headAtEnd } = headPatterns();
    const before = (NON_ASCII_LETTER_POSSIBLE.test(lookBack) ? phraseBefore : phraseBeforeAscii).exec(lookBack);
    if (!before) continue;
    let start = from + before.index;
    let phrase = before[0];
    // The pattern may start inside a word ("t|o a source close to"): the phrase starts at the next word.
    if (start > 0 && /\p{L}/u.test(text[start - 1])) {
      const gap = /\s+/u.exec(phrase);
      if (!gap) continue;
      start += gap.index + gap[0].length;
      phrase = phrase.slice(gap.index + gap[0].length);
    }
    // "Ira Magaziner, who was a White House aide involved in …": a description of a named person, not a source.
    if (/\b(?:who|which)\s+(?:was|is|had\s+been|has\s+been)\s+$/u.test(text.slice(Math.max(0, start - 24), start))) continue;
    // The phrase ends before its verb: "Sources close to the talks | told Reuters ...".
    const whole = phrase + m[0];
    const cut = spacesBeforeWordsIn(whole, SOURCE_ENDING_CUES).next();
    const raw = (cut.done ? whole : whole.slice(0, cut.value)).replace(/\s+$/u, '');
    const head = headAtEnd.exec(phrase);
    yield { start, raw, head: head ? head[1] : '', unnamedOnly: NOT_NAMED.test(m[0]) };
  }
}
/** "an anonymous government source", "two unnamed officials", "an unidentified witness": unnamed in so many words. */
const UNNAMED_ADJECTIVE = /\b(?:(?:an?|the|two|three|four|several|some|multiple|one|other)\s+)?(?:anonymous|unnamed|unidentified)\s+/giu;

/** The phrase an "anonymous"/"unnamed" adjective opens, up to its anonymous head within three words. */
function* unnamedInSoManyWords(text: string): Generator<{ start: number; raw: string; head: string; unnamedOnly?: boolean }> {
  UNNAMED_ADJECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNNAMED_ADJECTIVE.exec(text)) !== null) {
    const after = /^(?:[\p{L}&'’-]+\s+){0,2}[\p{L}-]+/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (!after) continue;
    // The first word after the adjective that is an anonymous head ends the phrase: "anonymous government source".
    const words = after[0].split(/\s+/u);
    // (Only heads that report: "an anonymous donor" gave money, "an anonymous source" told something.)
    const k = words.findIndex((w) => STRONG_ANON_WORDS.has(lowercase(w)) || STANDALONE_ANON_WORDS.has(lowercase(w)));
    if (k < 0) continue;
    const raw = text.slice(m.index, m.index + m[0].length) + words.slice(0, k + 1).join(' ');
    yield { start: m.index, raw, head: lowercase(words[k]) };
  }
}


/** Text between a name and a description set beside it: ", ", ", 32, " (an age), " of Arizona, " (a home state). */
const NAME_THEN_DESCRIPTION = /^\s*(?:of\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*\s*)?,\s*(?:\d{1,3}\s*,\s*)?(?:(?:[Aa]n?|[Tt]he)\s+)?$/u;
/** What may come before a name that opens a clause: nothing, end of a sentence, a comma or dash, a cue ("said"). */
const CLAUSE_OPENING = /(?:^|[.!?:;,—–“”"]\s*|\b(?:said|says|told|added|wrote|and\s+|but\s+))$/iu;

/**
 * A description set beside a person's name describes that person, who is then the speaker and no anonymous source:
 * "Emmanuel Saez, an economics professor at Berkeley, said", "said Elizabeth Arnold, 32, a former staff member",
 * "Two military analysts, Patrick Megahan and Chris Harman, found". Returns the name (or names) to speak instead.
 */
export function namedInstead(p: Paragraph, sp: SpeakerPhrase, names: readonly NameOccurrence[], clauseEnd = -1): SpeakerPhrase | null {
  if (!(sp.ref.refType === 'description' && sp.ref.isAnonymous) && sp.ref.refType !== 'role') return null;
  const start = p.tokens[sp.from].charStart;
  const end = p.tokens[sp.to].charEnd;
  // The name right before, opening its clause, the description closed by a comma or a relative clause:
  // "Emmanuel Saez, an economics professor at Berkeley, said", or running into a cue that ends the clause ("…,” Doug
  // Andres, a spokesman for the speaker told the Post."); not "Clinton, a top aide said, “is …”" (a parenthetical
  // cue) nor "an interview with Mika Brzezinski, the candidate said" (the name ends an adverbial).
  const cueEndsClause = clauseEnd >= 0 && p.tokens[sp.from].lower !== 'the' && !/^\s*[,—–]/u.test(p.paragraphText.slice(p.tokens[clauseEnd].charEnd));
  // A lone quantifier ("Trump, many said") is never a name's appositive.
  if (sp.from === sp.to && GROUP_QUANTIFIERS.has(p.tokens[sp.from].lower)) return null;
  const closedByPunctuation = /^\s*(?:,|—|–|who\b)/u.test(p.paragraphText.slice(end)) || p.tokens[sp.to].lower === 'who';
  // Names are in reading order: the one ending right before the description is the last that starts before it.
  const lastBefore = names[lowerBound(names, start, (n) => n.charStart) - 1];
  const before = (closedByPunctuation || cueEndsClause) && lastBefore && lastBefore.charEnd <= start && NAME_THEN_DESCRIPTION.test(p.paragraphText.slice(lastBefore.charEnd, start)) ? lastBefore : undefined;
  const opensClause = before !== undefined && CLAUSE_OPENING.test(p.paragraphText.slice(Math.max(0, before.charStart - 40), before.charStart));
  if (before && opensClause) return nameRef(p, before);
  return namesAfter(p, end, names) ?? (before && closedByPunctuation ? nameRef(p, before) : null);
}

function namesAfter(p: Paragraph, end: number, names: readonly NameOccurrence[]): SpeakerPhrase | null {
  // Names right after, closed by a comma, a dash or "of <place>": "Two military analysts, Patrick Megahan and Chris
  // Harman, found", "Another superdelegate, Michael Brown of Washington, said".
  // Looked up, never scanned: a long paragraph with many names and clauses stays linear.
  const first = lowerBound(names, end, (n) => n.charStart);
  const after = names.slice(first, first + 8);
  // A capitalised name the index does not hold, set off the same way: "his deputy campaign manager, Rich Beeson, who".
  if (!after.length || after[0].charStart - end > 60) return capitalisedAfter(p, end);
  // ", Donald Trump," or with a title: "her opponent, Republican nominee Donald Trump,".
  if (!after.length || !/^\s*,\s*(?:(?!including\b|like\b|such\b|among\b|and\b)[\p{L}.-]+\s+){0,5}$/u.test(p.paragraphText.slice(end, after[0].charStart))) return null;
  let last = 0;
  while (last + 1 < after.length && /^\s*(?:,|,?\s*and|&)\s*$/u.test(p.paragraphText.slice(after[last].charEnd, after[last + 1].charStart))) last++;
  if (!/^\s*(?:[,.;]|—|–|\)|of\s|from\s|$)/u.test(p.paragraphText.slice(after[last].charEnd))) return null;
  if (last === 0) return nameRef(p, after[0]);
  const text = p.paragraphText.slice(after[0].charStart, after[last].charEnd);
  const ref: SpeakerPhrase['ref'] = { refType: 'name', sourceName: text, mention: text, isPerson: false, gender: 'u', oneWord: false, sourceKind: 'group' };
  return { ref, from: nameRef(p, after[0]).from, to: nameRef(p, after[last]).to };
}

export function findAnonymousPhrases(blocks: readonly string[], registry: SourceRegistry): FoundPhrase[] {
  const out: FoundPhrase[] = [];
  const anonymousByHead = new Map<string, Entity>();
  for (const e of registry.entities) if (e.isAnonymous && e.head) anonymousByHead.set(e.head, e);
  blocks.forEach((text, block) => {
    // The full pattern only runs where one of its anchors appears: most paragraphs have none.
    if (mayHavePhrase(text)) for (const { start, raw, head, unnamedOnly } of [...standalone(text), ...unnamedInSoManyWords(text)]) {
      const entity = head ? anonymousByHead.get(headOf(head)) ?? null : null;
      // "The person, who was not identified, was hospitalized": someone left unnamed is a source only when someone so
      // described informs in the article ("a man, who was not identified, told police …").
      if (unnamedOnly && !entity) continue;
      out.push({ text: raw, span: { block, start, end: start + raw.length }, entity });
    }
    if (anonymousByHead.size) for (const m of text.matchAll(headPatterns().backReference)) {
      const entity = anonymousByHead.get(headOf(m[1]));
      if (!entity) continue;
      // "the official position": an adjective before a noun, no back-reference. A back-reference is followed by
      // punctuation or a verb ("The source could not …", "the official said", "the officials, who …").
      const rest = text.slice((m.index ?? 0) + m[0].length);
      const next = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
      if (next && !AFTER_SUBJECT.has(next) && !/^[a-z]+(?:ed|ly|s)$/u.test(next) && !CUE_BY_FORM.has(next) && !AGENT_BY_FORM.has(next)) continue;
      // "Xinhua, the official Chinese news agency"; "given the source is DigiTimes": a name says who it is.
      if (/^\s+(?:(?:is|was)\s+)?\p{Lu}/u.test(rest)) continue;
      const start = m.index ?? 0;
      out.push({ text: m[0], span: { block, start, end: start + m[0].length }, entity });
    }
  });
  return out;
}

/** An unnamed group or role doing a communicative act: "Democrats pressure …", "rebuked by opponents". */
export interface AgentMention {
  span: Span;
  text: string;
  /** Head noun and lookup key, to link the mention to a source of the same wording. */
  head: string;
  key: string;
  /** The word that made the phrase a source ("pressure", "criticism"), for tests and tracing. */
  act: string;
}

/** Cue lemmas whose subject, when people, is not a source: "supporters continued chanting". */
const NOT_SOURCE_CUES = new Set(['continue']);

/** Whether a speaker of this cue is a source of information ("critics said"), not only its actor ("supporters showed"). */
export function informs(lemma: string): boolean {
  return !NOT_SOURCE_CUES.has(lemma);
}

/** Poll language: "voters who say they will vote", "Democrats who said they would back him" are respondents. */
const POLL_HEADS = new Set(['voter', 'respondent', 'adult', 'independent', 'democrat', 'republican', 'person', 'american', 'resident']);
const POLL_CONTENT = /^\s*(?:that\s+)?(?:they|he|she)\s*(?:['’]ll|['’]d|will|would|plan|planned|intend|intended|are\s+going|were\s+going|might|may|could)\b/u;

function isPollRespondent(p: Paragraph, head: string, cue: number, from = -1): boolean {
  if (!SAY_FORMS.has(p.tokens[cue].lower)) return false;
  // "55 percent — of Sanders supporters said", "a majority of voters say": a share of a group is a poll's.
  if (from > 0 && p.tokens[from - 1].lower === 'of' && p.tokens.slice(Math.max(0, from - 5), from - 1).some((t) => SHARES_OF.has(t.lower) || /^\d+$/u.test(t.lower))) return true;
  if (!POLL_HEADS.has(head)) return false;
  if (POLL_CONTENT.test(p.paragraphText.slice(p.tokens[cue].charEnd))) return true;
  // "The poll showed a majority of registered voters say …", "Most Republicans say …, the survey found".
  const [a, b] = p.sentenceTokens[p.tokenSentence[cue]];
  return /\b(?:poll|polls|polling|survey|surveys|percent|majority|margin)\b/iu.test(p.paragraphText.slice(p.tokens[a].charStart, p.tokens[b].charEnd));
}

/** "Carson, Fiorina and Huckabee have all characterized": a quantifier after an auxiliary floats off a named subject. */
function floatingQuantifier(p: Paragraph, r: TokenRange): boolean {
  return r.from === r.to && /^(all|both|each)$/u.test(p.tokens[r.from].lower) && AUXILIARIES.has(lowerAt(p.tokens, r.from - 1));
}

/**
 * Phrasings where a group does not inform: "All told" (an idiom), "Few would argue" / "some might say" (a lone
 * quantifier with a modal: a hypothetical, no one in particular), "labeled herself a Grocery Store" (a description of
 * oneself).
 */
function idiom(p: Paragraph, r: TokenRange, cue: number): boolean {
  const lone = r.from === r.to && GROUP_QUANTIFIERS.has(p.tokens[r.from].lower);
  if (lone && p.tokens[r.from].lower === 'all' && p.tokens[cue].lower === 'told') return true;
  if (lone && MODALS.has(lowerAt(p.tokens, cue - 1))) return true;
  return REFLEXIVES.has(lowerAt(p.tokens, cue + 1));
}

/** "economic policies Mr Mugabe's critics": a possessor right before the head, after a lower-case noun, opens a new
 *  noun phrase. */
function fromPossessor(p: Paragraph, r: TokenRange): TokenRange {
  const k = r.to - 1;
  if (k <= r.from || !/['’]s?$/u.test(p.tokens[k].surface) || !/['’]/u.test(p.tokens[k].surface) || !isCapitalized(p.tokens[k].surface)) return r;
  let start = k;
  while (start - 1 > r.from && p.tokens[start - 1].word && isCapitalized(p.tokens[start - 1].surface)) start--;
  const before = p.tokens[start - 1];
  const opensPhrase = before?.word && !isCapitalized(before.surface) && !DETERMINER_BEFORE_VERB.has(before.lower) && !GROUP_QUANTIFIERS.has(before.lower) && !PREPOSITION.has(before.lower) && before.lower !== 'and';
  return opensPhrase ? tokenRange(start, r.to) : r;
}

/**
 * The words of a mention: the phrase without what opens no noun phrase ("echoing some far-right commentators", "As
 * voters", "from a candidate") or ends a clause before it ("Trump dismissed critics", "President Obama passionately
 * rebuked critics"), from its possessor ("… Mr Mugabe's critics"), and through a post-modifier the phrase stopped at
 * ("one Republican involved | in the planning").
 */
export function extendMention(p: Paragraph, whole: TokenRange, ceil: number): TokenRange {
  let r = fromPossessor(p, whole);
  const t = p.tokens;
  for (let k = r.to - 1; k > r.from; k--) {
    // A past-tense verb after a capitalised subject (over an adverb) ends that clause: the mention is its object.
    if (!isLowerEdForm(t[k].surface) || PARTICIPLE_MODIFIERS.has(t[k].lower)) continue;
    let subject = k - 1;
    if (/^[a-z]+ly$/u.test(t[subject].surface)) subject--;
    if (subject >= r.from && t[subject].word && isCapitalized(t[subject].surface) && !ANON_HEAD_WORDS.has(t[subject].lower)) { r = tokenRange(k + 1, r.to); break; }
  }
  while (r.from < r.to && t[r.from].word && (NOT_AN_OPENER.has(t[r.from].lower.replace('’', "'")) || /^[a-z]+(?:ing|ed)$/u.test(t[r.from].surface) && !ANON_HEAD_WORDS.has(t[r.from].lower))) r = tokenRange(r.from + 1, r.to);
  if (!INSIDER_ADJECTIVES.has(t[r.to].lower)) return r;
  let to = r.to;
  while (to + 1 <= ceil && to - r.to < 10 && t[to + 1].word && !CUE_BY_FORM.has(t[to + 1].lower) && !RELATIVE_PRONOUNS.has(t[to + 1].lower)) to++;
  return { from: r.from, to };
}

/**
 * "Matthew Prince, chief executive of CloudFlare, said": a description closed off after a capitalised run of two words
 * or more that opens its clause describes that person even when the name index does not know the name.
 */
function besideCapitalisedName(p: Paragraph, r: TokenRange): boolean {
  const t = p.tokens;
  if (t[r.from - 1]?.surface !== ',' || !/^[,—–]$/u.test(textAt(t, r.to + 1))) return false;
  let k = r.from - 2;
  while (k >= 0 && t[k].word && isCapitalized(t[k].surface)) k--;
  const words = r.from - 2 - k;
  return words >= 2 && (k < 0 || !t[k].word || /^(said|says|and|but)$/iu.test(t[k].surface));
}

/** "pledged to Clinton" (bound to vote for), "added 160 security personnel" (increased): a cue verb in another sense. */
function nonSpeechSense(p: Paragraph, cue: number, lemma: string | undefined): boolean {
  const next = p.tokens[cue + 1];
  if (lemma === 'say' && sayAsNoun(p.tokens, cue)) return true;
  if (lemma === 'pledge' && next?.lower === 'to' && isCapitalized(textAt(p.tokens, cue + 2))) return true;
  // "refugees admitted to the United States", "doctors with admitting privileges".
  if (lemma === 'admit' && (next?.lower === 'to' && !QUESTIONERS.has(lowerAt(p.tokens, cue + 2)) || next?.lower === 'privileges')) return true;
  return lemma === 'add' && next !== undefined && (startsWithDigit(next.surface) || MORE_DETERMINERS.has(next.lower));
}

/** ", Rich Beeson," right after a description: a capitalised run of two or three words, closed off, read as a name. */
function capitalisedAfter(p: Paragraph, end: number): SpeakerPhrase | null {
  const t = p.tokens;
  let k = firstTokenAtOrAfter(t, end);
  if (t[k]?.surface !== ',') return null;
  const from = ++k;
  while (k < t.length && t[k].word && isCapitalized(t[k].surface) && !CAPITALISED_OPENERS.has(t[k].surface)) k++;
  const to = k - 1;
  if (to - from < 1 || to - from > 2 || !/^[,.;—–]$/u.test(textAt(t, k))) return null;
  const ref = classifyPhrase(p, from, to);
  return ref?.refType === 'name' ? { ref, from, to } : null;
}


/** "did not initiate any user reports": a verb and its object at the start of a phrase, which is then no subject. */
function objectOfVerb(p: Paragraph, r: TokenRange, relative = false): boolean {
  const first = p.tokens[r.from];
  const next = p.tokens[r.from + 1];
  // "those who named a candidate said": the phrase right after a past-tense verb is its object.
  const before = p.tokens[r.from - 1];
  // (An antecedent of "who" may be an object: "joined a growing list of leaders who have slammed him".)
  if (!relative && before?.word && isLowerEdForm(before.surface) && DETERMINER_BEFORE_VERB.has(first.lower)) return true;
  if (r.from >= r.to || !/^[a-z]+$/u.test(first.surface) || DETERMINER_BEFORE_VERB.has(first.lower) || GROUP_QUANTIFIERS.has(first.lower) || ANON_HEAD_WORDS.has(first.lower)) return false;
  return QUANTIFIED_DETERMINERS.has(next.lower) && !nameLexicon().nouns.has(first.lower);
}

/** "both candidates", "the nominees": contestants the article names, even when "both" was left out of the phrase. */
function namedContestants(p: Paragraph, r: TokenRange, ref: SpeakerRef): boolean {
  return ref.refType === 'description' && ref.plural && CONTESTANT_WORDS.has(ref.head) && PLURAL_DEFINITES.has(p.tokens[r.from - 1]?.lower ?? p.tokens[r.from].lower);
}

/**
 * Whether the speaker phrase of clause `c` is an anonymous mention: an unnamed source that informs ("critics said"),
 * not the actor of a non-speech sense ("his supporters showed"), not the object read as an inverted speaker
 * ("portrayed his own party's nominee as …"), not poll respondents, not a quantifier floating off named people.
 */
/**
 * A line of headlines run together with vertical bars ("Progressives oppose funding bill | Senators call for 5G
 * security coordinator | …"), as related-story rails print them: the people in a headline are no source of the article.
 */
function headlineList(p: Paragraph): boolean {
  const bar = p.paragraphText.indexOf(' | ');
  return bar >= 0 && p.paragraphText.indexOf(' | ', bar + 3) >= 0;
}

export function clauseMentions(p: Paragraph, c: Clause, sp: SpeakerPhrase): boolean {
  if (!informs(c.cueLemma) || headlineList(p)) return false;
  if (c.side === 'after' && c.cueVerb.complements.some((x) => x.startsWith('object'))) return false;
  const r = tokenRange(sp.from, sp.to);
  if (floatingQuantifier(p, r) || namedContestants(p, r, sp.ref)) return false;
  if (idiom(p, r, c.cueAt) || objectOfVerb(p, r, c.relative) || besideCapitalisedName(p, r)) return false;
  // Only speech verbs invert ("…, said a source"); "regular, pledged delegates" is an adjective.
  if (c.side === 'after' && c.cueVerb.weak) return false;
  if (nonSpeechSense(p, c.cueAt, c.cueLemma)) return false;
  if (authorOrHypothetical(p, r.from, c.cueTo, c.cueVerb)) return false;
  // "emailed supporters saying …", "30 percent of voters saying …": a participle after an object or a
  // prepositional phrase belongs to the sentence's subject, not to these people.
  const before = p.tokens[r.from - 1];
  if (c.side !== 'according' && /ing$/u.test(p.tokens[c.cueAt].lower) && p.tokens[c.cueAt - 1]?.surface !== ',' && before?.word && !/^(and|with|but)$/u.test(before.lower) && !isCapitalized(before.surface)) return false;
  // "the refugees admitted are …": a participle modifying a noun; "called off": another verb.
  if (/ed$/u.test(p.tokens[c.cueAt].lower) && BE_HAVE_PAST_PRESENT.has(lowerAt(p.tokens, c.cueAt + 1))) return false;
  if (AGENT_BY_LEMMA.get(c.cueLemma)?.notBefore?.includes(lowerAt(p.tokens, c.cueAt + 1))) return false;
  return !(sp.ref.refType === 'description' && isPollRespondent(p, sp.ref.head, c.cueAt, sp.from));
}

/**
 * People who wrote a thing ("the women who wrote it": a verb that also takes a thing, with a pronoun for object), who
 * would speak only in a condition ("if someone asked me …", "unless officials say otherwise") or ought to ("Those CEOs
 * should make it clear …"), or who are counted ("the number of young people who have reported …") are no sources.
 */
function authorOrHypothetical(p: Paragraph, from: number, cueTo: number, verb: CueVerb | undefined): boolean {
  const t = p.tokens;
  if (obligedAt(t, cueTo)) return true;
  if (verb && (verb.clauseOnly || verb.clauseStrict) && /^(it|them)$/u.test(lowerAt(t, cueTo + 1))) return true;
  if (t[from - 1]?.lower === 'of' && MEASURE_NOUNS.has(lowerAt(t, from - 2)) && t[from - 3]?.lower === 'the') return true;
  return CONDITIONALS.has(lowerAt(t, from - 1));
}

const DETERMINER_BEFORE_VERB = new Set(`a an the this that these those such its his her their our my`.split(/\s+/u));
const BE = new Set(`is are was were be been being am become became becomes remain remained remains`.split(/\s+/u));
const PREPOSITION = new Set(`in on at for from by with of among across inside outside within around near`.split(/\s+/u));
/** Determiners that stop a subject phrase but may follow a preposition inside it: "officials in both cities". */
const INNER_DETERMINER = new Set(`both either these those this that such each`.split(/\s+/u));
/** Adjectives that take "to" inside a subject: "sources privy to the talks", "people close to him". */
const TO_ADJECTIVE = new Set(`privy close loyal near next allied tied linked connected`.split(/\s+/u));
/** Adverbs set off by commas between a subject and its verb: "Proponents, however, say". */
const ASIDE = new Set(`however meanwhile though too also instead nonetheless nevertheless moreover still then now`.split(/\s+/u));
const WEEKDAY_OR_MONTH = new Set(`monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december yesterday today tonight`.split(/\s+/u));
const TIME_UNIT = new Set(`week month year weekend morning afternoon evening night spring summer fall autumn winter`.split(/\s+/u));

/** A verb form that is also a noun ("states", "calls", "pressure", "voices"). */
function nounLike(form: string): boolean {
  const nouns = nameLexicon().nouns;
  return nouns.has(form) || (form.endsWith('s') && nouns.has(form.slice(0, -1)));
}

function isDashToken(t: Token | undefined): boolean {
  return t !== undefined && !t.word && (t.surface === '—' || t.surface === '–');
}

/** The "be" before an adjective, over degree adverbs: "have become increasingly vocal". */
function beBefore(p: Paragraph, i: number): number {
  let k = i - 1;
  while (k > 0 && p.tokens[k].word && /^(?:very|more|so|too|quite|especially|particularly|[a-z]+ly)$/u.test(p.tokens[k].lower)) k--;
  return k;
}

/** Every word that may stand for an act, looked up first: most tokens are none, and cost one set lookup. */
const ACT_WORDS: ReadonlySet<string> = new Set([...AGENT_BY_FORM.keys(), ...CUE_BY_FORM.keys(), ...AGENT_COMPLEMENTS.keys(), ...PUBLISHING_VERBS,
  ...DECLINING_VERBS, ...AGENT_ADJECTIVES, ...AGENT_NOUNS]);

/** Act nouns whose possessor is their author: "the judges’ statement", "the pastor’s claims". */
const POSSESSED_ACTS: ReadonlySet<string> = new Set(['statement', 'statements', 'remarks', 'comments', 'criticism', 'warning', 'warnings', 'call', 'calls', 'claim', 'claims', 'testimony', 'accusations']);
const ACT_CLASS = wordClass(() => ACT_WORDS);
const POSSESSED_ACT_CLASS = wordClass(() => POSSESSED_ACTS);

/** The act a token stands for, if any: an agent verb (with its particle), a cue verb, "made clear", "were adamant". */
function actAt(p: Paragraph, i: number): 'verb' | 'adjective' | 'noun' | null {
  const t = p.tokens[i];
  if (!hasClass(t, ACT_CLASS)) return null;
  const next = lowerAt(p.tokens, i + 1);
  const agent = AGENT_BY_FORM.get(t.lower);
  if (agent && (!agent.particle || agent.particle.includes(next)) && !agent.notBefore?.includes(next)) return 'verb';
  const cue = CUE_BY_FORM.get(t.lower);
  if (cue && informs(cue.lemma) && particleLength(cue, next, lowerAt(p.tokens, i + 2)) >= 0 && !AGENT_BY_LEMMA.get(cue.lemma)?.notBefore?.includes(next)) return 'verb';
  if (AGENT_COMPLEMENTS.get(t.lower)?.includes(next)) return 'verb';
  // "declined to comment", "refused to discuss the talks".
  if (DECLINING_VERBS.has(t.lower) && next === 'to' && DECLINED_ACTS.has(lowerAt(p.tokens, i + 2))) return 'verb';
  if (PUBLISHING_VERBS.has(t.lower)) {
    // "issued an open letter", "released a statement".
    for (let k = i + 1; k <= i + 4 && k < p.tokens.length && p.tokens[k].word; k++) if (PUBLISHED_DOCUMENTS.has(p.tokens[k].lower)) return 'verb';
    return null;
  }
  if (AGENT_ADJECTIVES.has(t.lower) && BE.has(lowerAt(p.tokens, beBefore(p, i)))) return 'adjective';
  // "interviews with party chairs" (not "an interview with reporters", who ask rather than inform).
  if (/^interviews?$/u.test(t.lower) && PRESS.has(lowerAt(p.tokens, i + 2))) return null;
  if (AGENT_NOUNS.has(t.lower) && (/^(from|by|with)$/u.test(next) || (next === 'of' && AUTHOR_OF_NOUNS.has(t.lower)))) return 'noun';
  return null;
}

/** Step left from token j over what may sit between a subject and its verb: auxiliaries, adverbs, time phrases
 *  ("this week", "on Monday"), a comma-set aside ("however"), a dash or "including" parenthetical. */
function skipToSubjectEnd(tokens: readonly Token[], jIn: number, floor: number): number {
  let j = jIn;
  for (let guard = 0; guard < 12 && j >= floor; guard++) {
    const t = tokens[j];
    if (t.word && (AGENT_AUXILIARIES.has(t.lower) || isLyAdverb(t.surface) || WEEKDAY_OR_MONTH.has(t.lower))) { j--; continue; }
    if (t.word && TIME_UNIT.has(t.lower) && EACH_DETERMINERS.has(lowerAt(tokens, j - 1))) { j -= 2; continue; }
    if (t.word && t.lower === 'on' && j < jIn) { j--; continue; }
    if (t.surface === ',' && tokens[j - 1]?.word && ASIDE.has(tokens[j - 1].lower) && tokens[j - 2]?.surface === ',') { j -= 3; continue; }
    if (isDashToken(t) || t.surface === ',') {
      // "Some candidates — for instance, Sen. Ted Cruz — have called", "politicians, including X and Y, have been".
      let k = j - 1;
      while (k >= floor && j - k < 40 && !(isDashToken(tokens[k]) && isDashToken(t)) && !(t.surface === ',' && tokens[k].surface === ',')) k--;
      if (k < floor || j - k >= 40) return j;
      // "in Newtown, Connecticut, have filed": a place set off by commas belongs to the phrase before it.
      const place = t.surface === ',' && k + 1 < j && tokens.slice(k + 1, j).every((w) => w.word && isCapitalized(w.surface)) && nameLexicon().places.has(tokens.slice(k + 1, j).map((w) => w.lower).join(' '));
      if (t.surface === ',' && !place && !EXAMPLE_LEADS.has(lowerAt(tokens, k + 1))) return j;
      if (place) { j = k - 1; continue; }
      j = k - 1;
      continue;
    }
    break;
  }
  return j;
}

/** The subject of the act at token i: left over auxiliaries and asides, through "who" to its antecedent. */
function subjectOf(p: Paragraph, i: number, floor: number): { phrase: TokenRange; relative: boolean } | null {
  const tokens = p.tokens;
  const j = skipToSubjectEnd(tokens, i - 1, floor);
  if (j < floor) return null;
  if (tokens[j].surface === ',' && /ing$/u.test(tokens[i].lower)) {
    // "… have filed a lawsuit, alleging that …", "… walked back the comments, saying": the participle's subject is
    // the subject of the verb before the comma.
    for (let k = j - 1; k > floor && j - k < 16; k--) {
      // Not into a subordinate clause: "an admission that Russian soldiers had fought …, saying" is Putin's.
      if (!tokens[k].word || SUBORDINATE_OPENERS.has(tokens[k].lower)) return null;
      if (!AUX_AFTER_SUBJECT.has(tokens[k].lower)) continue;
      const main = subjectOf(p, k, floor);
      // "… an admission that soldiers had fought there, saying …": a subject after "that" is a subordinate one's.
      return main && !SUBORDINATE_OPENERS.has(lowerAt(tokens, main.phrase.from - 1)) ? main : null;
    }
    return null;
  }
  if (!tokens[j].word) return null;
  if (tokens[j].lower === 'who') {
    const k = tokens[j - 1]?.surface === ',' ? j - 2 : j - 1;
    const antecedent = k >= floor && tokens[k].word ? extendSubject(tokens, phraseBefore(tokens, k, floor), floor) : null;
    return antecedent && { phrase: antecedent, relative: true };
  }
  if (NP_STOP.has(tokens[j].lower) || DETERMINER_BEFORE_VERB.has(tokens[j].lower)) return null;
  // A possessive before the act makes the act a noun: "quoting a reporter's tweet".
  if (/['’]s?$/u.test(tokens[j].surface) && /['’]/u.test(tokens[j].surface)) return null;
  const phrase = extendSubject(tokens, phraseBefore(tokens, j, floor), floor);
  // "hackers who U.S. officials say": the subject starts after the relative pronoun.
  if (phrase) {
    for (let k = phrase.to - 1; k >= phrase.from; k--) {
      if (RELATIVES_WHOM.has(tokens[k].lower)) return { phrase: tokenRange(k + 1, phrase.to), relative: false };
    }
  }
  // "Senior campaign advisers who have run the numbers argue", "residents who were voting as independents
  // complained", "chairs that POLITICO interviewed predicted": the subject is the antecedent of the relative clause.
  const classified = phrase ? classifyPhrase(p, phrase.from, phrase.to) : null;
  const named = classified?.refType === 'role' ? null : classified;
  for (let k = j; k > floor && j - k < 12 && tokens[k].surface !== ',' && tokens[k].word; k--) {
    if ((tokens[k].lower === 'who' || (tokens[k].lower === 'that' && !named)) && tokens[k - 1]?.word) {
      const antecedent = extendSubject(tokens, phraseBefore(tokens, k - 1, floor), floor);
      return antecedent && { phrase: antecedent, relative: true };
    }
  }
  return phrase && { phrase, relative: false };
}

/** A subject phrase walked left through what `phraseBefore` stops at inside a noun phrase: "sources privy to
 *  negotiations", "officials in both cities", "families of those affected". */
function extendSubject(tokens: readonly Token[], phrase: TokenRange | null, floor: number): TokenRange | null {
  let r = phrase;
  for (let guard = 0; r && guard < 3; guard++) {
    const a = tokens[r.from - 1];
    const b = tokens[r.from - 2];
    // "more than 50 foreign policy experts": the number and its comparative belong to the phrase.
    if (a?.word && startsWithDigit(a.surface) && b?.lower === 'than' && COMPARATIVE_AMOUNTS.has(lowerAt(tokens, r.from - 3))) {
      const left = r.from - 4 >= floor && tokens[r.from - 4].word ? phraseBefore(tokens, r.from - 4, floor) : null;
      r = tokenRange(left ? left.from : r.from - 3, r.to);
      continue;
    }
    const joined = a?.word && b?.word && ((a.lower === 'to' && TO_ADJECTIVE.has(b.lower)) || (INNER_DETERMINER.has(a.lower) && PREPOSITION.has(b.lower)));
    if (!joined || r.from - 3 < floor || !tokens[r.from - 3].word) break;
    const left = phraseBefore(tokens, a.lower === 'to' ? r.from - 2 : r.from - 3, floor);
    if (!left) break;
    r = tokenRange(left.from, r.to);
  }
  // "with top defense officials": the modifiers a stripped preposition left behind.
  while (r && r.from - 1 >= floor && tokens[r.from - 1].word && isLowerHyphenWord(tokens[r.from - 1].surface) && !NP_STOP.has(tokens[r.from - 1].lower) &&
    !PREPOSITION.has(tokens[r.from - 1].lower) && !/(?:ing|ed|ly)$/u.test(tokens[r.from - 1].lower) && !AGENT_AUXILIARIES.has(tokens[r.from - 1].lower) &&
    !DETERMINER_BEFORE_VERB.has(tokens[r.from - 1].lower) && !CUE_BY_FORM.has(tokens[r.from - 1].lower) && !AGENT_BY_FORM.has(tokens[r.from - 1].lower) &&
    r.from === phraseStartAfterPreposition(tokens, r)) r = tokenRange(r.from - 1, r.to);
  return r;
}

/** Whether a phrase starts right after a preposition and its lower-case modifiers ("with top defense | officials"). */
function phraseStartAfterPreposition(tokens: readonly Token[], r: TokenRange): number {
  let k = r.from - 1;
  while (k >= 0 && tokens[k].word && isLowerHyphenWord(tokens[k].surface) && !PREPOSITION.has(tokens[k].lower) && r.from - k <= 3) k--;
  return k >= 0 && PREPOSITION.has(tokens[k].lower) ? r.from : -1;
}

/** "Miller and some civil rights advocates": a named person leads the coordination; the mention is the rest. */
function dropNamedConjunct(p: Paragraph, r: TokenRange): TokenRange {
  for (let k = r.from + 1; k < r.to; k++) {
    if (p.tokens[k].lower !== 'and') continue;
    const left = classifyPhrase(p, r.from, k - 1);
    if (left?.refType === 'name' && (left.isPerson || left.oneWord)) return tokenRange(k + 1, r.to);
  }
  return r;
}

/** The phrase as an unnamed group or role, if it is one: "Democrats and civil rights groups" counts by its people. */
function anonymousRef(p: Paragraph, r: TokenRange): (SpeakerRef & { refType: 'description' }) | null {
  const ref = classifyPhrase(p, r.from, r.to);
  if (ref?.refType === 'description' && ref.isAnonymous) return ref;
  for (let k = r.from + 1; k < r.to; k++) {
    if (p.tokens[k].lower !== 'and') continue;
    const left = classifyPhrase(p, r.from, k - 1);
    const right = classifyPhrase(p, k + 1, r.to);
    if (left?.refType === 'description' && left.isAnonymous && right?.refType !== 'name') return { ...left, phraseText: p.paragraphText.slice(p.tokens[r.from].charStart, p.tokens[r.to].charEnd) };
    break;
  }
  return null;
}

/** The longest tail of a phrase after a preposition that is an unnamed group or role: the antecedent of "who" in
 *  "a sit-down with an aide overseeing Pennsylvania who sketched out …" is "an aide overseeing Pennsylvania". */
function anonymousTail(p: Paragraph, r: TokenRange): { phrase: TokenRange; ref: SpeakerRef & { refType: 'description' } } | null {
  for (let k = r.from; k < r.to; k++) {
    if (!PREPOSITION.has(p.tokens[k].lower)) continue;
    const tail = tokenRange(k + 1, r.to);
    const ref = anonymousRef(p, tail);
    if (ref) return { phrase: tail, ref };
  }
  return null;
}

/**
 * Unnamed groups and roles acting as sources through a communicative act: the subject of an agent verb or cue
 * ("Prosecutors argued", "Others call it", "leading Democrats have become increasingly vocal"), the agent of a
 * passive ("rebuked by opponents"), the author after an act noun ("criticism from German conservatives",
 * "interviews with party chairs") or before it ("the judges’ statement"). Only phrases `classifySpeaker` reads as
 * anonymous descriptions count, and none set beside a person's name.
 */
export function findAgentMentions(p: Paragraph, names: readonly NameOccurrence[]): AgentMention[] {
  const out: AgentMention[] = [];
  if (headlineList(p)) return out;
  const tokens = p.tokens;
  p.sentenceTokens.forEach(([a, b]) => {
    for (let i = a; i <= b; i++) {
      const t = tokens[i];
      if (!t.word || p.inQuote[i] === 1 || (isCapitalized(t.surface) && i > a)) continue;
      const kind = actAt(p, i);
      if (!kind) continue;
      let phrase: TokenRange | null = null;
      let relative = false;
      if (kind === 'noun' || tokens[i + 1]?.lower === 'by') {
        // "criticism from X", "rebuked by X": the author follows.
        phrase = phraseAfter(tokens, i + 2, b, false);
      } else {
        // A passive without "by" ("was criticized") has no agent in reach, nor a participle that modifies a noun
        // ("the refugees admitted are women").
        if (kind === 'verb' && /(?:ed|^said|^told|^written|^spoken|^shown)$/u.test(t.lower) && (BE.has(lowerAt(tokens, i - 1)) || BE_HAVE_PAST_PRESENT.has(lowerAt(tokens, i + 1)))) continue;
        const subject = subjectOf(p, kind === 'adjective' ? beBefore(p, i) : i, a);
        phrase = subject?.phrase ?? null;
        relative = subject?.relative ?? false;
        // A form that is also a noun ("states", "calls", "pressure") is a verb only right after a people noun or an
        // auxiliary: not in "people in swing states".
        if (phrase && kind === 'verb' && nounLike(t.lower) && !AGENT_AUXILIARIES.has(lowerAt(tokens, i - 1)) && tokens[i - 1]?.lower !== 'who' &&
            !(ANON_HEAD_WORDS.has(lowerAt(tokens, i - 1)) && phrase.to === i - 1)) phrase = null;
      }
      if (!phrase) continue;
      // "uniting liberals who decried …", "it’s the Democratic leaders who …": a participle or "it’s" before the
      // subject is not part of it.
      while (phrase.from < phrase.to && (/^[a-z]+(?:ing|ed)$/u.test(tokens[phrase.from].surface) && !ANON_HEAD_WORDS.has(tokens[phrase.from].lower) ||
        /^(it|that|there|here|what)['’]s$/u.test(tokens[phrase.from].lower))) phrase = tokenRange(phrase.from + 1, phrase.to);
      // "In some states": a lone quantifier after a preposition is a determiner, not a subject.
      if (phrase.from === phrase.to && GROUP_QUANTIFIERS.has(tokens[phrase.from].lower) && PREPOSITION.has(lowerAt(tokens, phrase.from - 1))) continue;
      phrase = dropNamedConjunct(p, phrase);
      let ref = anonymousRef(p, phrase);
      if (!ref && relative) {
        const tail = anonymousTail(p, phrase);
        if (tail) ({ phrase, ref } = tail);
      }
      if (!ref) continue;
      if (floatingQuantifier(p, phrase) || namedContestants(p, phrase, ref) || isPollRespondent(p, ref.head, i, phrase.from) || objectOfVerb(p, phrase, relative) || besideCapitalisedName(p, phrase)) continue;
      if (kind === 'verb' && nonSpeechSense(p, i, CUE_BY_FORM.get(t.lower)?.lemma)) continue;
      if (kind === 'verb' && authorOrHypothetical(p, phrase.from, i, CUE_BY_FORM.get(t.lower))) continue;
      // "have admitting privileges": an -ing word after "have" is a noun's modifier, not a verb.
      if (kind === 'verb' && /ing$/u.test(t.lower) && HAVE_FORMS.has(lowerAt(tokens, i - 1))) continue;
      if (!relative && kind === 'verb' && /ing$/u.test(t.lower) && tokens[i - 1]?.surface !== ',' && !AGENT_AUXILIARIES.has(lowerAt(tokens, i - 1))) {
        // "officials underlining …": a participle right after its agent ("with top defense officials underlining"),
        // never after the object of another preposition ("a pitch to New York voters saying").
        if (phrase.to !== i - 1 || !(ANON_HEAD_WORDS.has(tokens[i - 1].lower) || SINGULAR_OF.has(tokens[i - 1].lower))) continue;
        // "The senator emailed supporters saying …": the people are the object of a verb before them.
        if (tokens.slice(phrase.from, i - 1).some((w) => isLowerEdForm(w.surface))) continue;
        if (PREPOSITION.has(lowerAt(tokens, phrase.from - 1)) && tokens[phrase.from - 1].lower !== 'with' || tokens[phrase.from - 1]?.lower === 'to') continue;
      }
      // Subject and verb agree: "people in swing states" is no people stating; "officials says" is no sentence.
      if (kind === 'verb' && ref.plural && /[^su']s$/u.test(t.lower) && tokens[i - 1]?.lower !== 'who') continue;
      if (namedInstead(p, { ref, from: phrase.from, to: phrase.to }, names, kind === 'noun' || tokens[i + 1]?.lower === 'by' ? -1 : i)) continue;
      if (idiom(p, phrase, i)) continue;
      out.push(mentionOf(p, extendMention(p, phrase, b), ref.head, t.lower));
    }
    // "the judges’ statement": a possessor before an act noun is its author.
    for (let i = a + 1; i <= b; i++) {
      const t = tokens[i];
      if (!t.word || p.inQuote[i] === 1 || !hasClass(t, POSSESSED_ACT_CLASS)) continue;
      const owner = tokens[i - 1].word ? i - 1 : /^['’]$/u.test(tokens[i - 1].surface) ? i - 2 : -1;
      if (owner < a || !/(?:['’]s|s)$/u.test(tokens[owner].surface) || (owner === i - 1 && !endsPossessive(tokens[owner].surface))) continue;
      const found = phraseBefore(tokens, owner, a);
      if (!found) continue;
      // "to back the judges’ statement": the possessor's noun phrase starts at its determiner.
      let start = found.from;
      for (let k = owner - 1; k >= found.from; k--) if (DETERMINERS_FEW.has(tokens[k].lower)) { start = k; break; }
      const phrase = tokenRange(start, found.to);
      // The possessor itself is a people noun ("the judges’ statement", "a mother's testimony"; not "surrogates to
      // parrot Manafort's").
      const head = headOf(tokens[owner].surface);
      if (!ANON_HEAD_WORDS.has(head) || isCapitalized(tokens[owner].surface) && !PROPER_ANON_WORDS.has(head)) continue;
      if (head === stripPossessive(tokens[owner].lower) && owner === i - 2) continue;
      const m = mentionOf(p, phrase, head, t.lower);
      // "the pastor’s claims": the mention is the pastor.
      const bare = m.text.replace(/['’]s?$/u, '');
      out.push({ ...m, text: bare, span: { ...m.span, end: m.span.start + bare.length }, key: phraseKey(bare) });
    }
  });
  return out;
}

function mentionOf(p: Paragraph, phrase: TokenRange, head: string, act: string): AgentMention {
  // "a Republican who": the relative pronoun is not part of the mention.
  let to = phrase.to;
  while (to > phrase.from && RELATIVE_PRONOUNS.has(p.tokens[to].lower)) to--;
  const span: Span = { block: p.blockIndex, start: p.tokens[phrase.from].charStart, end: p.tokens[to].charEnd };
  const text = p.paragraphText.slice(span.start, span.end);
  return { span, text, head, key: phraseKey(text), act };
}

/**
 * Add found phrasings to the mentions the clauses gave (both in reading order once sorted), in one sweep: a phrase
 * overlapping a mention is the same mention, and its fuller wording wins when both start at the same word ("Several
 * families have filed a lawsuit, alleging …", where the clause kept only "Several").
 */
export function mergeMentions(mentions: AnonymousMention[], found: readonly FoundPhrase[], mentionEntity: Map<string, Entity>): void {
  const byPlace = (a: { span: Span }, b: { span: Span }): number => a.span.block - b.span.block || a.span.start - b.span.start;
  const existing = mentions.slice().sort(byPlace);
  const sorted = found.slice().sort(byPlace);
  let e = 0;
  let last: AnonymousMention | null = null;
  for (const f of sorted) {
    while (e < existing.length && (existing[e].span.block < f.span.block || (existing[e].span.block === f.span.block && existing[e].span.end <= f.span.start))) e++;
    const clash = [existing[e], last].find((m) => m && m.span.block === f.span.block && m.span.start < f.span.end && f.span.start < m.span.end);
    if (clash) {
      // A found phrase that holds the clash whole and more is its fuller wording: "An unidentified witness" for "witness".
      if (f.span.start <= clash.span.start && f.span.end >= clash.span.end && f.span.end - f.span.start > clash.span.end - clash.span.start) { clash.text = f.text; clash.span = f.span; }
      continue;
    }
    const mention: AnonymousMention = { id: '', text: f.text, sourceId: null, span: f.span };
    mentions.push(mention);
    last = mention;
    if (f.entity) mentionEntity.set(`${f.span.block}:${f.span.start}`, f.entity);
  }
}
