/**
 * What a speaker phrase refers to: a named person, an organisation, a document, an unnamed (anonymous) source, or a
 * pronoun to resolve. Pure classification of one noun phrase; the registry in `sources.ts` does the linking.
 */
import { ANON_HEAD_WORDS, COLLECTIVE_NOUNS, COLLECTIVE_WORDS, CONTESTANT_WORDS, DOCUMENT_HEADS, GROUP_QUANTIFIERS, MEASURE_NOUNS, OFFICE_WORDS, ORG_HEADS, PROPER_ANON_WORDS, SINGULAR_OF, STRONG_ANON_WORDS, SURNAME_LIKE_HEADS, isPeoplePlural } from './tables/heads';
import { ABOUT_PREPOSITIONS, ALL_ALIKE, APPROXIMATORS, COORDINATORS, COUNT_WORDS, DETERMINERS, FEW_DETERMINERS, MORE_MOST_OTHER, NOT_NOUN_ENDINGS, OFFICE_MODIFIERS, OPENING_ADVERBS, PARTS_OF_DAY, PART_WORDS, PHRASE_LINKS, PLACE_TIME_PREPOSITIONS, PLURAL_DEFINITES, POSSESSIVES, POSSESSIVE_SUBJECT, PRONOUNS, PRONOUN_WORDS, QUANTIFYING_DETERMINERS, TIME_LEADS, TIME_WORDS, TITLES, TO_FOR_OF } from './tables/words';
import { isVerbOnly, nameLexicon } from './lexicon';
import { capitalRuns, endsName, isPlaceWord, parseName, runWords, type Gender } from './names';
import { endsPossessive, isCapitalized, isDottedCapitals, isLettersEndingIng, isLowerEdForm, isLyAdverb, lowerAt, lowercase, remembered, startsWithDigit, stripPossessive, textAt, type Token } from './text';
import type { SourceKind } from './types';

export type SpeakerRef =
  | { refType: 'pronoun'; pronoun: string; gender: 'm' | 'f' | 'p' | 'i' }
  | { refType: 'name'; sourceName: string; mention: string; isPerson: boolean; gender: Gender; oneWord: boolean; sourceKind: SourceKind }
  | {
    refType: 'description'; phraseText: string; head: string; definite: boolean; isAnonymous: boolean; sourceKind: SourceKind; plural: boolean;
    /** What the phrase is when no unnamed source of its head was introduced before it: "the resident" after "a
     *  resident said" is that resident; with no such antecedent, a person known by role, not an anonymous source. */
    otherwise?: SpeakerRef;
  }
  /** "the president", "the real estate agent": a role that may belong to a person the article named. */
  | { refType: 'role'; phraseText: string; head: string; fallback: SpeakerRef | null };

/** A description of a source, its fields always in one order. */
type Described = SpeakerRef & { refType: 'description' };

function described(text: string, head: string, definite: boolean, anonymous: boolean, kind: SourceKind, plural: boolean): Described {
  return { refType: 'description', phraseText: text, head, definite, isAnonymous: anonymous, sourceKind: kind, plural };
}

function singular(word: string): string {
  if (/(?:ss|us)$/u.test(word)) return word;
  if (/people$/u.test(word)) return 'person';
  if (/spokespeople$/u.test(word)) return 'spokesperson';
  if (/ies$/u.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes)$/u.test(word)) return word.slice(0, -2);
  if (/s$/u.test(word)) return word.slice(0, -1);
  return word;
}

const HYPHEN_PREFIX = /^(?:neo|ex|co|non|pro|anti|pseudo|quasi|mega|micro|sub|super|would-be)-(?=[a-z]+$)/u;

/** The singular, possessive-free head of a noun ("officials’" → "official"). */
export const headOf = remembered((word: string): string => {
  const w = stripPossessive(lowercase(word));
  // "neo-banks", "ex-officials": a noun after a prefix and a hyphen is the head.
  const last = w.includes('-') && !SINGULAR_OF.has(w) ? w.replace(HYPHEN_PREFIX, '') : w;
  return SINGULAR_OF.get(last) ?? singular(last);
});

/** Words after a head noun that start its post-modifier: "people familiar with …", "a document seen by …". */
const POST_MODIFIER = new Set(['familiar', 'close', 'privy', 'with', 'who', 'in', 'at', 'from', 'of', 'for', 'on', 'to', 'like', 'briefed', 'involved',
  'knowledgeable', 'published', 'based', 'seen', 'obtained', 'reviewed', 'released', 'issued', 'filed', 'cited', 'prepared', 'written', 'signed', 'sent', 'shared', 'leaked',
  'provided', 'given', 'drafted', 'compiled', 'produced', 'submitted', 'posted', 'circulated', 'distributed', 'taken', 'conducted', 'carried',
  'started', 'founded', 'led', 'run', 'funded', 'backed', 'created', 'formed', 'organized', 'organised', 'launched', 'owned', 'headed', 'chaired']);

/** Classify the tokens [from, to] of a paragraph as a speaker. Returns null for phrases that cannot speak. */
/**
 * Whether a person's name ends at `end`: "[Sen. Bernie Sanders] of Vermont", "[Ana Ruiz] of Harvard University" — the
 * person speaks, and the place or institution after "of" only says where they are from.
 */
function personEndsAt(tokens: readonly Token[], from: number, end: number): boolean {
  const runs = capitalRuns(tokens.slice(from, end + 1));
  const run = runs[runs.length - 1];
  if (!run || from + run[1] !== end) return false;
  const { wordsOfRun: words } = runWords(tokens, from + run[0], end);
  const parts = parseName(words);
  if (parts !== null && parts.isPerson && (parts.bareName.includes(' ') || parts.titles.length > 0)) return true;
  // "Khaldun of the Michigan Department of Health": a lone surname (no ordinary word, place or institution) before
  // "of the" and an institution is a person from it.
  const lone = words.length === 1 ? lowercase(stripPossessive(words[0])) : '';
  const lex = nameLexicon();
  // ("Wee of the Times": before a newspaper's name, a surname that is also an ordinary word is the reporter.)
  let k = end + 3;
  while (isCapitalized(textAt(tokens, k + 1))) k++;
  return lone !== '' && /^\p{Lu}\p{Ll}/u.test(words[0]) && tokens[end + 1]?.lower === 'of' && tokens[end + 2]?.lower === 'the' && isCapitalized(textAt(tokens, end + 3)) &&
    (!lex.isCommon(lone) || OUTLET_HEADS.has(tokens[k].lower) && !TITLES.has(lone) && !PART_WORDS.has(lone)) &&
    !lex.places.has(lone) && !lex.orgs.has(lone) && !ORG_HEADS.has(lone) && !ANON_HEAD_WORDS.has(lone);
}

/** The last word of a newspaper's or broadcaster's name. */
const OUTLET_HEADS = new Set(['times', 'post', 'journal', 'news', 'tribune', 'chronicle', 'gazette', 'herald', 'guardian', 'telegraph', 'globe', 'economist', 'observer', 'inquirer', 'examiner', 'courier', 'sentinel', 'star', 'mail', 'independent', 'register', 'dispatch']);


/** Words that open a subordinate clause: a phrase starting with one is a clause ("As voters went to the polls"). */
export const SUBORDINATORS = new Set(`as while when whenever if because although though since until unless once whether whereas`.split(/\s+/u));
const DAY_WORDS = new Set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight`.split(/\s+/u));

/**
 * Where a speaker phrase ends once a trailing time is cut off ("Trump on Tuesday", "the campaign on Monday night",
 * "Broaddrick Sunday"): the day tells when, not who. -1 when the phrase is only a time.
 */
function beforeTrailingTime(tokens: readonly Token[], from: number, to: number): number {
  let k = to;
  if (PARTS_OF_DAY.has(tokens[k].lower) && k > from) k--;
  if (!DAY_WORDS.has(tokens[k].lower)) return to;
  k--;
  if (k >= from && TIME_LEADS.has(tokens[k].lower)) k--;
  // Only after a short phrase: a long one is a clause run on ("Kasich suspended his campaign Wednesday evening").
  return k < from ? -1 : k - from < 5 ? k : to;
}

/** (`placeCut`: the phrase was already cut before a place, and is not cut again: "… Research at Dale University".) */
export function classifySpeaker(text: string, tokens: readonly Token[], fromIn: number, toIn: number, placeCut = false): SpeakerRef | null {
  let from = fromIn;
  // "But the company said", "whereas Petraeus acknowledged": the word that joins the clause is not the speaker.
  if (from < toIn && COORDINATORS.has(tokens[from].lower)) from++;
  if (from < toIn && SUBORDINATORS.has(tokens[from].lower)) from++;
  // "Now Donald Trump says", "Likewise, Trump went after …", "Even Lindsey Graham said": a sentence adverb that opens
  // the clause is no part of who speaks.
  // "Who told you that?": a question word asks who spoke (not "WHO", the organisation); "Portsmouth, N.H.": a state's
  // abbreviation after a place is where, not who.
  if (from === toIn && /^(who|what|whom)$/u.test(tokens[from].lower) && tokens[from].surface !== 'WHO') return null;
  if (/^(?:\p{Lu}\.){1,2}\p{Lu}?\.?$/u.test(tokens[from].surface) && tokens[from - 1]?.surface === ',' && !tokens.slice(from + 1, toIn + 1).some((t) => t.word)) return null;
  // ("Unlike Smith, …": the person compared is not the one speaking.)
  if (/^(unlike|like)$/u.test(tokens[from].lower) && isCapitalized(tokens[from].surface)) return null;
  if (OPENING_ADVERBS.has(tokens[from].lower) && isCapitalized(tokens[from].surface)) {
    from++;
    if (tokens[from]?.surface === ',') from++;
    if (from > toIn) return null;
  }
  let to = beforeTrailingTime(tokens, from, toIn);
  // ("a Gallup poll taken last week": a participle after a document, left bare by its time phrase, is no part of it.)
  if (to > from && POST_MODIFIER.has(tokens[to].lower) && DOCUMENT_HEADS.has(tokens[to - 1].lower)) to--;
  if (to < from) return null;
  // "politicians and voters alike", "the officials themselves": a floating word after the group is not part of it.
  if (to > from && ALL_ALIKE.has(tokens[to].lower)) to--;
  // "one of the officials", "some of the analysts": the speaker is the group named after "of".
  if (to - from >= 2 && tokens[from + 1].lower === 'of' && COUNT_WORDS.has(tokens[from].lower)) {
    let inner = classifySpeaker(text, tokens, from + 2, to);
    // "most of the candidates": a part of the contestants the article names is an unnamed group of them.
    if (!inner && to - from >= 3 && tokens[from + 2].lower === 'the' && tokens[from].lower !== 'one') inner = classifySpeaker(text, tokens, from + 3, to);
    if (inner && inner.refType === 'description') return { ...inner, phraseText: text.slice(tokens[from].charStart, tokens[to].charEnd), definite: false, plural: tokens[from].lower !== 'one' };
    return inner;
  }
  // "Six in 10 voters", "one in five", "nearly three in five", "about four out of 10": a share of poll respondents, a
  // group and never an anonymous source.
  const count = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/u;
  const n = APPROXIMATORS.has(tokens[from].lower) ? from + 1 : from;
  const d = tokens[n + 1]?.lower === 'in' ? n + 2 : tokens[n + 1]?.lower === 'out' && tokens[n + 2]?.lower === 'of' ? n + 3 : -1;
  if (d > 0 && d <= to && count.test(tokens[n].lower) && count.test(tokens[d].lower)) {
    return described(text.slice(tokens[from].charStart, tokens[to].charEnd), 'in', false, false, 'group', true);
  }
  // "Many in the crowd", "some in the party": an unnamed part of a body of people.
  if (to - from >= 2 && tokens[from + 1].lower === 'in' && GROUP_QUANTIFIERS.has(tokens[from].lower) && !brokenPhrase(tokens, from, toIn)) {
    return described(text.slice(tokens[from].charStart, tokens[to].charEnd), tokens[from].lower, false, true, 'group', true);
  }
  // "the number of young people (who have reported …)": a statistic, no speaker.
  if (to - from >= 2 && tokens[from].lower === 'the' && MEASURE_NOUNS.has(tokens[from + 1].lower) && tokens[from + 2].lower === 'of') return null;
  // "a number of the families", "a growing list of world leaders", "a group of experts": the people after "of".
  for (let c = from; c <= from + 2 && c < to - 1; c++) {
    if (tokens[c + 1].lower !== 'of' || !COLLECTIVE_NOUNS.has(tokens[c].lower) || brokenPhrase(tokens, from, toIn)) continue;
    const inner = classifySpeaker(text, tokens, c + 2, to);
    if (inner?.refType === 'description' && inner.isAnonymous) return { ...inner, phraseText: text.slice(tokens[from].charStart, tokens[to].charEnd), definite: false, plural: true, sourceKind: 'group' };
    break;
  }
  // "Paganini and his team", "Ruiz and her lawyers": a name joined to its own people speaks first; the rest is no name.
  for (let k = from + 1; k < to - 1 && k <= from + 6; k++) {
    if (tokens[k].lower !== 'and' || !POSSESSIVES.has(tokens[k + 1].lower)) continue;
    const lead = classifySpeaker(text, tokens, from, k - 1);
    if (lead?.refType === 'name' && lead.mention === text.slice(tokens[from].charStart, tokens[k - 1].charEnd)) return lead;
    break;
  }
  const first = tokens[from];
  // ("the senator's suggestion that …": the owner of a claim is shown without the possessive ending.)
  const phrase = text.slice(first.charStart, endsPossessive(tokens[to].surface) ? tokens[to].charEnd - 2 : tokens[to].charEnd);
  const institutionEnd = placeCut ? to : institutionBeforePlace(tokens, from, to);
  if (institutionEnd < to) {
    // (Named without its place, so that "the US Embassy" later in the article is the same source.)
    const institution = classifySpeaker(text, tokens, from, institutionEnd, true);
    if (institution?.refType === 'name') return { ...institution, mention: phrase };
    if (institution) return institution;
  }
  // "those surveyed", "Those over 60": a group described by what follows the demonstrative.
  // ("Those facts suggest": a demonstrative before a noun that names no people is a thing, not a group; "one of those
  // advisers": before the plural of an unnamed source's head, it points back to those sources, read as any other.)
  if (first.lower === 'those' && to > from && !brokenPhrase(tokens, from, to) && !thingAfterThose(tokens[from + 1]) && !(to === from + 1 && ANON_HEAD_WORDS.has(tokens[to].lower))) {
    const anonymous = /\b(familiar|close|knowledge|briefed|involved|aware)\b/iu.test(phrase);
    return described(phrase, 'those', false, anonymous, 'group', true);
  }
  // "Speaking in Harlem", "Here in Columbia": where someone spoke, not who.
  if (PLACE_TIME_PREPOSITIONS.has(lowerAt(tokens, from + 1)) && (/^(here|there)$/u.test(first.lower) || (isLettersEndingIng(first.surface) && !/thing$/u.test(first.lower)))) return null;
  // ("He’s suggesting that …", "they’ve argued": a pronoun fused with its auxiliary is the pronoun.)
  const pronoun = from === to ? first.lower.replace(/^(he|she|they|we)['’](?:s|d|ll|ve|re)$/u, '$1') : '';
  if (PRONOUN_WORDS.has(pronoun)) {
    const g = PRONOUNS[pronoun];
    // ("We reached out to the ministry": outside quotation marks "we" is the writer or the outlet, never the last group
    // that spoke.)
    if ((g === 'i' && pronoun !== 'it') || pronoun === 'we') return null;
    // "The reaction from the crowd was rapturous and they called for more": a group named earlier in the sentence is
    // who "they" are, and it names no source; not the last group that spoke.
    if (g === 'p' && groupEarlierInSentence(tokens, from)) return null;
    return { refType: 'pronoun', pronoun, gender: g };
  }
  // The owner of a claim or a statement ("her claim that …", "his statement saying …") is its possessive pronoun.
  const subjectForm = from === to ? POSSESSIVE_SUBJECT[first.lower] : undefined;
  if (subjectForm) return { refType: 'pronoun', pronoun: subjectForm, gender: PRONOUNS[subjectForm] };
  if (from === to && GROUP_QUANTIFIERS.has(first.lower)) {
    return described(phrase, first.lower, false, true, 'group', true);
  }
  // "Special envoy for Ukraine Kurt Volker", "the group's founder, Ana Lima": a phrase that ends in a person's name
  // (a known first name and more) is that person, whatever role words come before.
  const endName = personAtEnd(tokens, from, to);
  if (endName) return endName;
  // "the U.S. Attorney for the Western District of New York", "Secretary of State": a title with its jurisdiction is
  // a role, shown whole — not the place that ends it.
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower.replace(/\.$/u, '');
    // Not "a spokesperson for Acme": an unnamed spokesperson or official is an anonymous source, not an office.
    const office = !ANON_HEAD_WORDS.has(w) || (k > from && isCapitalized(tokens[k].surface));
    if (TITLES.has(w) && office && !FEW_DETERMINERS.has(first.lower) && !OFFICE_MODIFIERS.has(w) && TO_FOR_OF.has(lowerAt(tokens, k + 1)) && tokens[k + 2] && (isCapitalized(tokens[k + 2].surface) || tokens[k + 2].lower === 'the')) {
      const role = described(phrase, w, first.lower === 'the', false, 'person', false);
      return { refType: 'role', phraseText: phrase, head: w, fallback: role };
    }
  }
  // The head is the last word before any post-modifier ("people familiar with the matter", "officials in Kyiv",
  // "a group representing rural counties in California").
  let headIdx = to;
  for (let k = from + 1; k <= to; k++) {
    const w = tokens[k].lower;
    // An -ing word after a lower-case noun or a party word starts a post-modifier ("a group representing …", "House
    // Republicans supporting the bill"); after a determiner or an adjective-like capital it modifies the head or is
    // the head itself ("a growing list", "a filing").
    const previous = tokens[k - 1];
    const ingModifier = /ing$/u.test(w) && !isCapitalized(tokens[k].surface) && !DETERMINERS.has(previous.lower) && !MORE_MOST_OTHER.has(previous.lower) &&
      (!isCapitalized(previous.surface) || PROPER_ANON_WORDS.has(previous.lower));
    // (A word in capitals is an acronym, not the relative pronoun: "the WHO".)
    // ("a document Matthesen prepared", "the memo the agency sent": a document and a clause about it with no "that".)
    const contactClause = k - 1 > from && DOCUMENT_HEADS.has(previous.lower) && (DETERMINERS.has(w) || PRONOUN_WORDS.has(w) || isCapitalized(tokens[k].surface) && isLowerEdForm(textAt(tokens, k + 1)));
    // ("people close to the mayor" is post-modified; in "Gore's close friends" the adjective comes before its noun.)
    const closeBefore = w === 'close' && lowerAt(tokens, k + 1) !== 'to' && k < to;
    if ((POST_MODIFIER.has(w) && tokens[k].surface !== 'WHO' && !closeBefore) || ingModifier || contactClause) { headIdx = k - 1; break; }
  }
  // "a region like Delhi", "countries such as Iran": an example of a kind, which speaks for no one.
  if (headIdx < to && /^(like|such)$/u.test(tokens[headIdx + 1].lower) && !isCapitalized(tokens[headIdx].surface)) return null;
  const headLower = tokens[headIdx].lower;
  // A capitalised head counts as an ordinary noun only when it opens the phrase ("Analysts at Goldman Sachs"); in
  // "The California Governor's Office of Emergency Services" it is part of a name.
  const commonOpener = headIdx === from && (ANON_HEAD_WORDS.has(headLower) || ORG_HEADS.has(headLower) || DOCUMENT_HEADS.has(headLower));
  // "House Republicans", "one Democrat familiar with …": a party word ends a description, not a name.
  // "The Wisconsin Republican" is one known person (a role); "Republicans", "a Republican" are unnamed.
  const properHead = PROPER_ANON_WORDS.has(stripPossessive(headLower)) && (first.lower !== 'the' || headOf(headLower) !== stripPossessive(headLower));
  if (headIdx < to && tokens[headIdx].word && (!isCapitalized(tokens[headIdx].surface) || commonOpener || properHead || personEndsAt(tokens, from, headIdx))) to = headIdx;
  const lastWord = tokens[to].word ? tokens[to] : tokens[to - 1];
  if (!lastWord) return null;
  // "Officials said", "Experts say", "Police said" at the start of a sentence are descriptions, not names.
  const sentenceCase = (from === to || commonOpener) && isCapitalized(lastWord.surface) && !/^\p{Lu}{2,}/u.test(lastWord.surface) &&
    // A lone capitalised singular ("Backer says", "Fisher said") is a surname, not "a backer"; "Post said", "Church
    // said" a surname or a newspaper's or church's name, not "post".
    ((ANON_HEAD_WORDS.has(lastWord.lower) && (from !== to || headOf(lastWord.lower) !== lastWord.lower)) || ORG_HEADS.has(lastWord.lower) && !(from === to && SURNAME_LIKE_HEADS.has(lastWord.lower)) || DOCUMENT_HEADS.has(lastWord.lower));
  // "the CEO", "one neo-bank CEO": an office written in capitals is a title, not a name.
  const titleInCapitals = /^\p{Lu}{2,4}s?$/u.test(lastWord.surface) && (TITLES.has(lastWord.lower) || ANON_HEAD_WORDS.has(lastWord.lower));
  if (endsName(tokens, tokens[to].word ? to : to - 1) && !sentenceCase && !titleInCapitals && !(properHead && lastWord === tokens[headIdx])) {
    // The name is the last capitalised run of the phrase: "Delhi’s Chief Minister Arvind Kejriwal".
    const runs = capitalRuns(tokens.slice(from, to + 1));
    // "Kyiv and Jerusalem", "NBC News and Bloomberg": several names speaking together.
    if (runs.length >= 2 && runs.slice(1).every((r, k) => /^(and|&)$/u.test(tokens[from + runs[k][1] + 1]?.lower ?? '') && r[0] === runs[k][1] + 2)) {
      const { firstOfRun: nameStart } = runWords(tokens, from + runs[0][0], from + runs[0][1]);
      const name = text.slice(tokens[nameStart].charStart, tokens[to].charEnd);
      // "The American Iron and Steel Institute" is one organisation; "Kyiv and Jerusalem" are several speakers.
      const oneBody = ORG_HEADS.has(headOf(tokens[to].lower));
      return { refType: 'name', sourceName: name, mention: phrase, isPerson: false, gender: 'u', oneWord: false, sourceKind: oneBody ? 'organization' : 'group' };
    }
    let run = runs[runs.length - 1];
    if (!run) return null;
    // "Office for Budget Responsibility", "Bank of England": an institution's name continues through of/for/on.
    const linked = (r: number, words: RegExp): boolean => runs[r + 1][0] === runs[r][1] + 2 && words.test(tokens[from + runs[r][1] + 1]?.lower ?? '');
    // ("… Center for Public Opinion Research at Dale University": one institution "at" another is part of its name.)
    const institutionOf = (r: number): boolean => ORG_HEADS.has(headOf(tokens[from + runs[r][1]].lower)) &&
      (linked(r, /^(of|for|on)$/u) || (linked(r, /^at$/u) && ORG_HEADS.has(headOf(tokens[from + runs[r + 1][1]].lower))));
    for (let r = runs.length - 2; r >= 0; r--) {
      // "Department of Health and Human Services", "Centers for Disease Control and Prevention": an "and" inside the
      // name of an institution.
      if (institutionOf(r) || (linked(r, /^(and|&)$/u) && r >= 1 && runs[r][0] === runs[r - 1][1] + 2 && institutionOf(r - 1))) run = [runs[r][0], run[1]];
      else break;
    }
    let { wordsOfRun: words } = runWords(tokens, from + run[0], from + run[1]);
    // "F.B.I.": initials keep their last dot, which the run leaves out.
    const dot = tokens[from + run[1] + 1];
    if (dot?.surface === '.' && dot.charStart === tokens[from + run[1]].charEnd && isDottedCapitals(words[words.length - 1] ?? '')) words = [...words.slice(0, -1), `${words[words.length - 1]}.`];
    // A name joined through "of", "for" or "and" is an institution's, whole (titles inside it are its words).
    if (run[0] !== runs[runs.length - 1][0]) {
      return { refType: 'name', sourceName: words.join(' ').replace(/\s+\./gu, '.').replace(/['’]s?$/u, ''), mention: phrase, isPerson: false, gender: 'u', oneWord: false, sourceKind: 'organization' };
    }
    // "Delhi’s Chief Minister Arvind Kejriwal": a possessive place before a title is not part of the name.
    const possessiveAt = words.findIndex((w, k) => k < words.length - 1 && endsPossessive(w));
    if (possessiveAt >= 0 && !possessiveInName(words[possessiveAt], words.slice(possessiveAt + 1))) words = words.slice(possessiveAt + 1);
    if (words.length === 0) return null;
    const parts = parseName(words);
    if (!parts) return null;
    const single = !parts.bareName.includes(' ');
    if (!parts.isPerson) {
      const kind: SourceKind = DOCUMENT_HEADS.has(headOf(words[words.length - 1])) ? 'document' : 'organization';
      return { refType: 'name', sourceName: parts.bareName, mention: phrase, isPerson: false, gender: 'u', oneWord: single, sourceKind: kind };
    }
    return { refType: 'name', sourceName: parts.bareName, mention: phrase, isPerson: true, gender: parts.gender, oneWord: single, sourceKind: 'person' };
  }
  const headWord = tokens[headIdx];
  if (!headWord?.word) return null;
  // A broken phrase is no unnamed source (institutions and documents keep their own reading).
  if (ANON_HEAD_WORDS.has(headWord.lower) && brokenPhrase(tokens, from, toIn)) return null;
  const head = headOf(headWord.lower);
  const plural = head !== headWord.lower.replace(/['’]s$/u, '') || headWord.lower === 'people';
  // "Austria’s interior minister" is the one holder of an office, like "the interior minister".
  const definite = first.lower === 'the' || (headIdx > from && /\p{L}['’]s$/u.test(first.surface) && nameLexicon().places.has(stripPossessive(first.lower)) && TITLES.has(head));
  if (definite && !plural && headIdx > from) {
    const fallback = describe(tokens, from, headIdx, toIn, phrase, head, headWord, plural, definite);
    if (!fallback || fallback.sourceKind === 'person' || fallback.sourceKind === 'unknown') {
      return { refType: 'role', phraseText: phrase, head, fallback: roleFallback(fallback, phrase, head) };
    }
    return fallback;
  }
  return describe(tokens, from, headIdx, toIn, phrase, head, headWord, plural, definite);
}

/**
 * `classifySpeaker` of a phrase of the paragraph under analysis, remembered until `forgetPhrases`: the clause speakers,
 * then `findAgentMentions` ask about the same subjects ("Officials said … and warned …"), and `anonymousRef` asks again
 * about the phrase `subjectOf` just read — over a third of the calls were repeats.
 */
const phraseCache = { tokens: null as readonly Token[] | null, refs: new Map<number, SpeakerRef | null>() };
export function classifyPhrase(p: { paragraphText: string; tokens: readonly Token[] }, from: number, to: number): SpeakerRef | null {
  if (phraseCache.tokens !== p.tokens) {
    phraseCache.tokens = p.tokens;
    if (phraseCache.refs.size > 0) phraseCache.refs.clear();
  }
  // (A small-integer key, which a Map hashes fastest; a phrase too long for one is read afresh.)
  if (to - from >= 1024 || from >= 0x100000) return classifySpeaker(p.paragraphText, p.tokens, from, to);
  const key = from * 1024 + to - from;
  let ref = phraseCache.refs.get(key);
  if (ref === undefined) phraseCache.refs.set(key, ref = classifySpeaker(p.paragraphText, p.tokens, from, to));
  return ref;
}

/** Drop the remembered phrases: a paragraph's tokens die with it, not with the next paragraph. */
export function forgetPhrases(): void {
  phraseCache.tokens = null;
  // (Clearing a map allocates its table afresh: not for an empty one.)
  if (phraseCache.refs.size > 0) phraseCache.refs.clear();
}

/**
 * Is a possessive part of one name ("The People’s Daily", "Moody’s Investors Service") rather than the owner of a
 * title and name ("Delhi’s Chief Minister Arvind Kejriwal")? It is when what follows ends in an institution's head or
 * is one ordinary word, which names no one alone.
 */
function possessiveInName(owner: string, rest: readonly string[]): boolean {
  // "July’s Washington Post poll", "Monday’s New York Times": a day or month owns the name, it is no part of it.
  if (TIME_WORDS.has(lowercase(stripPossessive(owner)))) return false;
  const last = lowercase(stripPossessive(rest[rest.length - 1]));
  if (ORG_HEADS.has(last) || DOCUMENT_HEADS.has(last)) return true;
  const lex = nameLexicon();
  return rest.length === 1 && lex.isCommon(last) && !lex.givenNames.has(last) && !lex.familyNames.has(last) && !lex.places.has(last);
}

/** "Those facts", "those results": a plural noun after "those" that names no people (the table's heads, actors). */
function thingAfterThose(t: Token): boolean {
  if (!t.word || isCapitalized(t.surface) || !/s$/u.test(t.lower)) return false;
  const one = headOf(t.lower);
  return !ANON_HEAD_WORDS.has(t.lower) && !ANON_HEAD_WORDS.has(one) && !isPeoplePlural(t.lower) && !nameLexicon().actors.has(one) && !nameLexicon().actors.has(t.lower) && !SHARE_HEADS.has(t.lower);
}

/**
 * Where a named institution "in" or "at" a place ends: "The US Embassy in New Delhi", "the Israeli Consulate at
 * Haifa", "the Ministry of Health in Kyiv" speak as the embassy, the consulate and the ministry, not the place, which
 * had been shown as the speaker.
 */
function institutionBeforePlace(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    if (!/^(in|at)$/u.test(tokens[k].lower) || !isCapitalized(tokens[k + 1].surface) || !tokens[k - 1].word || !isCapitalized(tokens[k - 1].surface)) continue;
    // The capitalised name before "in", through "of", "for" and "and", holds an institution's head word.
    for (let m = k - 1; m >= from && tokens[m].word; m--) {
      // (Not a capitalised common noun opening the sentence: "Authorities in North Rhine-Westphalia", like "Officials
      // in Kyiv", are a group described by their place.)
      if (m > from && isCapitalized(tokens[m].surface) && ORG_HEADS.has(headOf(tokens[m].lower))) return k - 1;
      if (!isCapitalized(tokens[m].surface) && !/^(of|for|and)$/u.test(tokens[m].lower)) break;
    }
    return to;
  }
  return to;
}

function personAtEnd(tokens: readonly Token[], from: number, to: number): SpeakerRef | null {
  if (to - from < 2 || !tokens[to].word || !isCapitalized(tokens[to].surface)) return null;
  const runs = capitalRuns(tokens.slice(from, to + 1));
  const last = runs[runs.length - 1];
  if (!last || from + last[1] !== to || last[0] === 0) return null;
  // "prosecutors for David Petraeus", "an aide to John Smith": a name after a common noun and its preposition is the
  // object, not the speaker — unlike "Secretary of State John Kerry" (a title), "special envoy for Ukraine Kurt
  // Volker" (a place opens the run) and "a letter from Ana Lima" (the author speaks through it).
  const link = tokens[from + last[0] - 1];
  const owner = tokens[from + last[0] - 2];
  // (Capitalised only because it opens the sentence: "Supporters of Ana Ruiz said", "Friends of the mayor said"; not a
  // title, "Secretary of State John Kerry".)
  const commonOwner = owner?.word === true && (!isCapitalized(owner.surface) || from + last[0] - 2 === from && !TITLES.has(owner.lower) && (isPeoplePlural(owner.lower) || ANON_HEAD_WORDS.has(owner.lower) || nameLexicon().actors.has(owner.lower.replace(/s$/u, ''))));
  if (ABOUT_PREPOSITIONS.has(link.lower) && commonOwner && !isPlaceWord(tokens[from + last[0]].lower)) return null;
  // "Karl Wendt and Ada Lind": two names speaking together, read below as one group.
  if (/^(and|&)$/u.test(link.lower) && owner?.word && isCapitalized(owner.surface)) return null;
  const { wordsOfRun: words } = runWords(tokens, from + last[0], to);
  const parts = words.length >= 2 ? parseName(words) : null;
  // (A known given name opens the name, or a known surname once a place was cut before it: "ambassador to Britain Liu
  // Xiaoming".)
  const opener = parts?.bareName.split(' ')[0].toLowerCase() ?? '';
  const surnameFirst = parts !== null && parts.bareName.split(' ').length < words.length && nameLexicon().familyNames.has(opener);
  if (!parts?.isPerson || !(nameLexicon().givenNames.has(opener) || surnameFirst)) return null;
  const mention = tokens.slice(from, to + 1).map((t) => t.surface).join(' ');
  return { refType: 'name', sourceName: parts.bareName, mention, isPerson: true, gender: parts.gender, oneWord: false, sourceKind: 'person' };
}

/** Whether a plural or collective noun for people ("the crowd", "fans", "residents") comes before `at` in its
 *  sentence. */
function groupEarlierInSentence(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 30 && !SENTENCE_ENDS.has(tokens[k].surface); k--) {
    const w = tokens[k].lower;
    if ((COLLECTIVE_NOUNS.has(w) || isPeoplePlural(w) || (ANON_HEAD_WORDS.has(w) && w !== headOf(w))) && !isCapitalized(tokens[k].surface)) return true;
  }
  return false;
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Heads that count poll respondents ("47 percent", "a majority", "half"): a group, never an anonymous source. */
const SHARE_HEADS = new Set(['percent', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters']);

/**
 * What "the X" stands for when no named person holds the role X. An unnamed office holder ("the mayor", "the
 * Republican") is a person identified by role, not an anonymous source; "the source", "the spokeswoman" are
 * anonymous; "the resident", "the narrator" refer back to an unnamed source the article introduced, else to a person
 * known by role (often named further away).
 */
function roleFallback(read: Described | null, phrase: string, head: string): SpeakerRef | null {
  const known: SpeakerRef = described(phrase, head, true, false, 'person', false);
  // With no people head of the table, a word for what a person does ("the Democratic presidential candidate", "the
  // businessman") is still a person known by role; when the article named no holder, the role itself is shown.
  const personRole = AGE.test(head) || TITLES.has(head) || ANON_HEAD_WORDS.has(head) || nameLexicon().actors.has(head) || /(?:er|or|ist|ian|man|woman|person)$/u.test(head) && !/(?:ing|ed)$/u.test(head) && !notANoun(head) && !COLLECTIVE_NOUNS.has(head);
  // (A role read only as a phrase, 'unknown', is a person known by role when its head says so.)
  if (!read?.isAnonymous) return personRole && (!read || read.sourceKind === 'unknown') ? known : read;
  if (OFFICE_WORDS.has(head)) return known;
  return STRONG_ANON_WORDS.has(head) ? read : { ...read, otherwise: known };
}

/** An age written as a noun or a modifier: "the 56-year-old", "the 56-year-old actor". */
export const AGE = /^\d+-year-old$/u;

/** Words that end like a role noun but are no noun: "together", "whether", "however", "other", "rather". */
function notANoun(word: string): boolean {
  const lex = nameLexicon();
  return NOT_NOUN_ENDINGS.has(word) ||
    (lex.irregularPast.has(word) && !lex.nouns.has(word) && !lex.actors.has(word));
}

const SINGULAR_DETERMINER = new Set(`a an the one another any each every this that his her their its our my your`.split(/\s+/u));

/** Whether a phrase starting at `from` has a determiner, in it or just before it over adjectives and commas ("this |
 *  source", "the bespectacled, | 71-year-old diplomat"), or opens with a possessive ("the company's spokesman"). */
function determinedAt(tokens: readonly Token[], from: number, to: number): boolean {
  if (SINGULAR_DETERMINER.has(tokens[from].lower) || /['’]s?$/u.test(tokens[from].surface) && /['’]/u.test(tokens[from].surface)) return true;
  // An appositive after a name, closed by a comma, needs none: "Matthew Prince, chief executive of CloudFlare, said"
  // (not the headline "… Clinton, former rival says").
  if (tokens[from - 1]?.surface === ',' && tokens[from - 2]?.word && isCapitalized(tokens[from - 2].surface) && /^[,—–]$/u.test(textAt(tokens, to + 1))) return true;
  // "this | source" (a determiner the subject walk left out), "the bespectacled, 71-year-old | diplomat": back over
  // commas and modifiers (compounds, numbers, adjectives) to a determiner; never over a verb ("The report renewed |").
  if (isLowerEdForm(tokens[from].surface)) return false;
  for (let k = from - 1; k >= 0 && from - k <= 4; k--) {
    const t = tokens[k];
    if (SINGULAR_DETERMINER.has(t.lower)) return true;
    const modifier = t.surface === ',' || startsWithDigit(t.surface) || /^\p{Ll}+-[\p{Ll}-]+$/u.test(t.surface) ||
      /^\p{Ll}+$/u.test(t.surface) && !/ly$/u.test(t.surface) && !nameLexicon().nouns.has(t.lower) && (!/ed$/u.test(t.surface) || SINGULAR_DETERMINER.has(lowerAt(tokens, k - 1)));
    if (!modifier) return false;
  }
  return false;
}

/**
 * Not a noun phrase: one cut off after a determiner or preposition ("the other candidate on the"), or opening with a
 * verb and its object ("Rallying hundreds of service workers", "secretly helped an East German journalist").
 */
function brokenPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  // Cut off after a determiner or preposition, or before the noun its last word possesses ("the candidate’s").
  if (PHRASE_LINKS.has(tokens[to].lower) || /\p{L}['’]s$/u.test(tokens[to].surface)) return true;
  // Ending in an infinitive: "a special prosecutor to investigate".
  if (tokens[to - 1]?.lower === 'to' && /^\p{Ll}+$/u.test(tokens[to].surface) && !/s$/u.test(tokens[to].surface) && !nameLexicon().nouns.has(tokens[to].lower) && to - 1 > from) return true;
  const next = tokens[from + 1];
  if (isLettersEndingIng(tokens[from].surface) && !/thing$/u.test(tokens[from].lower) && next && (QUANTIFYING_DETERMINERS.has(next.lower) || startsWithDigit(next.surface))) return true;
  return isLyAdverb(tokens[from].surface) && next !== undefined && isLowerEdForm(next.surface);
}

/** A plural agent noun in "-ors" the lexicon does not know: censors, assessors (those in "-ists" and "-ians" are people
 *  plurals already, isPeoplePlural). Not every "-ers": "helicopters", "computers", "numbers". */
const AGENT_PLURAL = /^\p{Ll}{3,}ors$/u;

function describe(tokens: readonly Token[], from: number, headIdx: number, toEnd: number, phrase: string, head: string, headWord: Token, plural: boolean, definite: boolean): Described | null {
  if (SHARE_HEADS.has(headWord.lower) || SHARE_HEADS.has(head)) {
    return described(phrase, head, false, false, 'group', true);
  }
  // Plural people nouns beyond the table come from compromise's Actor words: "cement makers", "the brothers".
  // They are shown as a group but not flagged as anonymous sources: the table holds the heads that anonymity rests on.
  if (plural && !ANON_HEAD_WORDS.has(headWord.lower) && !ANON_HEAD_WORDS.has(head) && !isPeoplePlural(headWord.lower) && nameLexicon().actors.has(headWord.lower)) {
    return described(phrase, head, definite, false, 'group', true);
  }
  if (ANON_HEAD_WORDS.has(headWord.lower) || ANON_HEAD_WORDS.has(head) || isPeoplePlural(headWord.lower)) {
    // "the company's spokesman" is anonymous; a description with a name in it ("Trump's lawyer") still is unnamed.
    const words = tokens.slice(from, headIdx + 1).filter((t) => t.word);
    const weak = !STRONG_ANON_WORDS.has(headWord.lower) && !STRONG_ANON_WORDS.has(head);
    if (weak && words.length === 1 && !plural) return null;
    // A singular without a determiner is a headline or a title before a name ("former rival says"), not a source.
    const pronounLike = headIdx === from && STRONG_ANON_WORDS.has(head) && !SINGULAR_OF.has(`${head}s`) && !ANON_HEAD_WORDS.has(`${head}s`);
    if (!plural && !pronounLike && !determinedAt(tokens, from, toEnd) && !tokens.slice(from, headIdx).some((t) => endsPossessive(t.surface))) return null;
    // "the candidates", "both nominees", "all three candidates": the contestants the article names, a group that speaks
    // together but no unnamed one.
    if (plural && CONTESTANT_WORDS.has(head) && PLURAL_DEFINITES.has(tokens[from].lower)) return described(phrase, head, definite, false, 'group', true);
    return described(phrase, head, definite, true, plural || COLLECTIVE_WORDS.has(head) ? 'group' : 'person', plural);
  }
  // ("State media", "Turkish media" speak as a body; kept out of the table, whose heads also make groups anonymous.)
  if (ORG_HEADS.has(head) || ORG_HEADS.has(headWord.lower) || head === 'media') {
    return described(phrase, head, definite, false, 'organization', plural && headWord.lower !== head && !/ss$/u.test(headWord.lower));
  }
  if (DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(headWord.lower)) {
    return described(phrase, head, definite, false, 'document', false);
  }
  // "The advisory panel concluded", "Alphabet's founders said", "a large body of work suggests", "some analyses
  // suggest": another ordinary noun with a determiner or an owner, or a plural one after its modifiers (not "those
  // facts"), is shown as written ('unknown': attribution keeps it for the subject of a cue only).
  const lex = nameLexicon();
  // ("…that censors had instructed …": a bare plural agent noun is a group too, shown as written.)
  return (headIdx > from || plural && AGENT_PLURAL.test(headWord.surface)) && (plural && !isVerbOnly(tokens[from].lower) && !/^th[eo]se$/u.test(tokens[from].lower) || determinedAt(tokens, from, toEnd)) && /^\p{Ll}+$/u.test(headWord.surface) && !brokenPhrase(tokens, from, toEnd) && (lex.nouns.has(head) || !lex.isCommon(head)) && !TIME_WORDS.has(head) && !MEASURE_NOUNS.has(head) && !PRONOUN_WORDS.has(head) ?
    described(phrase, head, definite, false, 'unknown', plural) : null;
}
