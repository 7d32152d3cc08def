/**
 * Attribution clauses: a cue ("said", "told Reuters", "according to") with the noun phrase that speaks, found on
 * the token stream of one sentence. Each clause records the named rule that found it (see CLAUSE_RULES) and its
 * extent, so quotes and reported content can be placed around it.
 */
import { ACCORDING_TO, CUE_BY_FORM, CUE_NOUN_BY_FORM, governs, objectMarkedBy, particleLength, type CueVerb } from './tables/cues';
import { ANON_HEAD_WORDS, DOCUMENT_HEADS, ORG_HEADS, PROPER_ANON_WORDS, isPeoplePlural } from './tables/heads';
import { ADVERBS_AFTER_COMMA, AGO_WORDS, AMOUNT_DETERMINERS, AND_BUT, AND_BUT_OR_YET, AND_BUT_SO_YET_THEN, ANNOUNCEMENT_NOUNS, ARTICLES_DEMONSTRATIVES, ARTICLES_POSSESSIVES, AT_OF_FOR_WITH, AUDIENCE_WORDS, BE_FORMS, BE_GET, BE_KEEP, BE_PAST_PRESENT_BEEN, CLAUSE_BOUNDARY_WORDS, CLAUSE_FLOOR_WORDS, CONTENT_CLAUSE_OPENERS, CONTRASTIVES, COUNT_WORDS, CUE_ADVERBS, DEGREE_ADVERBS, DEMONSTRATIVE_DETERMINERS, DETERMINERS, DETERMINERS_FEW, DURATION_OPENERS, EARLIER_ADVERBS, EVENT_NOUNS, EVENT_STARTS, FINITE_VERBS, FOLLOWERS, GERUND_ADVERBS, GO_FORMS, HEDGE_ADVERBS, IS_ARE_WAS_WERE, IT_HE_SHE_WHICH_THAT, KEEP_FORMS, LONG_DURATIONS, MAKE_FORMS, MEDIA_WORDS, MODALS, MONTH_NAMES, MOTION_PREPOSITIONS, NEAR_ADJECTIVES, NP_STOP, OBJECT_PRONOUNS, OBLIGATION_MODALS, ONE_TO_NINE, OPENING_ADVERBS, PARENTHETICAL_OPENERS, PARTS_OF_DAY, PASSIVE_CLAUSE_LEADS, PAST_FORMS_UNLISTED, PHRASE_ENDERS, POSSESSIVES, POSSESSIVE_SUBJECT, PRONOUN_WORDS, QUANTIFIERS, QUESTION_OPENERS, RECENT_TIME_LEADS, RELATION_PREPOSITIONS, RELATIVES_WHOSE, ROLE_PREMODIFIERS, SENDING_VERBS, SENTENCE_ADVERBS, SETTING_MEDIA_STARTS, SETTING_OPENERS, SETTING_WORDS, SET_PREPOSITIONS, SHARE_WORDS, SHORT_DURATION_OPENERS, SHOWING_VERBS, SOON_LINKS, SOON_WORDS, SPAN_NOUNS, SPEND_FORMS, SUBJECT_PRONOUNS_NO_YOU, TIME_CONJUNCTIONS, TIME_WORDS, TITLES, TODAY_YESTERDAY, TOPIC_PREPOSITIONS, WHEN_ADVERBS, WH_WORDS } from './tables/words';
import { isVerbOnly, nameLexicon } from './lexicon';
import { endsPossessive, hasClass, isCapitalisedIng, isCapitalized, isDottedCapitals, isLowerEdForm, isLowerHyphenWord, isLyAdverb, isTwoToFourCapitals, lowerAt, startsWithDigit, textAt, type Token, wordClass } from './text';

export interface TokenRange {
  from: number;
  to: number; // inclusive
}

/** The tokens `from` … `to`, both included. */
export function tokenRange(from: number, to: number): TokenRange {
  return { from, to };
}

/**
 * The attribution patterns, by name. The name travels with the clause and with every quote it attributes, so a miss
 * or a false hit can be traced to the rule that made it (`npm run eval -- --verbose`).
 */
export const CLAUSE_RULES = {
  'subject-verb': 'X said / X, on Monday, told Reuters',
  'inverted': '“…,” said X / …, says X',
  'appositive': 'X, the mayor, said / a spokeswoman, Kym Lino, said',
  'relative-who': 'X, who said …',
  'subject-parenthetical': 'X, who worked for Obama in 2008 and on into the general election, said / X — a teacher — says',
  'according-to': 'according to X',
  'as-reported-by': 'as reported by X / as first noted by X (read like "according to X")',
  'headline-colon': 'Sanders: Brexit could help Trump (a headline or a transcript line: a name, a colon, its claim)',
  'participle': '…, saying / …, adding that / by saying (the sentence subject speaks)',
  'noun-participle': 'a statement saying … / 52 percent saying …',
  'coordinated': 'X condemned the attack and said …',
  'bare-cue': '“…,” said. (no speaker in reach: discourse decides)',
  'noun-complement': "Trump's claim that … / her promise to … / his call for …",
  'unnamed-asker': 'When asked whether … / She was asked if … (the asker is not named)',
  'asked-by': 'When asked by X whether … (X asks)',
  'purpose-infinitive': 'X used the speech to call for … / took to Twitter to say … / was quick to point out …',
  'passive-by': 'CONTENT was (first) reported by X / was revealed by X (X after "by" speaks)',
  'object-control': 'The scandal led X to say … / allowed X to claim … (the one a verb moves to speak)',
} as const;

export type ClauseRule = keyof typeof CLAUSE_RULES;

export interface Clause {
  /** The named pattern that found this clause. */
  foundBy: ClauseRule;
  /** Index of the cue token ("said"; "according" for "according to"). */
  cueAt: number;
  cueVerb: CueVerb;
  /** The cue's lemma ("say", "according to"). */
  cueLemma: string;
  /** Cue as written, with its object when it has one: "told Reuters". */
  cueFrom: number;
  cueTo: number;
  /** The speaking noun phrase, or null when the cue has none in reach (participles, passives). */
  speakerRange: TokenRange | null;
  /** Where the speaker sits relative to the cue. */
  side: 'before' | 'after' | 'according' | 'participle';
  /** Whole clause extent (speaker + cue + object + trailing adverbials). */
  from: number;
  to: number;
  /** An appositive after the speaker ("X, the mayor, said"; "a spokeswoman, Kym Lino, said"). */
  appositive: TokenRange | null;
  /** For "who said": the subject is the noun phrase before ", who". */
  relative: boolean;
}

const PUNCT_BOUNDARY = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '‘', '’', "'", '«', '»', '—', '–', '-', '.', '?', '!', '…']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'from', 'by', 'with', 'of', 'after', 'during', 'like', 'near', 'inside', 'outside', 'across']);
/** Prepositions that open a sentence's adverbial ("Beyond the footage, the affidavit said"). */
const OPENING_PREPOSITIONS = new Set([...PREPOSITIONS, 'beyond', 'before', 'despite', 'amid', 'under', 'over', 'since', 'unlike', 'besides', 'throughout', 'within', 'without', 'among', 'against', 'following', 'through', 'toward', 'towards', 'upon', 'behind', 'alongside',
  // Subordinators open a clause that is no subject either: "Once he was president, Mr. Obama made …, announcing".
  'once', 'when', 'where', 'while', 'if', 'although', 'though', 'because', 'until', 'whereas']);

/** A subject that is the writer's "you", the reader addressed ("You have a right to … and make clear that …"): advice
 *  or a supposition, which reports no one. */
function readerAddressed(tokens: readonly Token[], subject: TokenRange): boolean {
  return subject.from === subject.to && tokens[subject.from].lower === 'you';
}

/** A cue at `i` after a modal of obligation, maybe past an adverb: "should make it clear", "must also say", "ought to
 *  say" (not "must have said", which supposes it was said). */
export function obligedAt(tokens: readonly Token[], i: number): boolean {
  const k = /^(also|now|still|first)$|ly$/u.test(lowerAt(tokens, i - 1)) ? i - 2 : i - 1;
  return OBLIGATION_MODALS.has(lowerAt(tokens, k)) || lowerAt(tokens, k) === 'to' && lowerAt(tokens, k - 1) === 'ought';
}

/** A clause whose cue is token `i` and runs to `cueTo`: by default one that opens with its cue ("…, saying", "and
 *  said", "to say"), its speaker found elsewhere in the sentence, with no appositive. */
function cueClause(rule: ClauseRule, i: number, verb: CueVerb, cueTo: number, speaker: TokenRange | null, side: Clause['side'] = 'participle', from = i, to = cueTo, relative = false): Clause {
  return { foundBy: rule, cueAt: i, cueVerb: verb, cueLemma: verb.lemma, cueFrom: i, cueTo, speakerRange: speaker, side, from, to, appositive: null, relative };
}

function isWordTok(t: Token | undefined): t is Token {
  return t !== undefined && t.word;
}

/** A dot that belongs to an abbreviation or initial inside a name ("Mr. McHugh", "W."). */
function isInnerDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // ("F.B.I.", "A.F.L.-C.I.O.": initials of any length. "R-N.Y.", "D-Calif.": a party and a state's abbreviation.)
  return t.surface === '.' && prev !== undefined && prev.charEnd === t.charStart && (prev.surface.length <= 4 && isCapitalized(prev.surface) || isDottedCapitals(prev.surface) || isPartyAndState(prev.surface));
}

/** A lawmaker's party and state as US news sets them after the name: "R-N.Y", "D-Calif", "I-Vt" (its dot apart). */
function isPartyAndState(word: string): boolean {
  return /^\p{Lu}-\p{Lu}[\p{L}.]*$/u.test(word);
}

/** A name's or a company's suffix and its dot ("Jr.", "Inc."), where a phrase before a comma ends. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd']);
function endsInSuffixDot(tokens: readonly Token[], i: number): boolean {
  return isInnerDot(tokens, i) && NAME_SUFFIXES.has(tokens[i - 1].surface) && i - 2 >= 0 && tokens[i - 2].word;
}

/**
 * A short phrase for people that opens its clause and ends at `end`: "The mayor" (and the police chief …), "Two
 * senior aides", "Residents" — a determiner (or a plural head alone), at most two words and a head that names people.
 */
function openingPeoplePhrase(tokens: readonly Token[], end: number, floor: number): boolean {
  const head = tokens[end];
  if (!head?.word || !(ANON_HEAD_WORDS.has(head.lower) || TITLES.has(head.lower) || isPeoplePlural(head.lower))) return false;
  const opens = (k: number): boolean => k === floor || !tokens[k - 1].word || AND_BUT_SO_YET_THEN.has(tokens[k - 1].lower);
  // ("Residents and the mayor said": a plural head with no determiner may open the clause itself.)
  if (isPeoplePlural(head.lower) && opens(end)) return true;
  for (let k = end - 1; k >= floor && end - k <= 3; k--) {
    if (!tokens[k].word) return false;
    if (DETERMINERS.has(tokens[k].lower)) return opens(k);
  }
  return false;
}

/** Whether the word before "and" can end a speaker of its own: a name, or a noun for people or an institution. */
function joinsSpeakers(left: Token | undefined): boolean {
  if (!left?.word) return false;
  return isCapitalized(left.surface) || ANON_HEAD_WORDS.has(left.lower) || isPeoplePlural(left.lower) || ORG_HEADS.has(left.lower) || nameLexicon().actors.has(left.lower);
}

/**
 * Whether a phrase walk may take token `j` after `count` words: up to `limit` words, and six more while `j` and the
 * token it joins (`neighbour`) are both capitalised, so the limit never cuts a name in two.
 */
/** A capitalised word that can be a verb's subject: a name, not a pronoun, a determiner or a head such as "People". */
function namedSubjectAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.word && isCapitalized(t.surface) && !PRONOUN_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !QUANTIFIERS.has(t.lower) && !ANON_HEAD_WORDS.has(t.lower) && !isPeoplePlural(t.lower);
}

function withinPhraseLimit(tokens: readonly Token[], j: number, neighbour: number, count: number, limit: number): boolean {
  return count < limit || (count < limit + 6 && isCapitalized(tokens[j].surface) && isCapitalized(textAt(tokens, neighbour)));
}

/** Prepositions that open a setting ("in a later interview", "during the hearing"), and the heads of such settings. */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at', 'on', 'over']);
const SETTING_HEADS: ReadonlySet<string> = new Set(['past', 'interview', 'interviews', 'statement', 'call', 'conference', 'briefing', 'hearing', 'speech', 'appearance', 'testimony', 'podcast', 'broadcast']);

/**
 * A past form a few words before `end`, with nothing but words (and the commas of a number, "40,000") between: the
 * verb of a first verb phrase. Not an adjective after its determiner: "the affected residents and outraged customers".
 */
function verbBefore(tokens: readonly Token[], end: number, floor: number): boolean {
  const inNumber = (k: number): boolean => tokens[k].surface === ',' && /\d$/u.test(textAt(tokens, k - 1)) && startsWithDigit(textAt(tokens, k + 1));
  for (let k = end; k >= floor && end - k < 8 && (tokens[k].word || inNumber(k)); k--) {
    if (k < end && (isVerbOnly(tokens[k].lower) || /^[a-z]{3,}ed$/u.test(tokens[k].surface)) && !DETERMINERS.has(lowerAt(tokens, k - 1))) return true;
  }
  return false;
}

/** Bodies sent to a place or meeting, whose "to" stays in the phrase: "China's delegation to the forum said". */
const SENT_TO_HEADS = new Set(['delegation', 'delegations', 'mission', 'envoy', 'envoys', 'representative', 'representatives']);

/** Walk left from `end` over a subject noun phrase; stops at punctuation, clause words and sentence start. */
export function phraseBefore(tokens: readonly Token[], last: number, floor: number): TokenRange | null {
  // (A name may end in a suffix's dot, "Donald Trump Jr., who said …": the phrase ends at the suffix. Not a state's
  // initials: "Gowdy, R-S.C., fired …".)
  const end = last > floor && endsInSuffixDot(tokens, last) ? last - 1 : last;
  let j = end;
  if (j < floor) return null;
  const first = tokens[j];
  if (!isWordTok(first)) return null;
  if (PRONOUN_WORDS.has(first.lower)) return tokenRange(j, j);
  let from = -1;
  let count = 0;
  /** The last "and" the walk went over, joining two speakers. */
  let joinedAt = -1;
  // Ten words at most, but a name that the limit would cut keeps its start: "Dr. Ann Ode of the Michigan Department
  // of Health and Human Services says" (cut there, the speaker had become the department).
  while (j >= floor && withinPhraseLimit(tokens, j, j + 1, count, 10)) {
    const t = tokens[j];
    if (!t.word) {
      if (isInnerDot(tokens, j) || t.surface === '&') { j--; continue; }
      break;
    }
    // "to" ends the phrase, except after "close" or a role noun ("an aide to the senator", "adviser to the mayor").
    // "those surveyed say", "Those over 60 say": the demonstrative is the head of the group.
    if (t.lower === 'those' && from !== -1 && from - j <= 3) {
      from = j;
      // "families of those affected": the group runs on before "of those".
      if (tokens[j - 1]?.lower === 'of' && j - 1 > floor) { j--; count++; continue; }
      break;
    }
    if (from !== -1 && tokens[j - 1]?.lower === 'those' && RELATION_PREPOSITIONS.has(t.lower) && j - 1 >= floor) { from = j - 1; break; }
    // (A capital after an opening bracket opens a sentence too: "(As BuzzFeed News reported, …)".)
    if (NP_STOP.has(t.lower) && !(isCapitalized(t.surface) && j > floor && tokens[j - 1].surface !== '(') && !(t.lower === 'to' && (/^(close|speaking|talking)$/u.test(lowerAt(tokens, j - 1)) || ANON_HEAD_WORDS.has(lowerAt(tokens, j - 1)) || TITLES.has(lowerAt(tokens, j - 1)) || SENT_TO_HEADS.has(lowerAt(tokens, j - 1)) || DOCUMENT_HEADS.has(lowerAt(tokens, j - 1))))) break;
    // (A capitalised pronoun after "the" is a word of a name: "The We Company said", "the Who announced".)
    if (PRONOUN_WORDS.has(t.lower) && from !== -1 && !(isCapitalized(t.surface) && isCapitalized(tokens[from].surface) && lowerAt(tokens, j - 1) === 'the')) break;
    // "... otherwise fine and the military said": a determiner after "and" starts the subject.
    // ("Paganini and his team said": a name joined to its own people runs on, and classifySpeaker keeps the name.)
    // ("The mayor and the police chief said": a short phrase for people that opens the clause joins the subject.)
    if (t.lower === 'and' && from !== -1 && DETERMINERS.has(tokens[from].lower) && !(POSSESSIVES.has(tokens[from].lower) && isCapitalized(textAt(tokens, j - 1))) && !openingPeoplePhrase(tokens, j - 1, floor)) break;
    // Two speakers are joined by "and" ("Democrats and Republicans", "farmers and ranchers"); "has left brush
    // bone-dry and forecasts called for …" joins a clause to a new subject.
    // ("affected 2.5 million people and outraged local officials who …": a past form after "and" is a second verb, and
    // the speaker's phrase starts after it.)
    if (t.lower === 'and' && from === j + 1 && /^[a-z]{3,}ed$/u.test(tokens[from].surface) && verbBefore(tokens, j - 1, floor)) { from++; break; }
    if (t.lower === 'and' && from !== -1 && !joinsSpeakers(tokens[j - 1])) break;
    if (t.lower === 'and' && from !== -1) joinedAt = j;
    if (CUE_BY_FORM.has(t.lower) && !isCapitalized(t.surface) && from !== -1 && !DETERMINERS.has(t.lower)) break;
    // ("President Obama passionately rebuked critics who say …": a past form after a manner adverb after its subject is
    // a verb, and the phrase starts after it — not "the newly elected mayor".)
    // ("Ana Ruiz met voters who said …": nor after a name.)
    // (Not a participle after its noun, "People briefed on …", "a letter from the Legion obtained by …", "Some miffed
    // voters", nor a verb after a pronoun.)
    if (from !== -1 && !isCapitalized(t.surface) && isVerbOnly(t.lower) && j - 1 > floor && lowerAt(tokens, j + 1) !== 'by' && namedSubjectAt(tokens, j - 1)) break;
    if (from !== -1 && isLowerEdForm(t.surface) && j - 2 >= floor && isLyAdverb(tokens[j - 1].surface) && tokens[j - 2].word && !DETERMINERS.has(tokens[j - 2].lower) && !PREPOSITIONS.has(tokens[j - 2].lower)) break;
    from = j;
    count++;
    j--;
  }
  if (from === -1) return null;
  // ("… will not attend the convention and others have said …": a phrase that opens with a plain lower-case word, no
  // noun or adjective, before a determiner is a verb and its object; the subject is what follows "and".)
  if (joinedAt > from + 1 && DETERMINERS.has(tokens[from + 1].lower) && /^[a-z]+$/u.test(tokens[from].surface) && !DETERMINERS.has(tokens[from].lower) && !nameLexicon().nouns.has(tokens[from].lower) && !nameLexicon().adjectives.has(tokens[from].lower)) from = joinedAt + 1;
  // A determiner the word limit cut off still opens the phrase: "a March 2019 study by the Centre for Economic Policy
  // Research, a think tank, concluded" (without its "a", the subject no longer opened its clause).
  if (j === from - 1 && j >= floor && count >= 10 && DETERMINERS_FEW.has(tokens[j].lower) && (j === floor || !tokens[j - 1].word)) from = j;
  // Drop a leading prepositional phrase at sentence start ("In 2015 the Lancet Commission") and leading conjunctions.
  let f = from;
  // A number stays when it counts people ("47 percent", "6 in 10 voters").
  while (f < end && (PREPOSITIONS.has(tokens[f].lower) || tokens[f].lower === 'and' || startsWithDigit(tokens[f].surface) && !/^(percent|%|in|of|out)$/u.test(lowerAt(tokens, f + 1)))) {
    if (PREPOSITIONS.has(tokens[f].lower)) {
      // Skip to the next determiner or capitalised word.
      let k = f + 1;
      while (k < end && !DETERMINERS.has(tokens[k].lower) && !isCapitalized(tokens[k].surface)) k++;
      if (k >= end && !isCapitalized(tokens[end].surface) && !DETERMINERS.has(tokens[end].lower)) return tokenRange(end, end);
      f = k;
    } else f++;
  }
  return tokenRange(f, end);
}

/**
 * The name set off between commas after a description that opens the sentence and carries its own relative clause
 * ("The company that runs the awards, Dick Clark Productions, …", "The judge who heard the case, Ann Ode, …"): the
 * description is a determiner, a noun or two and "that"/"who", and the name is two or more capitalised words.
 */
function describedName(tokens: readonly Token[], floor: number, comma: number, close: number): TokenRange | null {
  if (!DETERMINERS_FEW.has(tokens[floor].lower) || close - comma < 3) return null;
  for (let k = comma + 1; k < close; k++) if (!(tokens[k].word && isCapitalized(tokens[k].surface) || isInnerDot(tokens, k))) return null;
  let relative = -1;
  for (let k = floor + 1; k < comma; k++) {
    if (!tokens[k].word) return null;
    if (relative === -1 && /^(?:that|who)$/u.test(tokens[k].lower)) {
      if (k - floor > 3 || NP_STOP.has(tokens[k - 1].lower)) return null;
      relative = k;
    }
  }
  return relative === -1 ? null : tokenRange(comma + 1, close - 1);
}

/**
 * The subject of a cue when a relative clause stands between them: "[executives] who have worked with Lachlan Murdoch
 * say". The noun before "who" heads it; the clause runs up to the cue without a comma.
 */
function relativeSubject(tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  for (let w = end - 1; w > floor && end - w <= 14; w--) {
    const t = tokens[w];
    if (!t.word) return null;
    if (t.lower !== 'who') continue;
    const noun = tokens[w - 1];
    if (!noun?.word || NP_STOP.has(noun.lower)) return null;
    // A capital only where the sentence opens ("Officials who spoke to reporters said", "The judge who heard the case
    // said"): elsewhere it is a name, whose "who" clause has commas.
    const opens = w - 1 === floor || w - 2 === floor && DETERMINERS_FEW.has(tokens[floor].lower);
    if (isCapitalized(noun.surface) && !opens) return null;
    if (!/s$/u.test(noun.lower) && !personNoun(noun.lower)) return null;
    const head = phraseBefore(tokens, w - 1, floor);
    if (!head) return null;
    // "some who advocate free speech argue": a bare quantifier keeps its clause, which says who they are.
    return tokenRange(head.from, head.from === w - 1 && QUANTIFIERS.has(noun.lower) ? end : w - 1);
  }
  return null;
}

/**
 * The subject without the setting written between it and its cue: "[Clinton] on Monday said", "[Obama] in an
 * interview said", "[Jane Smith] at a rally in Ohio said" — but "Officials in Kyiv", "Analysts at Goldman Sachs" stay
 * whole (a place or a firm is no setting).
 */
function withoutSetting(tokens: readonly Token[], phrase: TokenRange, cue: number): TokenRange {
  for (let k = phrase.from + 1; k <= phrase.to; k++) {
    // "Some consumers who sought help on launch day": a relative clause holds its own setting.
    if (RELATIVES_WHOSE.has(tokens[k].lower)) return phrase;
    if (!SETTING_OPENERS.has(tokens[k].lower) || isCapitalized(tokens[k].surface)) continue;
    const before = tokens[k - 1];
    if (!before.word || DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower)) return phrase;
    // Up to the cue: the adverb walk may have left "Monday" out of the phrase ("Hillary Clinton on | Monday said").
    for (let m = k + 1; m < cue; m++) {
      const w = tokens[m];
      if (SETTING_WORDS.has(w.lower) || /^(1[89]|20)\d\d$/u.test(w.surface)) return tokenRange(phrase.from, k - 1);
    }
    return phrase;
  }
  return phrase;
}

/** Walk right from `start` over a noun phrase ("said Patrick McHugh", "according to people familiar with the matter"). */
export function phraseAfter(tokens: readonly Token[], start: number, ceil: number, allowPreps: boolean): TokenRange | null {
  let j = start;
  if (j > ceil || !isWordTok(tokens[j])) return null;
  if (PRONOUN_WORDS.has(tokens[j].lower)) return tokenRange(j, j);
  let to = -1;
  let count = 0;
  // (As before a cue, a name the limit would cut runs to its end: "… at Cornell University in New York".)
  while (j <= ceil && withinPhraseLimit(tokens, j, j - 1, count, 12)) {
    const t = tokens[j];
    if (!t.word) {
      if (isInnerDot(tokens, j) || t.surface === '&') { j++; continue; }
      break;
    }
    // ("said one of the officials": a count and "of" open the phrase, the group after them is its head.)
    if (t.lower === 'of' && to === start && COUNT_WORDS.has(tokens[to].lower)) { j += /^th(?:ose|ese)$/u.test(lowerAt(tokens, j + 1)) ? 2 : 1; continue; }
    if (NP_STOP.has(t.lower) && t.lower !== 'who' && !isCapitalized(t.surface) && !(t.lower === 'to' && NEAR_ADJECTIVES.has(lowerAt(tokens, j - 1)))) break;
    if (t.lower === 'who' && t.surface !== 'WHO' && !allowPreps) break;
    if (PREPOSITIONS.has(t.lower) && !allowPreps && to !== -1) {
      // "said a report from Kotak Institutional Equities": a document's author continues the phrase;
      // "said Smith of the company" stops at the preposition.
      const authorFollows = /^(from|by|of)$/u.test(t.lower) && DOCUMENT_HEADS.has(tokens[to].lower) && tokens[j + 1] && isCapitalized(tokens[j + 1].surface);
      if (!authorFollows) break;
      j++;
      while (j <= ceil && tokens[j].word && isCapitalized(tokens[j].surface)) { to = j; j++; }
      break;
    }
    // "said Smith on Monday" ends at the time phrase; "officials briefed on the talks" goes on.
    if (to !== -1 && TIME_WORDS.has(t.lower) && !isCapitalized(t.surface) && (!PREPOSITIONS.has(t.lower) || !allowPreps || TIME_WORDS.has(lowerAt(tokens, j + 1)) || startsWithDigit(textAt(tokens, j + 1)))) break;
    if (DAY.has(t.lower) || TODAY_YESTERDAY.has(t.lower)) break;
    // "said Smith reports" ends at the cue; "according to a pool report" names a document.
    if (CUE_BY_FORM.has(t.lower) && to !== -1 && !DETERMINERS.has(tokens[to].lower) && !(allowPreps && DOCUMENT_HEADS.has(t.lower))) break;
    to = j;
    count++;
    j++;
  }
  // "Cruz's campaign on Monday": a phrase never ends in a preposition or a function word.
  while (to > start && tokens[to].word && PHRASE_ENDERS.has(tokens[to].lower)) to--;
  if (to === -1) return null;
  return { from: start, to };
}

/** The object of "told": "Reuters", "reporters", "the BBC", "CNBC's Trading Nation", "him". */
/** "told friends and family that", "told voters and Twitter followers that": a listener may be two. */
function secondListener(tokens: readonly Token[], end: number, ceil: number): number {
  if (!/^(?:and|or)$/u.test(lowerAt(tokens, end + 1))) return end;
  for (let k = end + 2; k <= Math.min(ceil, end + 4) && isWordTok(tokens[k]); k++) if (AUDIENCE_WORDS.has(tokens[k].lower) || ANON_HEAD_WORDS.has(tokens[k].lower)) return k;
  return end;
}

/** Groups of listeners before "of": "a crowd of supporters", "a group of reporters", "members of the board". */
const LISTENER_GROUPS = new Set('crowd group audience gathering roomful room meeting panel committee delegation number couple dozen dozens hundreds thousands handful members each none any'.split(/\s+/u));

/** A lower-case word for people as listeners: "reporters", "supporters", "aides". */
function isPeopleWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && !isCapitalized(t.surface) && (AUDIENCE_WORDS.has(t.lower) && !OBJECT_PRONOUNS.has(t.lower) || t.lower.endsWith('s') && ANON_HEAD_WORDS.has(t.lower));
}

function objectAfter(tokens: readonly Token[], start: number, ceil: number): number {
  const t = tokens[start];
  if (!isWordTok(t) || start > ceil) return start - 1;
  // "told police that", "told investigators the car …": a bare plural for people is the listener; the verb takes its
  // listener before what it reports.
  // ("told her aides that": "her" before people is their owner, not the listener.)
  const owner = t.lower === 'her' && isPeopleWord(tokens[start + 1]);
  if (!owner && (AUDIENCE_WORDS.has(t.lower) || t.lower.endsWith('s') && ANON_HEAD_WORDS.has(t.lower) && !isCapitalized(t.surface))) {
    // ("told members of the AFL-CIO executive council that": the body they belong to is part of the listener, before
    // "that"; "reminded voters of the state's record" tells of a thing.)
    if (tokens[start + 1]?.lower === 'of' && ARTICLES_POSSESSIVES.has(lowerAt(tokens, start + 2))) {
      let body = objectAfter(tokens, start + 2, ceil);
      // (Its lower-case head too, when "that" follows: "the AFL-CIO executive council that …".)
      let k = body + 1;
      while (k <= ceil && k - body <= 3 && isWordTok(tokens[k]) && !isCapitalized(tokens[k].surface) && tokens[k].lower !== 'that') k++;
      if (k > body + 1 && tokens[k]?.lower === 'that') body = k - 1;
      if (body > start + 2 && tokens[body + 1]?.lower === 'that') return body;
    }
    return secondListener(tokens, start, ceil);
  }
  let j = start;
  if (DETERMINERS.has(t.lower) || QUANTIFIERS.has(t.lower) && tokens[start + 1]?.lower === 'of') j++;
  let last = -1;
  while (j <= ceil && tokens[j].word && j - start < 8) {
    const w = tokens[j];
    if (w.lower === 'that' || TIME_WORDS.has(w.lower) && !isCapitalized(w.surface) || SUBJECT_PRONOUNS_NO_YOU.has(w.lower)) break;
    // A channel's number is part of its name ("Fox 35").
    if (/^\d+$/u.test(w.surface) && last >= 0 && isCapitalized(tokens[last].surface)) { last = j; j++; continue; }
    // Lower-case words are part of the object only right after a determiner ("the newspaper", "a news conference"),
    // or as the role between a listener's outlet and name ("told Fox News anchor Megyn Kelly that").
    const roleBeforeName = last >= 0 && isCapitalized(tokens[last].surface) && isCapitalized(textAt(tokens, j + 1)) && tokens[j + 1].word &&
      (TITLES.has(w.lower) || ANON_HEAD_WORDS.has(w.lower) || nameLexicon().actors.has(w.lower));
    // "told a crowd of supporters that", "told some of his friends", "told The Star-Ledger of Newark": the object of
    // "of" is part of the listener.
    // (Only after a group or a number, or inside a name: "told the story of a man who …", "reminded Americans of his
    // policy" tell of a thing.)
    const before = tokens[j - 1];
    const groupOf = before !== undefined && (LISTENER_GROUPS.has(before.lower) || QUANTIFIERS.has(before.lower) || ONE_TO_NINE.has(before.lower) ||
      isCapitalized(before.surface) && isCapitalized(textAt(tokens, j + 1)) && !/['’]s?$/u.test(tokens[j + 1].surface) && !/s$/u.test(before.surface));
    if (w.lower === 'of' && groupOf && (j > start || QUANTIFIERS.has(t.lower))) {
      // ("a crowd of tearful female supporters": lower-case modifiers before the people.)
      let p = j + 1;
      while (p <= ceil && p < j + 4 && isWordTok(tokens[p]) && !isCapitalized(tokens[p].surface) && !isPeopleWord(tokens[p]) && !DETERMINERS.has(tokens[p].lower) && tokens[p].lower !== 'that') p++;
      if (p > j + 1 && isPeopleWord(tokens[p])) return p;
      const end = objectAfter(tokens, j + 1, ceil);
      if (end > j) return end;
      break;
    }
    // A second determiner opens what was told ("told the newspaper the plan was dead"); "to" or another preposition
    // ends the listener ("told his players to rest", "told the paper in an interview").
    if (j > start && (DETERMINERS.has(w.lower) || w.lower === 'to' || PREPOSITIONS.has(w.lower)) && !isCapitalized(w.surface)) break;
    // ("told Reuters reporters that", "told Fox News viewers": the outlet's audience ends the listener.)
    if (last >= 0 && isCapitalized(tokens[last].surface) && !isCapitalized(w.surface) && (AUDIENCE_WORDS.has(w.lower) || w.lower.endsWith('s') && ANON_HEAD_WORDS.has(w.lower))) { last = j; break; }
    if (!isCapitalized(w.surface) && !roleBeforeName && (!DETERMINERS.has(t.lower) || j - start > 2)) break;
    last = j;
    j++;
  }
  return last === -1 ? start - 1 : last;
}

/** Words in -ly that are not manner adverbs. */
const NOT_MANNER_ADVERBS = new Set('family rally supply reply assembly anomaly monopoly homily butterfly likely unlikely early only daily weekly monthly yearly quarterly hourly nightly elderly friendly lonely costly deadly orderly lovely lively unruly timely holy ugly bully jelly belly folly lily italy july scholarly manly womanly worldly kindly sickly homely'.split(/\s+/u));

/** The determiners of a cue noun's content ("a claim that", "no mention of") and of a call ("growing calls for"). */
const CLAIM_DETERMINERS = new Set(`a an the these those such no any`.split(/\s+/u));
const CALL_DETERMINERS = new Set(`a an the these those such no any few many more growing renewed repeated`.split(/\s+/u));

const DAY = new Set(`monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/u));

/** Whether `word` starts with one of `starts` ("statements", "newspaper" start with "statement", "news"). */
function startsWithOneOf(word: string, starts: ReadonlySet<string>): boolean {
  for (const start of starts) if (word.startsWith(start)) return true;
  return false;
}

/** Skip adverbials after a cue: "on Saturday", "earlier Saturday", "in a statement", "in an interview", "last week". */
export function skipAdverbials(tokens: readonly Token[], start: number, ceil: number): number {
  let j = start;
  for (let guard = 0; guard < 8 && j <= ceil; guard++) {
    const t = tokens[j];
    if (!t.word) break;
    const two = lowerAt(tokens, j + 1);
    const three = lowerAt(tokens, j + 2);
    if (t.lower === 'in' && ARTICLES_POSSESSIVES.has(two) &&
        startsWithOneOf(three, SETTING_MEDIA_STARTS)) {
      j += 3;
      while (j <= ceil && tokens[j].word && ANNOUNCEMENT_NOUNS.has(tokens[j].lower)) j++;
      // "in an interview with The New York Times", "in a letter to reporters": its partner, a name or "reporters".
      if (j < ceil && /^(with|to)$/u.test(tokens[j].lower)) {
        let k = j + 1;
        if (tokens[k]?.lower === 'the') k++;
        const from = k;
        while (k <= ceil && k - from < 5 && tokens[k].word && isCapitalized(tokens[k].surface)) k++;
        if (k === from && FOLLOWERS.has(lowerAt(tokens, k))) k++;
        if (k > from) j = k;
      }
      continue;
    }
    // "for weeks", "for years": how long someone has been saying it.
    if (t.lower === 'for' && LONG_DURATIONS.has(two)) { j += 2; continue; }
    // "Thursday night", "Monday morning".
    if (DAY.has(t.lower) && PARTS_OF_DAY.has(two)) { j += 2; continue; }
    if (t.lower === 'on' && (DAY.has(two) || MEDIA_WORDS.has(two) || startsWithDigit(two))) { j += 2; continue; }
    // "said Oct. 26 that …", "Nov. 27, 2019": a date without "on", as agencies write it, with its year.
    if (isCapitalized(t.surface) && TIME_WORDS.has(t.lower) && startsWithDigit(two)) { j += three === ',' && /^(?:19|20)\d\d$/u.test(lowerAt(tokens, j + 3)) ? 4 : 2; continue; }
    // ("this week", "last night" — not "confirmed this in a statement", where "this" is the object.)
    // ("earlier this month", "late last year": a lead before the time phrase.)
    if (RECENT_TIME_LEADS.has(t.lower) && RECENT_TIME_LEADS.has(two) && TIME_WORDS.has(three) && !PREPOSITIONS.has(three)) { j += 3; continue; }
    if (RECENT_TIME_LEADS.has(t.lower) && TIME_WORDS.has(two) && !PREPOSITIONS.has(two)) { j += 2; continue; }
    // "in March", "in 2014", "in March 2014".
    if (t.lower === 'in' && (MONTH_NAMES.has(two) || /^(?:19|20)\d\d$/u.test(two))) { j += MONTH_NAMES.has(two) && /^(?:19|20)\d\d$/u.test(three) ? 3 : 2; continue; }
    // ("told delegates here Sunday that": where, then when.)
    if (DAY.has(t.lower) || WHEN_ADVERBS.has(t.lower) || t.lower === 'here') { j++; continue; }
    // A manner adverb: "said matter-of-factly", "said flatly" (not the nouns and adjectives in -ly: "said rally
    // organizers", "said likely voters").
    if (/^[a-z]+(?:-[a-z]+)*ly$/u.test(t.surface) && t.surface.length >= 6 && !NOT_MANNER_ADVERBS.has(t.lower)) { j++; continue; }
    if (/^(at|during)$/u.test(t.lower) && /^(a|the)$/u.test(two) && startsWithOneOf(three, EVENT_STARTS)) {
      j += 3;
      while (j <= ceil && tokens[j].word && EVENT_NOUNS.has(tokens[j].lower)) j++;
      continue;
    }
    break;
  }
  return j;
}

/** "A few days later,", "Two weeks ago,", "Minutes after the vote,": an opening phrase of time up to its comma. */
function timeChunk(tokens: readonly Token[], s: number, limit: number): boolean {
  let k = s;
  while (k < limit && k - s <= 6 && tokens[k].word) k++;
  if (k >= limit || tokens[k].surface !== ',' || k === s) return false;
  const last = tokens[k - 1].lower;
  return AGO_WORDS.has(last) || (k - s <= 4 && DURATION_OPENERS.has(tokens[s].lower) && tokens.slice(s, k).some((t) => /^(after|before)$/u.test(t.lower)));
}

const CALENDAR_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/**
 * Past a time phrase that opens a sentence without a comma — "On Sunday morning Mr. Trump made …", "Last week the
 * mayor said …", "Earlier this month Ana Ruiz wrote …" — when a name or a determiner follows it; else `s`.
 */
function afterBareTimeOpener(tokens: readonly Token[], s: number, limit: number): number {
  const w = (k: number): string => (k < limit && tokens[k].word ? tokens[k].lower : '');
  let k = s;
  if (w(k) === 'on' && DAY.has(w(k + 1))) k += 2;
  else if ((w(k) === 'last' || w(k) === 'this') && CALENDAR_UNITS.has(w(k + 1))) k += 2;
  else if ((w(k) === 'earlier' || w(k) === 'later') && (w(k + 1) === 'this' || w(k + 1) === 'that' || w(k + 1) === 'last') && CALENDAR_UNITS.has(w(k + 2))) k += 3;
  else return s;
  if (PARTS_OF_DAY.has(w(k))) k++;
  const next = tokens[k];
  return next?.word && (isCapitalized(next.surface) || DETERMINERS.has(next.lower)) ? k : s;
}

/** Whether the words from `floor` to the subordinator at `sub` open the sentence as a phrase of time: the subordinator
 *  alone ("After"), or a few lower-case words of time before it ("One month after", "In the six months since"). */
export function openingTimePhrase(tokens: readonly Token[], floor: number, sub: number): boolean {
  if (sub === floor) return true;
  if (sub - floor > 5 || !(OPENING_PREPOSITIONS.has(tokens[floor].lower) || SOON_WORDS.has(tokens[floor].lower) || /^(?:one|two|three|several|a|months|years)$/u.test(tokens[floor].lower))) return false;
  for (let k = floor + 1; k < sub; k++) if (!tokens[k].word || !/^[a-z\d]+$/u.test(tokens[k].surface) || FINITE_VERBS.has(tokens[k].lower)) return false;
  return true;
}

/** Where the cue of a participle at `i` ends: after its listener, for a verb that takes one ("telling reporters"). */
function participleEnd(tokens: readonly Token[], verb: CueVerb, i: number, particle: number, ceil: number): number {
  return verb.listener ? Math.max(i, objectAfter(tokens, i + 1, ceil)) : i + particle;
}

/** Words that open a sentence before its subject, and words that join the parts of a name (sentenceSubject). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set('but and so yet still meanwhile however'.split(/\s+/u));
const NAME_JOINERS: ReadonlySet<string> = new Set('of for and &'.split(/\s+/u));

/**
 * The subject noun phrase at the start of a sentence, over a leading adverbial ("In Washington, ...") and through an
 * appositive name ("The leader of Ennahda, Rachid Ghannouchi, condemned"). Used for cues whose subject is far away; `pronoun`: a pronoun
 * subject counts too (a speaker, not a name).
 */
export function sentenceSubject(tokens: readonly Token[], floor: number, limit: number, pronoun = false): TokenRange | null {
  let s = skipDatelineAt(tokens, floor, limit);
  // Skip a leading conjunction and an opening adverbial that ends in a comma ("In Washington, …", "On Tuesday, …").
  // ("And even Obama tried …, noting": a focus word before a name is no part of the subject.)
  while (s < limit && tokens[s].word && (OPENING_CONJUNCTIONS.has(tokens[s].lower) || FOCUS_WORDS.has(tokens[s].lower) && isCapitalized(textAt(tokens, s + 1)))) s++;
  s = afterBareTimeOpener(tokens, s, limit);
  // The adverbial may run over commas: "At a rally in Portland, Maine, on Thursday afternoon, Trump said" — each
  // further chunk is a place (a short capitalised run) or another prepositional or time phrase.
  // (Or a participle phrase, or a lone adverb: "Speaking in Salem, New Hampshire, Trump went after …", "Reached by
  // phone, Hammond, the committeeman, declined", "There, the district chairman declined".)
  // (And a purpose infinitive: "To win back the voters, the candidates must …". Not a point of view, "To Florida
  // consultant Wilson, the party line is silly": that person stays the one a later "he" means.)
  const infinitive = tokens[s]?.lower === 'to' && /^\p{Ll}/u.test(textAt(tokens, s + 1));
  // ("Soon after, …", "Hours later, …", "Shortly before the vote, …": a time before "after/before/later".)
  const soon = SOON_WORDS.has(lowerAt(tokens, s)) && SOON_LINKS.has(lowerAt(tokens, s + 1));
  if (tokens[s] && (OPENING_PREPOSITIONS.has(tokens[s].lower) || TIME_WORDS.has(tokens[s].lower) || timeChunk(tokens, s, limit) || openingParticiple(tokens, s) || infinitive || soon || ADVERBS_AFTER_COMMA.has(tokens[s].lower) && tokens[s + 1]?.surface === ',')) {
    const start = s;
    for (let chunk = 0; chunk < 4 && s < limit && s - start <= 20; chunk++) {
      let k = s;
      while (k < limit && tokens[k].surface !== ',') k++;
      if (k >= limit || k - s > (chunk ? 8 : 16)) break;
      s = k + 1;
      // (A comma inside the closing quotation mark of a title: "Following a performance of “Black Water,” Simmons …".)
      while (s < limit && !tokens[s].word && /^[”’"]$/u.test(tokens[s].surface)) s++;
      const next = tokens[s];
      let placeEnd = s;
      while (placeEnd < limit && tokens[placeEnd].word && isCapitalized(tokens[placeEnd].surface) && placeEnd - s < 3) placeEnd++;
      const place = placeEnd > s && tokens[placeEnd]?.surface === ',';
      if (!next || !(place || PREPOSITIONS.has(next.lower) || TIME_WORDS.has(next.lower))) break;
    }
  }
  // ("At the final debate, he only hinted …, adding": a pronoun is the subject too, when the caller asks for a speaker.)
  if (pronoun && s < limit && SUBJECT_PRONOUNS_NO_YOU.has(tokens[s].lower) && tokens[s + 1]?.word) return tokenRange(s, s);
  // The noun phrase: capitalised words and initials, determiners, "of/for/and" between names, and lower-case nouns
  // and adjectives ("White House press secretary Josh Earnest", "The former Republican presidential candidate") up
  // to the first verb.
  let e = s;
  let last = -1;
  while (e < limit && e - s < 14) {
    const t = tokens[e];
    if (!t.word) {
      if (isInnerDot(tokens, e) || t.surface === '&') { e++; continue; }
      break;
    }
    const lower = t.lower;
    // A capitalised cue form ends the subject only in a title-case headline ("Trump Says He Will Run"); in running text
    // it is part of a name ("The United States stepped up").
    const headlineVerb = e > s && CUE_BY_FORM.has(lower) && (e + 1 >= limit || !tokens[e + 1].word || isCapitalized(tokens[e + 1].surface));
    if (isCapitalized(t.surface) && !headlineVerb) { last = e; e++; continue; }
    if (DETERMINERS.has(lower) && (e === s || tokens[e - 1]?.lower === 'of')) { e++; continue; }
    if (NAME_JOINERS.has(lower) && last >= 0 && tokens[e + 1]?.word && (isCapitalized(tokens[e + 1].surface) || DETERMINERS.has(tokens[e + 1].lower))) { e++; continue; }
    // ("A campaign official later walked back …": a time adverb after the noun ends the subject.)
    // ("Rubio still believes", "Smith also said": an adverb right after a name ends it.)
    if (NP_STOP.has(lower) || CUE_BY_FORM.has(lower) || PRONOUN_WORDS.has(lower) || isVerbOnly(lower) || lower.endsWith('ly') && /^[a-z]+ly$/u.test(lower) || /^(?:later|earlier)$/u.test(lower) && e > s ||
      last === e - 1 && last >= s && isCapitalized(tokens[last].surface) && OPENING_ADVERBS.has(lower) && /^[a-z]+$/u.test(t.surface)) break;
    // After a name, a lower-case past form is the verb: "Mayor Joan Pike defended the budget", "Perez hammered Trump"
    // (one the lexicon also knows as an adjective only before a capitalised word: not "U.S. armed forces").
    if (last >= s && isCapitalized(tokens[last].surface) && isLowerEdForm(t.surface) && (!nameLexicon().adjectives.has(lower) || isCapitalized(textAt(tokens, e + 1)) || DETERMINERS.has(lowerAt(tokens, e + 1)))) break;
    // For a participle's or a coordinated cue's speaker, a verb before a preposition ends the subject too: "Smith
    // turned to the crowd and said", "The senator looks into the camera and swears". (Not for the name index, which
    // reads "… Smith turned …" in every sentence: there it made pronouns find other people.)
    // (An irregular past before a determiner too: "the mayor left the stage, claiming …".)
    if (pronoun && e > s && plainSubject(tokens, s, e) && (
      (OPENING_PREPOSITIONS.has(lowerAt(tokens, e + 1)) || MOTION_PREPOSITIONS.has(lowerAt(tokens, e + 1)) || lowerAt(tokens, e + 1) === 'to') && /^[a-z]{3,}(?:ed|s)$/u.test(t.surface) && !/(?:ss|us|is)$/u.test(lower) ||
      DETERMINERS.has(lowerAt(tokens, e + 1)) && (nameLexicon().irregularPast.has(lower) || PAST_FORMS_UNLISTED.has(lower)))) break;
    // (For a coordinated cue's speaker, a present form after a name before a determiner is the verb: "CITIC runs the
    // fund and says …", "Clinton supports the plan and argues …".)
    if (pronoun && last === e - 1 && last >= s && isCapitalized(tokens[last].surface) && /^[a-z]{2,}[^su]s$/u.test(t.surface) && DETERMINERS.has(lowerAt(tokens, e + 1))) break;
    // (An irregular one too, before a determiner, a preposition or a comma: "Clinton left the room", "Ruiz spoke at a
    // rally", not "the Democratic left wing".)
    if (last >= s && isCapitalized(tokens[last].surface) && (nameLexicon().irregularPast.has(lower) || PAST_FORMS_UNLISTED.has(lower)) && /^[a-z]+$/u.test(t.surface) &&
      (DETERMINERS.has(lowerAt(tokens, e + 1)) || PREPOSITIONS.has(lowerAt(tokens, e + 1)) || OBJECT_PRONOUNS.has(lowerAt(tokens, e + 1)) || tokens[e + 1]?.surface === ',')) break;
    // After a noun, too: "the affidavit cited …" (not "the newly elected mayor", "a retired general", "three armed men").
    const before = tokens[e - 1];
    // (An adjective form is the verb before a determiner: "The mayor used the briefing to …".)
    if (e > s && isLowerEdForm(t.surface) && before?.word && !isCapitalized(before.surface) && !DETERMINERS.has(before.lower) && !/ly$/u.test(before.lower) && !startsWithDigit(before.surface) && (!nameLexicon().adjectives.has(lower) || DETERMINERS.has(lowerAt(tokens, e + 1))) && !nameLexicon().adjectives.has(before.lower)) break;
    last = e;
    e++;
  }
  if (last < s) return null;
  e = last + 1;
  // "The leader of Ennahda, Rachid Ghannouchi, ...": prefer the appositive name.
  // (Not a party and state: "Sen. Mark Kirk, R-Ill., who …, rescinded".)
  if (tokens[e]?.surface === ',' && tokens[e + 1] && isCapitalized(tokens[e + 1].surface) && !isPartyAndState(tokens[e + 1].surface)) {
    let k = e + 1;
    while (k < limit && (tokens[k].word && isCapitalized(tokens[k].surface) || isInnerDot(tokens, k))) k++;
    if (tokens[k]?.surface === ',' && k - (e + 1) >= 2) return tokenRange(e + 1, k - 1);
  }
  return tokenRange(s, last);
}

/** Whether the words from `s` to before `e` are a plain subject: a name (capitalised words, no possessive) or a
 *  determiner and one or two lower-case nouns ("The senator", "the city council"), not "Sanders often questions
 *  Clinton's ties" or "That irritates Clinton supporters", whose last words are an object. */
function plainSubject(tokens: readonly Token[], s: number, e: number): boolean {
  if (tokens.slice(s, e).every((t) => t.word && isCapitalized(t.surface) && !/['’]s?$/u.test(t.surface))) return true;
  if (e - s < 2 || e - s > 3 || !ARTICLES_DEMONSTRATIVES.has(tokens[s].lower) || tokens[s].lower === 'that') return false;
  return tokens.slice(s + 1, e).every((t) => t.word && /^[a-z]+$/u.test(t.surface));
}

/** A capitalised -ing or -ed form that opens a participle phrase ("Speaking in Salem, …", "Alarmed by the unrest,
 *  …"): the phrase goes on in lower case, which a given name that ends so ("Ahmed Lind", "Murshed Zaheed") does not. */
function openingParticiple(tokens: readonly Token[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(tokens[i].surface) || !/^\p{Ll}/u.test(textAt(tokens, i + 1))) return false;
  // ("Boeing bid on the program, and confirmed …", "Fleming told …", "Beijing has …": a name, not a participle.)
  const lex = nameLexicon();
  const w = tokens[i].lower;
  return !lex.orgs.has(w) && !lex.familyNames.has(w) && !lex.places.has(w) && !lex.givenNames.has(w);
}

/** A word that is a web address: a dot and a top-level domain of two to four letters ("Trend.az", "Example.com"). */
const WEB_ADDRESS = /^[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.[A-Za-z]{2,4}$/u;

/** A wire dateline opening the sentence ("WASHINGTON —", "WASHINGTON (Reuters) -", "LONDON, March 3 —"): where the
 *  sentence proper starts after it. */
export function skipDatelineAt(tokens: readonly Token[], from: number, limit: number): number {
  // Most sentences do not open with a word in capitals: answer them at once.
  const first = tokens[from];
  if (!first?.word || first.surface.length < 2 || !isCapitalized(first.surface)) return from;
  // "Washington (AFP) –", "New York, NY –": a place in ordinary case, then its state or the agency in brackets, and a
  // dash. (A comma or a bracket must be in it: "Ana Lima – a teacher – said" is a parenthetical.)
  if (first.surface !== first.surface.toUpperCase()) {
    // "PanARMENIAN.Net - The …": a site's credit, a web address before the dash, opens copy taken from the wire.
    if (WEB_ADDRESS.test(first.surface) && isDash(tokens, from + 1) && isCapitalized(textAt(tokens, from + 2))) return from + 2;
    let dash = from + 1;
    let set = false;
    while (dash < limit && dash - from < 8 && (tokens[dash].word ? isCapitalized(tokens[dash].surface) : /^[(),.]$/u.test(tokens[dash].surface))) {
      // (The state is an abbreviation, "NY", "Calif.": "Still, Sanders – who …" is no dateline.)
      if (tokens[dash].surface === '(' || tokens[dash].surface === ',' && isTwoToFourCapitals(textAt(tokens, dash + 1)) || tokens[dash].surface === ',' && tokens[dash + 2]?.surface === '.') set = true;
      dash++;
    }
    if (!set || dash >= limit || !/^[-—–]$/u.test(tokens[dash].surface)) return from;
    while (dash < limit && /^[-—–]$/u.test(tokens[dash].surface)) dash++;
    return dash;
  }
  let i = from;
  while (i < limit && i - from < 12 && (tokens[i].word ? tokens[i].surface === tokens[i].surface.toUpperCase() && /\p{Lu}/u.test(tokens[i].surface) || /^\d+$/u.test(tokens[i].surface) || /^[A-Z][a-z]+\.?$/u.test(tokens[i].surface) && i > from : /^[(),.]$/u.test(tokens[i].surface))) i++;
  if (i > from && i < limit && /^[-—–]$/u.test(tokens[i].surface) && /\p{Lu}{2,}/u.test(tokens[from].surface)) {
    i++;
    while (i < limit && /^[-—–]$/u.test(tokens[i].surface)) i++;
    return i;
  }
  return from;
}

/** A dash that sets off a parenthetical: —, –, or a spaced hyphen or double hyphen. */
function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.word) return false;
  if (t.surface === '—' || t.surface === '–') return true;
  return t.surface === '-' && (tokens[i - 1]?.surface === '-' || tokens[i + 1]?.surface === '-' || (tokens[i - 1]?.charEnd ?? -1) < t.charStart);
}

/** Words that open a parenthetical after a subject: "X, who …", "X, a spokesman …", "X, 45, …", "X, citing …". */
function opensParenthetical(t: Token | undefined, tokens?: readonly Token[], at = -1): boolean {
  if (!t) return false;
  // "Matt Maley, equity strategist at Miller Tabak, says": a role noun, after a word or two that qualify it, before
  // the place the person works.
  if (tokens && at >= 0 && bareRole(tokens, at)) return true;
  if (!t.word) return t.surface === '(' || /^[“"‘'«]$/u.test(t.surface);
  return PARENTHETICAL_OPENERS.has(t.lower) ||
    isCapitalized(t.surface) || startsWithDigit(t.surface) || /^[a-z]+ing$/u.test(t.surface) || isLowerEdForm(t.surface) ||
    // "Matt Sinovic, executive director of …, has accused": an office without its article.
    ROLE_PREMODIFIERS.has(t.lower);
}

/** An office without its article, from `at`: one to three lower-case words ending in a role noun before "at", "of",
 *  "for", "with" or the aside's closing comma ("equity strategist at", "portfolio manager for", "senior analyst,"). */
function bareRole(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const t = tokens[k];
    if (!t?.word || !isLowerHyphenWord(t.surface)) return false;
    const next = tokens[k + 1];
    if (next && (next.surface === ',' || AT_OF_FOR_WITH.has(next.lower))) {
      const w = t.lower;
      return TITLES.has(w) || ANON_HEAD_WORDS.has(w) || nameLexicon().actors.has(w) || /(?:er|or|ist|ian)$/u.test(w) && w.length > 4 && !/(?:ing|ed)$/u.test(w);
    }
  }
  return false;
}

/**
 * "Dunwoody, who worked for Obama in 2008 and on into the general election, said …", "Jason Sims — a teacher from
 * Mount Pleasant — says …": the subject is a whole comma- or dash-delimited segment of the sentence (its first, or the
 * first after an opening adverbial), followed by a parenthetical of any length that runs up to the cue. `close` is the
 * comma or dash right before the cue.
 */
/**
 * A subject phrase that holds a relative clause speaks through the noun before it: "The official who briefed Ann Lee,
 * a senior aide, said" is the official's (the name inside the clause is its object). Cut at the relative pronoun, or
 * null when the phrase is cut inside the clause ("a staffer who Gowdy, R-S.C., fired": the name is that clause's
 * subject, its verb after the aside).
 */
function headBeforeRelative(tokens: readonly Token[], phrase: TokenRange): TokenRange | null {
  for (let r = phrase.from + 1; r < phrase.to; r++) {
    if (!/^(?:who|whom|that|which)$/u.test(tokens[r].lower)) continue;
    let nameOnly = true;
    for (let k = r + 1; k <= phrase.to && nameOnly; k++) nameOnly = tokens[k].word && isCapitalized(tokens[k].surface) || isInnerDot(tokens, k);
    return nameOnly ? null : tokenRange(phrase.from, r - 1);
  }
  return phrase;
}

function subjectBeforeParenthetical(tokens: readonly Token[], floor: number, close: number): { subject: TokenRange; parenthetical: TokenRange } | null {
  let segment = skipDatelineAt(tokens, floor, close);
  while (segment < close && (!tokens[segment].word || CONTRASTIVES.has(tokens[segment].lower))) segment++;
  for (let k = segment; k < close; k++) {
    const boundary = tokens[k].surface === ',' || isDash(tokens, k);
    if (!boundary) continue;
    // "Sen. Claire McCaskill (D-Mo.), who …, said": the subject may end in a bracketed aside.
    let end = k - 1;
    if (end > segment && tokens[end].surface === ')') {
      let open = end - 1;
      while (open > segment && tokens[open].surface !== '(' && end - open < 12) open--;
      if (tokens[open].surface === '(' && open - 1 >= segment && tokens[open - 1].word) end = open - 1;
    }
    if (k > segment && tokens[end].word) {
      const phrase = phraseBefore(tokens, end, segment);
      const subject = phrase && headBeforeRelative(tokens, phrase);
      // (Cut inside a relative clause, later segments are asides of that clause, not the cue's subject.)
      if (phrase && !subject) return null;
      const whole = subject && subject.from === segment;
      // An opening adverbial is no subject: "Speaking in Harlem, Clinton, without naming him, accused …".
      const adverbial = PREPOSITIONS.has(tokens[segment].lower) || isCapitalisedIng(tokens[segment].surface);
      const plausible = whole && !adverbial && (isCapitalized(tokens[subject.to].surface) || DETERMINERS.has(tokens[subject.from].lower) || PRONOUN_WORDS.has(tokens[subject.from].lower));
      let open = k + 1;
      while (open < close && isDash(tokens, open)) open++;
      if (plausible && opensParenthetical(tokens[open], tokens, open)) return { subject: subject!, parenthetical: tokenRange(open, close - 1) };
    }
    // The next segment may hold the subject ("Even if Clinton loses there, insiders in the next two states — … — said";
    // "“…,” Texas delegate Bill Eastland, wearing a cowboy hat, said" after a quotation's closing mark).
    segment = k + 1;
    while (segment < close && (isDash(tokens, segment) || (!tokens[segment].word && /^[”"’»]$/u.test(tokens[segment].surface)))) segment++;
  }
  return null;
}

/**
 * The last token of a setting between a cue noun at `i` and its "that" ("claim [in a recent Fox News interview] that"):
 * a prepositional phrase of up to eight words with no verb, comma or second "that"; else `i` itself.
 */
function settingBeforeThat(tokens: readonly Token[], i: number, ceil: number): number {
  if (!SETTING_PREPOSITIONS.has(lowerAt(tokens, i + 1))) return i;
  for (let j = i + 2; j <= Math.min(ceil, i + 10); j++) {
    const t = tokens[j];
    if (t.lower === 'that') return j - 1 > i + 1 ? j - 1 : i;
    if (!t.word && !isInnerDot(tokens, j)) return i;
    if (FINITE_VERBS.has(t.lower) || CUE_BY_FORM.has(t.lower) || isVerbOnly(t.lower)) return i;
  }
  return i;
}

/**
 * The plural possessor whose apostrophe is token `k` ("the senators’", "House Democrats’", "budget hawks’"): the noun
 * phrase before it, back to its determiner or over up to two lower-case modifiers; false when there is none.
 */
function pluralPossessor(tokens: readonly Token[], k: number, floor: number): TokenRange | false {
  const apostrophe = tokens[k];
  const noun = tokens[k - 1];
  if (apostrophe.word || !/^['’]$/u.test(apostrophe.surface) || !noun.word || noun.charEnd !== apostrophe.charStart || !/s$/u.test(noun.lower)) return false;
  let f = k - 1;
  if (isCapitalized(noun.surface)) f = capitalisedRunStart(tokens, k - 1, floor, 4);
  else {
    while (f - 1 >= floor && f - 1 >= k - 3 && tokens[f - 1].word && isLowerHyphenWord(tokens[f - 1].surface) && !DETERMINERS.has(tokens[f - 1].lower) &&
      !NP_STOP.has(tokens[f - 1].lower) && !PREPOSITIONS.has(tokens[f - 1].lower) && !CUE_BY_FORM.has(tokens[f - 1].lower) && !isVerbOnly(tokens[f - 1].lower) && !/ed$/u.test(tokens[f - 1].lower)) f--;
  }
  if (f - 1 >= floor && DETERMINERS.has(tokens[f - 1].lower)) f--;
  return tokenRange(f, k - 1);
}

/** A word that, before a verb, is its subject: an ordinary noun, a title or a noun for people, not an adjective ("new"). */
function isSubjectNoun(lower: string): boolean {
  const lex = nameLexicon();
  return (lex.nouns.has(lower) || lex.actors.has(lower) || TITLES.has(lower) || ANON_HEAD_WORDS.has(lower) || isPeoplePlural(lower)) && !lex.adjectives.has(lower);
}

/**
 * "claims by Donald Trump that …", "the assertion by the governor that …": a by-phrase between a cue noun and its
 * "that" names who made the claim — a name of up to four capitalised words, or a determiner and up to three plain
 * words. Its range, or null.
 */
function byAgentBeforeThat(tokens: readonly Token[], i: number, ceil: number): TokenRange | null {
  if (lowerAt(tokens, i + 1) !== 'by' || i + 3 > ceil) return null;
  const from = i + 2;
  let j = from;
  if (DETERMINERS.has(lowerAt(tokens, from))) {
    while (j + 1 <= Math.min(ceil, from + 3) && tokens[j + 1].word && isLowerHyphenWord(tokens[j + 1].surface) && tokens[j + 1].lower !== 'that' &&
      !PREPOSITIONS.has(tokens[j + 1].lower) && !FINITE_VERBS.has(tokens[j + 1].lower) && !CUE_BY_FORM.has(tokens[j + 1].lower)) j++;
    if (j === from) return null;
  } else {
    if (!tokens[from]?.word || !isCapitalized(tokens[from].surface)) return null;
    while (j + 1 <= Math.min(ceil, from + 4) && (tokens[j + 1].word && isCapitalized(tokens[j + 1].surface) || isInnerDot(tokens, j + 1))) j++;
  }
  return lowerAt(tokens, j + 1) === 'that' ? { from, to: j } : null;
}

/**
 * "Trump's claim that …", "her repeated promises to …", "his call for …": a cue noun whose possessor speaks. The
 * possessor is a possessive name or phrase ("the senator's") or a possessive pronoun, a word or two before the noun.
 */
function nounClause(tokens: readonly Token[], i: number, floor: number, ceil: number, noun: CueVerb): Clause | null {
  // "his claim in a recent Fox News interview that …": where the claim was made stands between it and its content.
  const agent = byAgentBeforeThat(tokens, i, ceil);
  const setting = agent ? agent.to : settingBeforeThat(tokens, i, ceil);
  const next = tokens[setting + 1];
  const takes = next?.lower === 'that' ? governs(noun, 'that') : next?.lower === 'to' ? governs(noun, 'to') : next?.lower === 'for' ? governs(noun, 'for') : next?.lower === 'of' ? governs(noun, 'topic') : false;
  if (!takes || setting + 2 > ceil || !tokens[setting + 2].word) return null;
  // ("the charge that could be made", "a statement that said the plant would close": "that" before a verb opens a
  // relative clause — whose verb, after a document, speaks for it — and no complement.)
  // ("Cooke's earlier testimony that concluded there was …": a past form after "that" opens a relative clause too.)
  if (next.lower === 'that' && (FINITE_VERBS.has(tokens[setting + 2].lower) || CUE_BY_FORM.has(tokens[setting + 2].lower) && (writtenThing(tokens[i].lower) || /ed$/u.test(tokens[setting + 2].lower)))) return null;
  let k = i - 1;
  // Up to two modifiers between possessor and noun: "Trump's repeated false claims".
  for (let skipped = 0; k >= floor && skipped < 2 && tokens[k].word && !endsPossessive(tokens[k].surface) && !POSSESSIVE_PRONOUN.has(tokens[k].lower) && !isCapitalized(tokens[k].surface); skipped++) k--;
  // "the senators’ claim that …", "budget hawks’ warnings that …": a plural possessor, its apostrophe a token of its own.
  const plural = k > floor && pluralPossessor(tokens, k, floor);
  if (k < floor || (!tokens[k].word && !plural)) return null;
  let speaker: TokenRange | null = plural || null;
  // "an assertion that …", "complaints that …", "accusations of …": a cue noun with no owner still carries content;
  // its speaker is left open. It must be determined ("the claim that"), or a noun that is never a verb
  // ("allegations that"), and sit after a verb or a preposition, not open the sentence.
  const owned = plural !== false || POSSESSIVE_PRONOUN.has(tokens[k].lower) || endsPossessive(tokens[k].surface);
  // ("a call for calm", "an impassioned call for unity", "few calls for him to quit": the unowned call too.)
  if (!owned && (next.lower === 'that' || next.lower === 'of' || next.lower === 'for' && noun.lemma === 'call')) {
    const opener = noun.lemma === 'call' ? CALL_DETERMINERS : CLAIM_DETERMINERS;
    // Back over up to two lower-case modifiers to the determiner: "a new assertion that", "no public mention of".
    let d = i - 1;
    // (Not over a verb after its subject: "The senator dismissed claims by …" has no determiner of its own.)
    while (d > i - 3 && d > floor && tokens[d].word && !opener.has(tokens[d].lower) && isLowerHyphenWord(tokens[d].surface) && !NP_STOP.has(tokens[d].lower) && !PREPOSITIONS.has(tokens[d].lower) && !CUE_BY_FORM.has(tokens[d].lower) &&
      !(isVerbOnly(tokens[d].lower) && isSubjectNoun(lowerAt(tokens, d - 1)))) d--;
    // (A noun that is also a verb form takes its determiner right before it: "a warning that", never "a road sign
    // warning of".)
    const determined = d >= floor && opener.has(tokens[d].lower) && (d === i - 1 || !CUE_BY_FORM.has(tokens[i].lower) || CUE_BY_FORM.get(tokens[i].lower)?.nounBase === true);
    const start = determined ? d : i;
    // ("planks that call for", "could call for": "call" is a verb as often as a noun, so it needs its determiner; "a call
    // for an hour" is a telephone call.)
    // (A by-agent makes the noun plain: "dismissed claims by Trump that …" is no verb.)
    if (!determined && !agent && (noun.lemma === 'call' || CUE_BY_FORM.has(tokens[i].lower) || !isLowerHyphenWord(textAt(tokens, i - 1)))) return null;
    if (noun.lemma === 'call' && next.lower === 'for' && SHORT_DURATION_OPENERS.has(tokens[i + 2].lower) && SPAN_NOUNS.has(lowerAt(tokens, i + 3))) return null;
    if (start === floor || !tokens[start - 1]?.word) return null;
    // ("Trump made charges that …", "he has repeatedly made the suggestion that …": the one who makes a claim, voices it
    // or repeats it speaks it — not one who denies, rejects or faces it.)
    // (Not "made no mention of …": a claim not made.)
    if (!agent && CLAIM_MAKING.has(tokens[start - 1].lower) && tokens[start].lower !== 'no') {
      const maker = phraseBefore(tokens, skipCueAdverbs(tokens, start - 2, floor), floor);
      if (maker) return cueClause('noun-complement', i, noun, setting, maker, 'before', maker.from);
    }
    return cueClause('noun-complement', i, noun, setting, agent, 'before', start);
  }
  // (Else a possessive pronoun, a name or a short definite phrase.)
  if (!speaker && POSSESSIVE_PRONOUN.has(tokens[k].lower)) speaker = tokenRange(k, k);
  else if (!speaker && endsPossessive(tokens[k].surface)) {
    // The possessor alone: a name ("Donald Trump's", "Mr. Trump's") or a short definite phrase ("the senator's").
    let f = capitalisedRunStart(tokens, k, floor, 4);
    if (f === k && !isCapitalized(tokens[k].surface)) {
      // "the senator's", "the former governor's": back to the determiner that opens the phrase.
      while (f - 1 >= floor && f - 1 >= k - 3 && tokens[f - 1].word && !DETERMINERS.has(tokens[f - 1].lower) && !NP_STOP.has(tokens[f - 1].lower) && !PREPOSITIONS.has(tokens[f - 1].lower)) f--;
      if (f - 1 >= floor && DETERMINERS.has(tokens[f - 1].lower)) f--;
      else return null;
    }
    speaker = tokenRange(f, k);
  }
  if (!speaker) return null;
  // A claim that is the sentence's own subject ("His call for a boycott drew support") runs into the main verb, whose
  // end the engine cannot place: only claims that sit after a verb or a preposition are read.
  if (speaker.from === floor || tokens[speaker.from - 1]?.surface === ',') return null;
  return cueClause('noun-complement', i, noun, setting, speaker, 'before', speaker.from);
}

/** Verbs whose subject speaks the claim they take as object: "made the charge that", "repeated his claim that". */
const CLAIM_MAKING: ReadonlySet<string> = new Set('make makes made making repeat repeats repeated repeating reiterated voiced offered floated'.split(/\s+/u));

/** Auxiliaries before "used to" that make it a thing used, not a habit. */
const BE_HAVE_FORMS: ReadonlySet<string> = new Set('has have had having is are was were be been being'.split(/\s+/u));
/**
 * Whether the "to" at `to` opens an infinitive of purpose after a verb of using or going ("used his speech to", "took
 * to Twitter to", "went on CNN to", "rose to") or follows "quick" ("was quick to"): not "wants to", "refused to",
 * "plans to", whose saying may never have happened.
 */
function purposeInfinitive(tokens: readonly Token[], to: number, floor: number): boolean {
  if (tokens[to - 1]?.lower === 'quick') return true;
  // ("He used to boast that …": "used to" is a habit, its subject the cue's; see skipCueAdverbs.)
  if (tokens[to - 1]?.lower === 'used' && !BE_HAVE_FORMS.has(lowerAt(tokens, to - 2))) return false;
  for (let k = to - 1; k >= floor && to - k <= 6; k--) {
    const w = tokens[k];
    if (!w.word) return false;
    if (PURPOSE_VERBS.has(w.lower)) return true;
  }
  return false;
}

/** Words before "to" that withhold the saying after it: "declined to say", "has yet to explain". */
export const WITHHOLDING_BEFORE_TO: ReadonlySet<string> = new Set('declined refused refuses refusing declines declining yet unwilling unable reluctant'.split(/\s+/u));

const CALLED_PRONOUNS = new Set('it him her them this himself herself itself themselves'.split(/\s+/u));

/** Acts done in order to speak: "used the speech to", "went on CNN to", "spoke on Monday to", "seized on it to",
 *  "appeared on Fox to", "held a news conference to", "stepped to the microphone to", "returned to the podium to". */
/** Words that open a modifier after a noun for people: "organizers of", "Democrats trying to", "officials whose". */
const PEOPLE_MODIFIER_OPENERS = new Set('of with whose in at from for on trying seeking hoping working fighting'.split(/\s+/u));

/**
 * The sentence's opening phrase up to the end of `phrase` when it opens with people (after a determiner and up to two
 * modifiers) and a modifier, with no punctuation before the cue, and `phrase` itself names no one.
 */
function peopleOpening(tokens: readonly Token[], floor: number, phrase: TokenRange): TokenRange | null {
  // (The phrase names no one, or is the object of a preposition inside the modifier: "… control of the Senate say".)
  const last = tokens[phrase.to];
  const object = phrase.from - 1 > floor && OPENING_PREPOSITIONS.has(lowerAt(tokens, phrase.from - 1));
  if (!object && (isCapitalized(last.surface) || isPeoplePlural(last.lower) || ANON_HEAD_WORDS.has(last.lower) || PRONOUN_WORDS.has(last.lower))) return null;
  let h = floor;
  if (DETERMINERS.has(lowerAt(tokens, h))) h++;
  for (let k = h; k <= h + 2 && k < phrase.from; k++) {
    const t = tokens[k];
    if (!t.word) return null;
    const people = isPeoplePlural(t.lower) || t.lower.endsWith('s') && (ANON_HEAD_WORDS.has(t.lower) || PROPER_ANON_WORDS.has(t.lower) || nameLexicon().actors.has(t.lower.replace(/s$/u, '')));
    if (!people) continue;
    if (!PEOPLE_MODIFIER_OPENERS.has(lowerAt(tokens, k + 1))) return null;
    for (let m = k + 1; m < phrase.from; m++) if (!tokens[m].word && !isInnerDot(tokens, m) && tokens[m].surface !== '’' && tokens[m].surface !== "'") return null;
    // (A "whose" clause is shown without its own subject and verb: "state officials", not "… whose laws were struck".)
    return tokenRange(floor, lowerAt(tokens, k + 1) === 'whose' ? k : phrase.to);
  }
  return null;
}

/** Verbs whose object does what the infinitive after it says: "led X to say", "allowed X to claim", "prompted X to". */
const CONTROL_VERBS = new Set('led leads allowed allows prompted prompts forced forces enabled enables encouraged encourages pushed pushes inspired inspires compelled compels caused causes'.split(/\s+/u));

/** The object of a control verb ending at `end` — a name, a pronoun or people — that a following infinitive makes speak. */
function movedToSpeak(tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  if (end <= floor || !tokens[end].word) return null;
  if (OBJECT_PRONOUNS.has(tokens[end].lower) && CONTROL_VERBS.has(lowerAt(tokens, end - 1))) return tokenRange(end, end);
  const phrase = nounPhraseBefore(tokens, end, floor);
  if (!phrase || phrase.from - 1 < floor || !CONTROL_VERBS.has(tokens[phrase.from - 1].lower)) return null;
  const last = tokens[phrase.to];
  return isCapitalized(last.surface) || isPeoplePlural(last.lower) || ANON_HEAD_WORDS.has(last.lower) ? phrase : null;
}

/** A negated "be" written as one word: "isn't saying" is a progressive, not a noun and its participle. */
const NEGATED_BE = /^(?:is|was|are|were)n['’]t$/u;

const PURPOSE_VERBS = new Set('used uses using took takes taking went goes rose rises stood spoke speaks appeared appears seized seizes held holds stepped steps returned returns'.split(/\s+/u));

/** Cues that headlines use in the present tense: "Trump Says …", "Governor Vows …", "Report Warns …", "Clinton Calls
 *  ISIS Violence ‘Genocide’", "Document Reveals …". (Not "Accused Of", a passive, nor "Confirmed", a vote as often.) */
const HEADLINE_CUES = new Set('say warn vow urge tell claim admit deny insist argue predict pledge promise call reveal announce ask explain threaten'.split(/\s+/u));

/**
 * A sentence in title case (a headline): four or more words of four letters or more, nine in ten of them
 * capitalised. Counted once per sentence.
 */
function isTitleCase(tokens: readonly Token[], floor: number, ceil: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let i = floor; i <= ceil && i - floor < 60; i++) {
    const t = tokens[i];
    if (!t.word || t.surface.length < 4 || startsWithDigit(t.surface)) continue;
    long++;
    if (isCapitalized(t.surface)) capitalised++;
  }
  return long >= 4 && capitalised >= 0.9 * long;
}

const POSSESSIVE_PRONOUN: ReadonlySet<string> = new Set(Object.keys(POSSESSIVE_SUBJECT));
/** Possessive determiners that are never also an object pronoun (unlike "her"). */
const OWNER_DETERMINERS: ReadonlySet<string> = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

/** Where the capitalised words (and abbreviation dots) before `end` start, at most `max` tokens back: a name. */
function capitalisedRunStart(tokens: readonly Token[], end: number, floor: number, max: number): number {
  let f = end;
  while (f - 1 >= floor && f - 1 >= end - max && (tokens[f - 1].word && isCapitalized(tokens[f - 1].surface) || isInnerDot(tokens, f - 1))) f--;
  return f;
}

/** A past participle that takes a "by" agent after a noun: "reports seen by Reuters", "a memo obtained by the Post". */
const AGENT_PARTICIPLE = /^(?:[a-z]+ed|seen|written|given|taken|made|drawn|known)$/u;

/** Step left over adverbs and auxiliaries between a subject and its cue ("also", "has repeatedly", "last week"). */
/** Words after which a cue's base form is a verb: a third person's subject that takes it ("they", "who"), an
 *  auxiliary, "to", or "and" joining it to an earlier verb of the same subject. (The writer's "we call it …" and "you
 *  call it …" name a thing rather than report anyone.) */
const BASE_FORM_SUBJECTS = new Set('they who that which will would can could should may might must do does did not to and but'.split(/\s+/u));

/**
 * Whether a cue's base form at `i` ("call", "claim", "report", "tweet") is a verb: its subject (at `j`, before any
 * adverbs and auxiliaries) is plural or "I/we/they/you", or an auxiliary or "to" governs it. A singular noun or a
 * possessive before it makes it a noun ("his call", "the FEC report", "Trump's tweet").
 */
function baseFormVerb(tokens: readonly Token[], j: number, i: number, floor: number): boolean {
  for (let k = j + 1; k < i; k++) if (BASE_FORM_SUBJECTS.has(tokens[k].lower) || /n['’]t$/u.test(tokens[k].lower)) return true;
  if (j < floor || !tokens[j].word) return false;
  if (BASE_FORM_SUBJECTS.has(tokens[j].lower) || /n['’]t$/u.test(tokens[j].lower)) return true;
  // ("levels of stress", "under stress": after a preposition it is the noun.)
  if (endsPossessive(tokens[j].surface) || DETERMINERS.has(tokens[j].lower) && !PLURAL_QUANTITIES.has(tokens[j].lower) || PREPOSITIONS.has(tokens[j].lower)) return false;
  // "Critics of the governor call", "31 percent say", "most of them say": people, a count or a name in the subject
  // (not "the deals promise to be better": things).
  const subject = phraseBefore(tokens, j, floor);
  for (let k = subject ? subject.from : j; k <= j; k++) {
    const w = tokens[k].lower;
    if (/[^s'’]s$/u.test(w) && !endsPossessive(tokens[k].surface) && (isCapitalized(tokens[k].surface) || ANON_HEAD_WORDS.has(w) || ORG_HEADS.has(w.slice(0, -1))) || isPeoplePlural(w) || PLURAL_QUANTITIES.has(w) || startsWithDigit(w)) return true;
  }
  return false;
}

/** Counts and shares that make a subject plural: "most say", "31 percent say", "half of them say". */
const PLURAL_QUANTITIES = new Set('most many some all both few several half majority minority percent % others none these those'.split(/\s+/u));

function skipCueAdverbs(tokens: readonly Token[], from: number, floor: number, cue = from + 1): number {
  let j = from;
  for (;;) {
    // ("Will" mid-sentence is a name, not the auxiliary: "…, which Will claims affirmed …"; "Goonies Never say die" is a
    // title. Only a headline capitalises its adverbs, "Mayor Also Says"; a weekday is written so anywhere.)
    while (j >= floor && tokens[j].word && (CUE_ADVERBS.has(tokens[j].lower) && !(j > floor && isCapitalized(tokens[j].surface) && !/day$/u.test(tokens[j].lower) && (tokens[j].surface === 'Will' || !isCapitalized(textAt(tokens, from + 1)))) || tokens[j].surface.endsWith('ly') && isLyAdverb(tokens[j].surface) && tokens[j].lower !== 'only' && !NOT_MANNER_ADVERBS.has(tokens[j].lower))) j--;
    // "He continues to insist that …", "went on to say": an aspect verb before the cue still asserts the saying
    // (unlike "wants to say" or "refused to say", which do not).
    const before = tokens[j - 1]?.lower;
    // ("They have all said", "Lind and Berg have both said": a quantifier after an auxiliary floats off its subject.)
    if (j > floor && FLOATING.has(tokens[j].lower) && CUE_ADVERBS.has(before!)) { j--; continue; }
    // ("Richards and Menendez both stressed", "the senators all said": right after the subject too.)
    if (j > floor && FLOATING.has(tokens[j].lower) && tokens[j - 1].word && (isCapitalized(tokens[j - 1].surface) || /[^s]s$/u.test(before!) || before === 'they' || before === 'we')) { j--; continue; }
    if (j - 1 >= floor && tokens[j].lower === 'to' && before && CONTINUING.has(before)) { j -= 2; continue; }
    // ("Mr. Trump was prompted to say", "she felt compelled to add": a speaker moved to speak still speaks.)
    if (j - 2 >= floor && tokens[j].lower === 'to' && before && MOVED_TO.has(before) && (BE_FORMS.has(tokens[j - 2].lower) || tokens[j - 2].lower === 'felt')) { j -= 3; continue; }
    // ("declined to say how much …", "has yet to explain why …": a saying withheld, of the question it leaves open.)
    if (j - 1 >= floor && tokens[j].lower === 'to' && before && WITHHOLDING_BEFORE_TO.has(before) && WH_WORDS.has(lowerAt(tokens, cue + 1)) && lowerAt(tokens, cue + 1) !== 'if') { j -= 2; continue; }
    // "He used to boast that …": a habit of saying is saying (not "has used to describe", "was used to say": a thing used).
    if (j - 1 > floor && tokens[j].lower === 'to' && before === 'used' && !BE_HAVE_FORMS.has(lowerAt(tokens, j - 2))) { j -= 2; continue; }
    if (j - 2 >= floor && tokens[j].lower === 'to' && before === 'on' && GO_FORMS.has(tokens[j - 2].lower)) { j -= 3; continue; }
    // "kept asking", "keeps saying": the same, before a gerund.
    if (j > floor && KEEP_FORMS.has(tokens[j].lower) && /ing$/u.test(lowerAt(tokens, j + 1))) { j--; continue; }
    // "his friends make jokes about …", "Trump made claims that …": after "make" a cue's plural is its noun, and the
    // one who makes them speaks.
    if (j > floor && j === cue - 1 && MAKE_FORMS.has(tokens[j].lower) && /[^s]s$/u.test(lowerAt(tokens, cue))) { j--; continue; }
    // ("Critics have in fact noted", "The department less than two weeks ago said", "Campaign workers here said": a
    // fixed adverbial, a time ago or "here" between the subject and its verb.)
    if (j > floor && INNER_ADVERBIALS.has(`${tokens[j - 1].lower} ${tokens[j].lower}`)) { j -= 2; continue; }
    if (j > floor && tokens[j].lower === 'here' && tokens[j - 1].word && !PREPOSITIONS.has(tokens[j - 1].lower) && j === cue - 1) { j--; continue; }
    if (j - 2 > floor && tokens[j].lower === 'ago' && /^(?:minute|hour|day|week|month|year|decade)s?$/u.test(tokens[j - 1].lower)) {
      let k = j - 2;
      while (k > floor && j - k <= 5 && (AGO_AMOUNTS.has(tokens[k].lower) || startsWithDigit(tokens[k].surface) || ONE_TO_NINE.has(tokens[k].lower))) k--;
      if (k < j - 2) { j = k; continue; }
    }
    // "who has in the past described …", "has in recent interviews said": a setting after an auxiliary.
    if (j > floor && SETTING_HEADS.has(tokens[j].lower.replace(/s$/u, ''))) {
      let k = j - 1;
      while (k > floor && j - k <= 3 && tokens[k].word && !SETTING_PREPOSITIONS.has(tokens[k].surface) && /^\p{Ll}+$/u.test(tokens[k].surface)) k--;
      if (k > floor && SETTING_PREPOSITIONS.has(tokens[k].surface) && CUE_ADVERBS.has(tokens[k - 1].lower)) { j = k - 1; continue; }
    }
    return j;
  }
}

const FOCUS_WORDS = new Set(['even', 'only', 'now']);
const CONTINUING = new Set('continue continues continued continuing'.split(/\s+/u));
const INNER_ADVERBIALS = new Set(['in fact', 'in particular', 'in turn', 'of course', 'in response', 'at times', 'at first', 'in private', 'in public']);
/** Words that count the units of a time ago: "less than two weeks ago", "a few days ago", "several years ago". */
const AGO_AMOUNTS = new Set('a an few several many some less more than about nearly almost just only ten dozen'.split(/\s+/u));
const FLOATING = new Set(['all', 'both', 'each']);

/** A document or a statement, which speaks through a relative clause: "a report that found", "a post that said". */
function writtenThing(word: string): boolean {
  return DOCUMENT_HEADS.has(word) || ANNOUNCEMENT_NOUNS.has(word);
}

/** The noun phrase ending at `end`, back to its determiner ("issued [a statement]", "[52 percent]", "[Democrats]"). */
function nounPhraseBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  let f = end;
  while (f - 1 >= floor && end - f < 5) {
    const t = tokens[f - 1];
    if (!t.word) break;
    if (DETERMINERS.has(t.lower) || startsWithDigit(t.surface)) { f--; break; }
    if (NP_STOP.has(t.lower) || PREPOSITIONS.has(t.lower) || CUE_BY_FORM.has(t.lower) || isVerbOnly(t.lower) || isLowerEdForm(t.surface)) break;
    f--;
  }
  return tokens[end]?.word ? tokenRange(f, end) : null;
}

/** Verbs by which someone puts out a document that then speaks for them: "released a statement saying …". */
const ISSUING_VERBS = new Set('released issued sent started launched posted published circulated distributed wrote signed filed tweeted put out releases issues sends posts publishes writes signs files'.split(/\s+/u));

/** Who issued the document `doc` when an issuing verb comes right before it: the sentence's subject ("[Acme] released a
 *  statement saying …", "[Acme] issued a statement that said …"); null when there is none. */
function documentIssuer(tokens: readonly Token[], doc: TokenRange, floor: number): TokenRange | null {
  const verb = tokens[doc.from - 1];
  if (doc.from - 1 <= floor || !verb?.word || !ISSUING_VERBS.has(verb.lower)) return null;
  // ("His office put out a statement": the subject ends before the verb of "put out".)
  const verbAt = verb.lower === 'out' ? doc.from - 2 : doc.from - 1;
  // ("At the time, she released a statement saying …": a subject pronoun right before the verb, for discourse to resolve.)
  const k = doc.from - 2;
  if (SUBJECT_PRONOUNS_NO_YOU.has(tokens[k].lower) && (k === floor || !tokens[k - 1].word || AND_BUT.has(tokens[k - 1].lower))) return tokenRange(k, k);
  const issuer = sentenceSubject(tokens, floor, verbAt);
  // (Not a subject cut short by an aside: "A coalition of nearly 40 groups – including … – sent a letter".)
  return issuer && issuer.to < verbAt && !PREPOSITIONS.has(tokens[issuer.to].lower) ? issuer : null;
}

/** Things spoken or written that a relative clause without "that" describes: "the note he left". */
const SPOKEN_THINGS = new Set('note speech words remarks message answer reply response'.split(/\s+/u));

/**
 * Whether the cue at `i`, its subject ending at `j`, sits in a relative clause without "that" that ends before the
 * sentence's own verb: "the letter Mike wrote was “kind and loving”", "the speech she gave was …" (the quotation
 * describes the letter; whoever reports it speaks).
 */
function contactRelative(tokens: readonly Token[], i: number, j: number, floor: number): boolean {
  if (!IS_ARE_WAS_WERE.has(lowerAt(tokens, i + 1)) || j <= floor || !tokens[j].word) return false;
  const s = PRONOUN_WORDS.has(tokens[j].lower) ? j : isCapitalized(tokens[j].surface) ? capitalisedRunStart(tokens, j, floor, 4) : -1;
  const noun = tokens[s - 1];
  // (A written or spoken thing: in "the ones State says are “top secret”" the clause is State's report.)
  return s - 2 >= floor && noun?.word === true && (DOCUMENT_HEADS.has(noun.lower) || SPOKEN_THINGS.has(noun.lower)) && DETERMINERS.has(tokens[s - 2].lower);
}

/** The document noun just before a time that ends right before token `i` ("a letter this week", "a statement Monday"),
 *  or -1. */
function documentBeforeTime(tokens: readonly Token[], i: number, floor: number): number {
  let d = i - 1;
  while (d > floor && i - d <= 3 && tokens[d].word && TIME_WORDS.has(tokens[d].lower)) d--;
  return d < i - 1 && DOCUMENT_HEADS.has(tokens[d].lower) ? d : -1;
}

/** Words before a gerund cue that make it a clause of the sentence's subject: "by saying", "after warning". */
// ("was quoted as saying …": the subject was quoted.)
const GERUND_SUBORDINATORS = new Set('by after before while when without since in upon as'.split(/\s+/u));

/**
 * An inverted subject ("…,” said Ana Lima, the mayor" / "…, says the source.") ends the clause: what follows it is
 * punctuation, a time or place adverbial, or a relative clause, never a verb. "said Clinton was not the originator"
 * has no inversion: "Clinton was not the originator" is the content.
 */
/** Whether a word of the verb's object marker ("of", "as", "to") follows within a few words from `from`, before any
 *  punctuation: "accused the leadership in Nevada of using …" names whom the speech is about, not who speaks. */
function markedObject(tokens: readonly Token[], verb: CueVerb, from: number): boolean {
  for (let k = from; k < from + 6 && tokens[k]?.word; k++) if (objectMarkedBy(verb, tokens[k].lower)) return true;
  return false;
}

function endsInversion(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word) return true;
  return CLAUSE_BOUNDARY_WORDS.has(t.lower) || isCapitalized(t.surface);
}

function isClauseStartBoundary(tokens: readonly Token[], i: number, floor: number): boolean {
  return i < floor || !tokens[i].word || PUNCT_BOUNDARY.has(tokens[i].surface);
}

/**
 * The noun phrase of an absolute "with" construction that a participle after "and" continues: in "…, with top
 * officials underlining its strength and vowing to stay", the officials vow, not the sentence's subject.
 */
function absoluteSubject(tokens: readonly Token[], floor: number, and: number): TokenRange | null {
  let gerund = and - 1;
  while (gerund > floor && tokens[gerund].word && !/ing$/u.test(tokens[gerund].lower)) gerund--;
  if (gerund <= floor || !tokens[gerund].word || and - gerund > 12) return null;
  let w = gerund - 1;
  while (w >= floor && tokens[w].word && tokens[w].lower !== 'with' && gerund - w <= 6) w--;
  if (w < floor || tokens[w].lower !== 'with' || w + 1 > gerund - 1) return null;
  return tokenRange(w + 1, gerund - 1);
}

/** Prepositions after which a name and ", who" make the name the relative clause's subject: "a reaction from X, who". */
const NAME_AFTER_PREPOSITIONS = new Set(['from', 'by', 'with', 'to', 'for', 'against', 'at', 'on', 'about']);

/** Passive verbs of being moved to act, before "to" and a cue, that say the act happened: "was prompted to say", "felt
 *  compelled to add". (Not "was pressed to explain", "are obliged to disclose": asked or bound to, perhaps never done.) */
const MOVED_TO = new Set(['prompted', 'moved', 'forced', 'compelled', 'inspired']);

/** Passive forms of reporting whose agent after "by" is the source: "was first reported by MSNBC". */
const PASSIVE_REPORTS = new Set(['reported', 'revealed', 'disclosed']);

/** The "be" before a passive at `k` ("was reported", "was first reported", "had been reported"), or -1. */
export function passiveAuxiliaryAt(tokens: readonly Token[], k: number, floor: number): number {
  const at = k >= floor && /^(?:first|originally|initially|previously|widely|also)$/u.test(tokens[k].lower) ? k - 1 : k;
  return at >= floor && BE_FORMS.has(tokens[at].lower) ? at : -1;
}

/** Subordinators that open a fronted clause, closed by a comma before the main clause: "While X called …, Trump …". */
const FRONTING_SUBORDINATORS = new Set(`while when as although though because if after before since once until unless whereas`.split(/\s+/u));
/** Conjunctions that open a clause of its own after a comma: "…, but Wallace brought him back, asking …". */
const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/**
 * The subject of the clause a participle or a coordinated cue at `i` belongs to, when that clause is not the
 * sentence's first: the main clause after a fronted subordinate one ("While most of his rivals called for a ban, Trump
 * hewed to his line, noting …"), or a clause linked by a comma and a conjunction ("…, but Wallace brought him back,
 * asking Trump to …"). Null when no such clause lies between the sentence's last cue and `i`, or its subject is not a
 * name, a pronoun or a named body with its verb. (A gerund after "by" too: "Years after Bill Clinton claimed …, Obama
 * won by promising …".)
 */
function ownClauseSubject(tokens: readonly Token[], floor: number, i: number, clauses: readonly Clause[]): TokenRange | null {
  const lastCue = clauses.length ? clauses[clauses.length - 1].cueAt : floor - 1;
  let start = -1;
  for (let k = i - 2; k > floor && k > lastCue; k--) {
    if (tokens[k].surface === ',' && CLAUSE_LINKS.has(lowerAt(tokens, k + 1)) && k + 2 < i - 2) { start = k + 2; break; }
  }
  if (start < 0) {
    let s = floor;
    if (AND_BUT.has(lowerAt(tokens, s))) s++;
    // ("Years after Bill Clinton claimed …, Obama won": a measure of time before the subordinator.)
    if (FRONTING_SUBORDINATORS.has(lowerAt(tokens, s + 1)) && openingTimePhrase(tokens, s, s + 1)) s++;
    if (!FRONTING_SUBORDINATORS.has(lowerAt(tokens, s))) return null;
    let comma = s + 1;
    while (comma < i && comma - s <= 25 && tokens[comma].surface !== ',') comma++;
    if (comma >= i - 1 || tokens[comma].surface !== ',' || comma < lastCue) return null;
    start = comma + 1;
  }
  const subject = sentenceSubject(tokens, start, i);
  if (!subject || subject.to + 1 >= i || !tokens[subject.to + 1]?.word && tokens[subject.to + 1]?.surface !== ',') return null;
  // (A name or a pronoun, or "the" before a name: "a much smaller movement has materialized, of people … shouting" is
  // the writer's narration.)
  const first = tokens[subject.from];
  const named = PRONOUN_WORDS.has(first.lower) || isCapitalized(first.surface) && !DETERMINERS.has(first.lower) || first.lower === 'the' && isCapitalized(textAt(tokens, subject.from + 1));
  return named && subject.from - start <= 4 ? subject : null;
}

/**
 * Whether a clause earlier in the sentence gives a participle its speaker ("X said …, adding"). A noun complement
 * does not: in "Pence blamed the media for Trump's claim that …, saying" the one saying is the sentence's subject,
 * not the owner of the claim.
 */
function speakerBefore(clauses: readonly Clause[], tokens?: readonly Token[]): boolean {
  // (Given the tokens, nor does a restrictive relative clause: in "Obama rebuked critics who say …, saying …" the one
  // saying is the sentence's subject, not the critics.)
  return clauses.some((c) => c.foundBy !== 'noun-complement' && !(tokens && c.foundBy === 'relative-who' && c.speakerRange && /^(?:who|that)$/u.test(lowerAt(tokens, c.speakerRange.to + 1))));
}

/** A word with a possessive a few lower-case words before it: "China’s sweeping territorial [claims]". */
function possessedNoun(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= floor && i - k <= 3; k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (/\p{L}['’]s$/u.test(t.surface) || POSSESSIVE_PRONOUN.has(t.lower)) return true;
    if (isCapitalized(t.surface) || NP_STOP.has(t.lower) || CUE_BY_FORM.has(t.lower)) return false;
  }
  return false;
}

/** "wanted some say in the matter", "the final say over": "say" as a noun. */
export function sayAsNoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return tokens[i].lower === 'say' && prev !== undefined && AMOUNT_DETERMINERS.has(prev.lower) && (!next?.word || TOPIC_PREPOSITIONS.has(next.lower));
}

/**
 * Find every attribution clause of a sentence. `masked(i)` tells tokens inside direct quotes, whose cues belong to
 * the quoted speaker and are left alone.
 */
/**
 * "Sanders: Brexit's message could draw Trump support", "Lynch: No outside influence on FBI probe": a headline (or a
 * transcript line) that opens with a person's name and a colon reports that person's claim. The name is one to four
 * capitalised words whose first or last is a given name or surname the lexicon knows ("Poll:", "Update:", "Photos:" are
 * not), and a word, not a quotation mark, follows the colon (a quotation is left to the direct-quote rules).
 */
function headlineColon(tokens: readonly Token[], floor: number, ceil: number, opensArticle: boolean): Clause | null {
  if (ceil - floor > 40 || !tokens[floor]?.word || !isCapitalized(tokens[floor].surface)) return null;
  let colon = floor + 1;
  while (colon <= ceil && colon - floor <= 5 && (tokens[colon].word && isCapitalized(tokens[colon].surface) || isInnerDot(tokens, colon))) colon++;
  if (colon > ceil || tokens[colon].surface !== ':' || !tokens[colon + 1]?.word || colon + 3 > ceil) return null;
  const lex = nameLexicon();
  const bare = (k: number): string => tokens[k].lower.replace(/['’]s$/u, '');
  const first = bare(floor);
  const last = bare(colon - 1);
  const person = (colon - 1 > floor ? lex.givenNames.has(first) || lex.familyNames.has(last) : !lex.isCommon(last)) && !HEADLINE_LABELS.has(first) && !HEADLINE_LABELS.has(last) && !lex.places.has(last) && !/\d/u.test(last);
  if (!person) return null;
  // The claim is a clause, with a finite verb or a past one before any comma ("Okafor: Port board misled the council"):
  // "Victor Burton: Possession of methamphetamine, held in jail" or "Dealing in stolen goods" is a police blotter's
  // charge, not a claim.
  // ("Mark Cuban: I'd consider a White House bid": a claim in the first person is the name's own words; "FTC: We use
  // affiliate links", in capitals, is a label.)
  let finite = /^(i|we)(['’](m|re|d|ll|ve))?$/u.test(tokens[colon + 1].lower) && !/^[A-Z]+$/u.test(tokens[colon - 1].surface);
  let comma = false;
  for (let k = colon + 2; k <= ceil && !finite; k++) {
    comma ||= tokens[k].surface === ',';
    finite = tokens[k].word && (FINITE_VERBS.has(tokens[k].lower.replace('’', "'")) || !comma && isVerbOnly(tokens[k].lower) && !PREPOSITIONS.has(tokens[k - 1].lower));
  }
  // ("Lynch: No outside influence on FBI probe into Clinton emails": a headline, a paragraph of its own, may state the
  // claim without a verb — a short phrase in capitals with no comma; a blotter's "Possession of …, held in jail" has
  // one.)
  if (!finite && !(opensArticle && verblessHeadline(tokens, floor, ceil, colon))) return null;
  const verb = CUE_BY_FORM.get('says')!;
  return cueClause('headline-colon', colon, verb, colon, tokenRange(floor, colon - 1), 'before', floor);
}

/** Whether the sentence from `floor` to `ceil` is a paragraph of its own whose words after the colon are a headline's
 *  claim: four to fifteen words, the first capitalised, no comma, no question ("Ted Cruz: Constitutional conservative
 *  or another typical career politician?" asks about him). */
function verblessHeadline(tokens: readonly Token[], floor: number, ceil: number, colon: number): boolean {
  if (floor !== 0) return false;
  let end = tokens.length - 1;
  while (end > ceil && !tokens[end].word) end--;
  if (end > ceil || !isCapitalized(textAt(tokens, colon + 1))) return false;
  // (A name, not a description, a team's or an agency's: "NBA-leading Lakers: Visit the Thunder on Friday" is a listing,
  // "FTC: We use affiliate links" a notice.)
  for (let k = floor; k < colon; k++) if (/-\p{Ll}/u.test(tokens[k].surface) || /^[A-Z]{2,}$/u.test(tokens[k].surface) || nameLexicon().orgs.has(tokens[k].lower)) return false;
  let words = 0;
  for (let k = colon + 1; k <= tokens.length - 1; k++) {
    if (tokens[k].surface === ',' || tokens[k].surface === '?') return false;
    if (tokens[k].word) words++;
  }
  return words >= 4 && words <= 15;
}

/** Kin and other relations a source is named by: "according to his aunt, Jane Starner". */
const RELATION_NOUNS = new Set('aunt uncle mother father sister brother wife husband son daughter cousin niece nephew grandmother grandfather granddaughter grandson friend neighbor neighbour colleague partner girlfriend boyfriend fiancee fiance widow widower stepfather stepmother'.split(/\s+/u));

/** Whether a lower-case word names what a person is or does (a role, a title, a relation). */
export function personNoun(word: string): boolean {
  return RELATION_NOUNS.has(word) || TITLES.has(word) || nameLexicon().actors.has(word) || ANON_HEAD_WORDS.has(word) && !word.endsWith('s');
}

/**
 * The appositive that names or describes the source of "according to", set off by commas: "according to his aunt,
 * Jane Starner, …" (a name after a person's role or relation) and "according to Jane Starner, his aunt, …" (a role or
 * relation after a name). Not "according to police, John Smith, 45, was …", whose name opens the content.
 */
function accordingAppositive(tokens: readonly Token[], sp: TokenRange, ceil: number): TokenRange | null {
  if (tokens[sp.to + 1]?.surface !== ',') return null;
  const a = sp.to + 2;
  let z = a;
  while (z <= ceil && z - a < 6 && (isWordTok(tokens[z]) || isInnerDot(tokens, z))) z++;
  const next = tokens[z + 1];
  if (z > ceil || tokens[z].surface !== ',' || z === a || !next || !(isWordTok(next) && !startsWithDigit(next.surface) || /^[“"‘]$/u.test(next.surface))) return null;
  const last = tokens[sp.to];
  const words = tokens.slice(a, z).filter((t) => t.word);
  // A role or relation, then a name of two words or more.
  if (!isCapitalized(last.surface) && personNoun(last.lower) && words.length >= 2 && words.length <= 4 && words.every((t) => isCapitalized(t.surface))) return tokenRange(a, z - 1);
  // A name, then a role or relation: "his aunt", "the town's mayor".
  const name = tokens.slice(sp.from, sp.to + 1).filter((t) => t.word);
  const head = words.at(-1);
  if (name.length >= 2 && name.every((t) => isCapitalized(t.surface)) && DETERMINERS.has(words[0].lower) && words.length <= 5 && head && !isCapitalized(head.surface) && personNoun(head.lower)) return tokenRange(a, z - 1);
  return null;
}

/** Labels and interjections that open a headline before a colon and name no speaker. */
const HEADLINE_LABELS = new Set('update updated exclusive breaking watch photos photo video related editor note poll report source sources analysis opinion review transcript read see live listen explainer factbox q a question answer correction clarification disclosure disclaimer warning wow boom bombshell remember summary recap background context takeaway takeaways'.split(/\s+/u));

/** Every word findClauses looks further at: cue verbs and nouns in all their forms (and "according" of "according to"). */
const CUE_WORDS: ReadonlySet<string> = new Set([...CUE_BY_FORM.keys(), ...CUE_NOUN_BY_FORM.keys(), 'according']);
const CUE_CLASS = wordClass(() => CUE_WORDS);

/** `opensArticle`: the sentence is in the article's first paragraph, where a headline stands. */
export function findClauses(tokens: readonly Token[], floor: number, ceil: number, masked: (i: number) => boolean, opensArticle = false): Clause[] {
  const clauses: Clause[] = [];
  // Whether the sentence is a title-case headline: asked only of a capitalised cue mid-sentence (rare), not of every sentence.
  let headline: boolean | undefined;
  const label = masked(floor) ? null : headlineColon(tokens, floor, ceil, opensArticle);
  if (label) clauses.push(label);
  for (let i = floor; i <= ceil; i++) {
    const t = tokens[i];
    // One lookup for most words: only cue forms (verbs, nouns, "according") go further.
    if (!t.word || !hasClass(t, CUE_CLASS) || masked(i)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const sp = phraseAfter(tokens, i + 2, ceil, true);
      const appositive = sp ? accordingAppositive(tokens, sp, ceil) : null;
      if (sp) clauses.push({ foundBy: 'according-to', cueAt: i, cueVerb: ACCORDING_TO, cueLemma: 'according to', cueFrom: i, cueTo: i + 1, speakerRange: sp, side: 'according', from: i, to: appositive?.to ?? sp.to, appositive, relative: false });
      continue;
    }
    const noun = CUE_NOUN_BY_FORM.get(t.lower);
    if (noun) {
      const clause = nounClause(tokens, i, floor, ceil, noun);
      if (clause) { clauses.push(clause); continue; }
    }
    const verb = CUE_BY_FORM.get(t.lower);
    if (!verb) continue;
    // "China’s sweeping territorial claims in the sea": a cue noun after a possessive is the noun, not the verb.
    if (noun && possessedNoun(tokens, i, floor)) continue;
    const lemma = verb.lemma;
    // A cue with a particle is one only with it: "pointed out that …", not "at one point", "pointed to the plan".
    const required = particleLength(verb, lowerAt(tokens, i + 1), lowerAt(tokens, i + 2));
    if (required < 0) continue;
    // "should make it clear", "must also say": those told to speak have not spoken.
    if (obligedAt(tokens, i)) continue;
    // "cannot explain why", "can’t even say whether": a saying denied is no report.
    if (/^(cannot|can[’']t|couldn[’']t)$/u.test(lowerAt(tokens, i - 1)) || HEDGE_ADVERBS.has(lowerAt(tokens, i - 1)) && /^(cannot|can[’']t|couldn[’']t)$/u.test(lowerAt(tokens, i - 2))) continue;
    // "Tell" speaks to a listener: without one it discerns ("you can't tell that it is larger", "too early to tell if").
    if (lemma === 'tell' && CONTENT_CLAUSE_OPENERS.has(lowerAt(tokens, i + 1))) continue;
    // "pointed out that", "made it clear that", "called out": the particle belongs to the cue.
    const particle = required || (tokens[i + 1]?.lower === 'out' && lemma === 'call' ? 1 : 0);
    // A weak verb followed by the preposition of a complement it governs says what it is: "calls for an inquiry",
    // "called on the council to act", "calling out the board" speak wherever another cue does.
    const next = lowerAt(tokens, i + 1);
    const weak = verb.weak === true && !(next === 'for' && governs(verb, 'for') || next === 'on' && governs(verb, 'on-object-to') || particle > 0 && !required);
    // "Said" as a name, "Note" mid-sentence — but in a headline every word is capitalised: "Mayor Says Bridge Will Reopen".
    if (isCapitalized(t.surface) && i > floor && !(HEADLINE_CUES.has(lemma) && tokens[i - 1]?.word && isCapitalized(tokens[i - 1].surface) && (headline ??= isTitleCase(tokens, floor, ceil)))) continue;
    // "the said document", "reported cases": a cue needs a verb position; adjectives after determiners are not cues.
    let prev = tokens[i - 1];
    // ("three confirmed cases", "12 reported deaths": a past form between a number and a noun is an adjective.)
    const counted = (k: number): boolean => /^(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)$/u.test(lowerAt(tokens, k));
    if (prev && /ed$/u.test(t.lower) && counted(i - 1) && /^[a-z]+$/u.test(textAt(tokens, i + 1)) && !NP_STOP.has(tokens[i + 1].lower) && !DETERMINERS.has(tokens[i + 1].lower)) continue;
    // ("3,248 cases reported worldwide", "12 deaths confirmed since": a past form after a counted plural that names no
    // people and no document, with no object after it, is a passive participle; "Two senators warned that …" speaks,
    // and so does the poll in "a poll of voters in all 50 states revealed a split".)
    if (prev && /ed$/u.test(t.lower) && counted(i - 2) && /^[a-z]+s$/u.test(prev.surface) && !ANON_HEAD_WORDS.has(prev.lower) && !isPeoplePlural(prev.lower) &&
      !DOCUMENT_HEADS.has(prev.lower) && !ORG_HEADS.has(prev.lower) && !nameLexicon().actors.has(prev.lower.slice(0, -1)) && !/^(that|to|,)$/u.test(textAt(tokens, i + 1)) && !DETERMINERS.has(lowerAt(tokens, i + 1))) continue;
    // ("Other estimates are …", "some reports": an -s form after a quantifier is a plural noun.)
    // ("a blog post that said …", "a statement that said …": after a document, "that" is the relative pronoun and the
    // cue its verb; "That said, …" is an idiom.)
    const relativeThat = prev?.lower === 'that' && i - 2 > floor && writtenThing(tokens[i - 2].lower);
    // ("how they arrived at their estimates", "his claims": after a possessive that cannot be an object pronoun, too —
    // not "her": "the woman who raised her says".)
    if (prev && !relativeThat && (ARTICLES_DEMONSTRATIVES.has(prev.lower) || /s$/u.test(t.lower) && (QUANTIFIERS.has(prev.lower) || OWNER_DETERMINERS.has(prev.lower)))) continue;
    // "states" is the plural noun ("Rust Belt states that have suffered", "the March states account for …") unless a
    // pronoun or a document says it ("It states that courts should not …", "the letter states that …").
    if (t.lower === 'states' && !IT_HE_SHE_WHICH_THAT.has(prev?.lower ?? '') && !DOCUMENT_HEADS.has(prev?.lower ?? '')) continue;
    // "All told, …" sums up.
    if (t.lower === 'told' && prev?.lower === 'all' && tokens[i + 1]?.surface === ',') continue;
    // ("a poorly described article", "the widely reported case": after a determiner and an adverb, too.)
    // ("The family claimed", "the ally said": nouns in -ly are subjects.)
    if (prev?.word && /^[a-z]+ly$/u.test(prev.surface) && prev.surface.length >= 6 && !NOT_MANNER_ADVERBS.has(prev.lower) && DEMONSTRATIVE_DETERMINERS.has(lowerAt(tokens, i - 2))) continue;
    // So is a past form after a possessive or a preposition: "its proposed cutoff", "her lead in pledged delegates".
    if (prev?.word && /ed$/u.test(t.lower) && (POSSESSIVE_PRONOUN.has(prev.lower) || /^(our|my|your)$/u.test(prev.lower) || endsPossessive(prev.surface) && !prev.lower.startsWith('who') || SET_PREPOSITIONS.has(prev.lower))) continue;
    if (sayAsNoun(tokens, i)) continue;
    // A gerund speaks as a participle clause (", saying ..."), after "is/was/were", after a subordinator ("by saying",
    // "after warning"), or after the noun it describes ("a statement saying", "52 percent saying"); otherwise it
    // modifies a noun ("One reporting station", "a warning sign").
    const gerund = /ing$/u.test(t.lower);
    // An adverb before a gerund leaves it where it stands: "while also saying that …", "are increasingly admitting".
    if (gerund && prev?.word && GERUND_ADVERBS.has(prev.lower)) prev = tokens[i - 2];
    // A weak cue's -ing form after "is"/"are" before a conjunction or a stop is an adjective: "ideas they believe are
    // promising but …".
    const nextText = textAt(tokens, i + 1);
    if (gerund && verb.weak && IS_ARE_WAS_WERE.has(prev?.lower ?? '') && (!/^[a-z]/u.test(nextText) || AND_BUT_OR_YET.has(nextText))) continue;
    // After a degree word an -ing form is an adjective: "the most telling contradiction", "a very telling remark".
    if (gerund && DEGREE_ADVERBS.has(prev?.lower ?? '')) continue;
    // "messages such as suggesting a lane change": an example of what something does, not someone speaking.
    if (gerund && prev?.lower === 'as' && tokens[i - 2]?.lower === 'such') continue;
    if (gerund && prev?.word && GERUND_SUBORDINATORS.has(prev.lower)) {
      // "The Post quoted an official as saying …", "cited two aides as saying": the one quoted speaks, not the subject.
      let k = i - 2;
      while (prev.lower === 'as' && k > floor && i - k < 8 && tokens[k].word && !/^(?:quot|cit)(?:ed|es|ing)$/u.test(tokens[k].lower)) k--;
      let subject = prev.lower === 'as' && k > floor && k < i - 2 && /^(?:quot|cit)(?:ed|es|ing)$/u.test(tokens[k].lower) ? tokenRange(k + 1, i - 2) : speakerBefore(clauses) ? ownClauseSubject(tokens, floor, i, clauses) : sentenceSubject(tokens, floor, i, true);
      // "One month after announcing his support, Rubio still …", "After meeting the board, the mayor …": in a phrase that
      // opens the sentence, the participle's subject is the main clause's, after the phrase's comma.
      if (prev.lower !== 'as' && !clauses.length && openingTimePhrase(tokens, floor, i - 1)) {
        let comma = i + 1;
        while (comma < ceil && comma - i <= 30 && !/^[,.:;?!]$/u.test(tokens[comma].surface)) comma++;
        if (tokens[comma]?.surface === ',') subject = sentenceSubject(tokens, comma + 1, ceil);
      }
      clauses.push(cueClause('participle', i, verb, i + particle, subject));
      continue;
    }
    // ("A reporter can be heard asking Trump …", "she was seen telling …": the one heard or seen speaks.)
    if (gerund && prev?.word && (prev.lower === 'heard' || prev.lower === 'seen' || prev.lower === 'caught') && BE_FORMS.has(lowerAt(tokens, i - 2))) {
      // (Its subject right before the auxiliaries, after a quotation too: "“…?” a reporter can be heard asking".)
      let k = i - 3;
      while (k > floor && (MODALS.has(tokens[k].lower) || BE_FORMS.has(tokens[k].lower))) k--;
      const subject = speakerBefore(clauses) ? null : nounPhraseBefore(tokens, k, floor);
      if (subject) clauses.push(cueClause('participle', i, verb, participleEnd(tokens, verb, i, particle, ceil), subject, 'before', subject.from));
      continue;
    }
    // ("released a report saying", "a tweet saying": a document noun that is also a cue form, after its determiner.)
    const documentNoun = prev?.word === true && DOCUMENT_HEADS.has(prev.lower) && (DETERMINERS.has(lowerAt(tokens, i - 2)) || POSSESSIVE_PRONOUN.has(lowerAt(tokens, i - 2)));
    // ("issued a statement Monday saying …", "sent a letter this week urging …": a time between a document and its
    // participle; the document speaks, not the time.)
    const timedDocument = gerund ? documentBeforeTime(tokens, i, floor) : -1;
    if (gerund && timedDocument >= 0 || gerund && prev?.word && !isCapitalized(prev.surface) && !NP_STOP.has(prev.lower) && (!CUE_BY_FORM.has(prev.lower) || documentNoun) && !BE_KEEP.has(prev.lower) && prev.lower !== 'and' && prev.lower !== 'not' && !NEGATED_BE.test(prev.lower) && !/(?:ly|ed)$/u.test(prev.lower)) {
      // "a statement saying", "a letter urging", "52 percent saying": the noun phrase before it speaks. A weak cue
      // speaks so only with a clause ("signs pointing out member benefits" points at things; "a memo noting that …").
      // ("with Trump calling for a ban": in an absolute "with" phrase a call's "for" is as good as a "that"; elsewhere
      // "the marchers calling for his resignation stopped" runs into the sentence's own verb. "a statement calling on
      // the council to act" ends with its infinitive.)
      const absoluteFor = tokens[i + 1]?.lower === 'for' && governs(verb, 'for') && tokens.slice(Math.max(floor, i - 7), i).some((w) => w.lower === 'with');
      if ((weak || verb.weak && next === 'for') && tokens[i + particle + 1]?.lower !== 'that' && !absoluteFor) continue;
      // ("Courses on writing a book", "a fine for saying so": after a preposition the -ing form is a gerund, its object.)
      if (PREPOSITIONS.has(lowerAt(tokens, i - 1))) continue;
      let speaker = nounPhraseBefore(tokens, timedDocument >= 0 ? timedDocument : i - 1, floor);
      // ("The clip features teenagers declaring …": the people shown speak, not the clip.)
      if (speaker) for (let k = speaker.to - 1; k >= speaker.from; k--) if (SHOWING_VERBS.has(tokens[k].lower)) { speaker = tokenRange(k + 1, speaker.to); break; }
      // "30 percent of voters saying", "three in 10 saying": a share of a group speaks; the count opens the phrase.
      if (speaker && speaker.from - 2 >= floor && /^(of|in)$/u.test(tokens[speaker.from - 1].lower)) {
        const count = tokens[speaker.from - 2];
        const share = tokens[speaker.from - 1].lower === 'of' ? SHARE_WORDS.has(count.lower) || startsWithDigit(count.surface)
          : /^\d+$/u.test(tokens[speaker.from].surface) && (startsWithDigit(count.surface) || ONE_TO_NINE.has(count.lower));
        if (share) speaker = { from: nounPhraseBefore(tokens, speaker.from - 2, floor)?.from ?? speaker.from - 2, to: speaker.to };
      }
      // ("an adviser to his campaign acknowledging …": after a person's role, "to" belongs to the speaker's phrase.)
      const roleTo = speaker !== null && lowerAt(tokens, speaker.from - 1) === 'to' && (personNoun(lowerAt(tokens, speaker.from - 2)) || isPeoplePlural(lowerAt(tokens, speaker.from - 2)));
      if (speaker && roleTo) speaker = { from: nounPhraseBefore(tokens, speaker.from - 2, floor)?.from ?? speaker.from - 2, to: speaker.to };
      const before = speaker ? tokens[speaker.from - 1] : undefined;
      // "The senator emailed supporters saying …", "made a pitch to voters saying …": the people written or spoken to
      // are the listeners; the sentence's subject speaks (a document among them still speaks: "sent a letter saying").
      const addressed = speaker && before?.word && !roleTo && !DOCUMENT_HEADS.has(tokens[speaker.to].lower) &&
        (SENDING_VERBS.has(before.lower) || CUE_BY_FORM.get(before.lower)?.listener === true || before.lower === 'to' ||
          // ("Andrew spent 45 seconds explaining that …": the time spent does not speak, whoever spent it does.)
          SPEND_FORMS.has(before.lower));
      if (addressed) {
        clauses.push(cueClause('participle', i, verb, i + particle, speakerBefore(clauses) ? null : sentenceSubject(tokens, floor, i, true)));
        continue;
      }
      // "on their way into the polls saying": a noun inside a prepositional phrase does not speak — except in the
      // absolute "with forecasters warning that …".
      // (Prepositions of motion and place as well: "into", "through", "among".)
      if (speaker && before?.word && (PREPOSITIONS.has(before.lower) || MOTION_PREPOSITIONS.has(before.lower)) && before.lower !== 'with') continue;
      // "Martin Andanar released a statement saying …": whoever issued the document speaks through it.
      // "her statement saying …", "Trump's letter urging …": the document's owner speaks through it.
      let owner = false;
      if (speaker && speaker.to > speaker.from && DOCUMENT_HEADS.has(tokens[speaker.to].lower) && (POSSESSIVE_PRONOUN.has(tokens[speaker.from].lower) || endsPossessive(tokens[speaker.from].surface) && isCapitalized(tokens[speaker.from].surface))) {
        speaker = tokenRange(speaker.from, speaker.from);
        owner = true;
      } else if (speaker && DOCUMENT_HEADS.has(tokens[speaker.to].lower)) {
        const issuer = documentIssuer(tokens, speaker, floor);
        owner = issuer !== null;
        speaker = issuer ?? speaker;
      }
      if (speaker && (owner || !PRONOUN_WORDS.has(tokens[speaker.from].lower))) {
        clauses.push(cueClause('noun-participle', i, verb, i + particle, speaker, 'before', speaker.from));
      }
      continue;
    }
    // A comma inside a closing quotation mark still ends the clause before: "… a “bad earpiece,” claiming he had …".
    // So does a manner adverb between the comma and a participle: "…, falsely suggesting that …".
    const commaBefore = prev !== undefined && (prev.surface === ',' || (/^[”"’]$/u.test(prev.surface) && tokens[i - 2]?.surface === ',')
      || (gerund && isLyAdverb(prev.surface) && prev.lower !== 'only' && tokens[i - 2]?.surface === ','));
    // "…, with Martin Lind calling the plan a fraud", "with former Gov. Ada Berg telling reporters …": in an absolute
    // "with" phrase a name before the -ing form speaks (not with a plain noun: "with prices rising").
    if (gerund && i > floor && isCapitalized(tokens[i - 1].surface)) {
      const w = capitalisedRunStart(tokens, i - 1, floor, 6);
      // (So does a name a recording shows: "The video showed Kristi Noem saying that …", "footage shows Trump telling …".)
      if (tokens[w - 1]?.lower === 'with' || tokens[w - 2]?.lower === 'with' && ROLE_PREMODIFIERS.has(tokens[w - 1].lower) || w > floor && SHOWING_VERBS.has(tokens[w - 1].lower)) {
        clauses.push(cueClause('noun-participle', i, verb, participleEnd(tokens, verb, i, particle, ceil), tokenRange(w, i - 1), 'before', w));
        continue;
      }
    }
    // "Noting that both men battled the press, Schlafly put her finger on …": a participle clause with "that" opening
    // the sentence; the subject after its comma speaks.
    if (gerund && tokens[i + 1]?.lower === 'that' && (i === floor || i === floor + 1 && OPENING_CONJUNCTIONS.has(tokens[floor].lower))) {
      let comma = i + 2;
      // (Up to its comma, within the sentence's first clause: not past a colon or a semicolon, where a quotation's own
      // commas begin: "Conceding that … he warned: “…, the EU.”")
      while (comma < ceil && comma - i <= 40 && !/^[,.:;?!]$/u.test(tokens[comma].surface)) comma++;
      const subject = tokens[comma]?.surface === ',' ? sentenceSubject(tokens, comma + 1, ceil) : null;
      if (subject) clauses.push(cueClause('participle', i, verb, i, subject));
      continue;
    }
    // "She's warning that …", "they're urging": a contracted "is"/"are" after a pronoun.
    // ("is not saying what …": a negated progressive too, whose question the withheld-saying rule reports.)
    const negatedBe = prev?.lower === 'not' && BE_KEEP.has(lowerAt(tokens, i - 2)) || NEGATED_BE.test(prev?.lower ?? '');
    if (gerund && !(prev && (commaBefore || isDash(tokens, i - 1) || prev.lower === 'and' || BE_KEEP.has(prev.lower) || negatedBe || /^(he|she|it|they|we|who)['’](s|re)$/u.test(prev.lower)))) continue;
    // ("“It is late,” notes Ana Ruiz": after a quotation and its comma, before a name, a form that is mostly a noun is
    // the verb; "comments" is a verb nowhere else.)
    const quoteThenName = commaBefore && !gerund && (/^[”"’]$/u.test(prev?.surface ?? '') || /^[”"’]$/u.test(textAt(tokens, i - 2))) && isCapitalized(textAt(tokens, i + 1));
    if (lemma === 'comment' && !quoteThenName) continue;
    if (/^(writing|reporting|warning|notes?|reports?|calls)$/u.test(t.lower)) {
      // "in writing", "a warning": a noun, unless a subject precedes it or it opens a participle clause with "that"
      // ("…, writing that the reporters had identified themselves") or follows "is" ("they are warning that …").
      // ("The union calls it a disaster", "the former first lady calls herself …": before an object pronoun "calls" is
      // the verb whatever its subject.)
      const called = t.lower === 'calls' && CALLED_PRONOUNS.has(lowerAt(tokens, i + 1));
      // (Over one adverb: "O’Malley frequently notes that …", "she also notes".)
      const adverb = prev?.word === true && (CUE_ADVERBS.has(prev.lower) || isLyAdverb(prev.surface)) && i - 2 >= floor;
      const at = adverb ? i - 2 : i - 1;
      const subjectWord = tokens[at];
      // (At a sentence's start only a word the lexicon knows as a surname: "Smith notes", not "Field notes".)
      const named = subjectWord !== undefined && isCapitalized(subjectWord.surface) && (at > floor || nameLexicon().familyNames.has(subjectWord.lower));
      // ("…, writing on Twitter that …": where it was written may stand before "that".)
      // ("Gerry O'Brien, a GOP consultant, notes that …": after an appositive's comma, before a "that" clause — not the
      // relative "notes that were taken".)
      const afterAppositive = prev?.surface === ',' && lowerAt(tokens, i + 1) === 'that' && !FINITE_VERBS.has(lowerAt(tokens, i + 2)) && !isVerbOnly(lowerAt(tokens, i + 2));
      if (!afterAppositive && !(subjectWord && (PRONOUN_WORDS.has(subjectWord.lower) || named)) && !(gerund && tokens[settingBeforeThat(tokens, i, ceil) + 1]?.lower === 'that' && (commaBefore || BE_PAST_PRESENT_BEEN.has(prev?.lower ?? ''))) && !quoteThenName && !called) continue;
    }
    // "When asked whether he would run, …", "She was asked if …": a question put by someone the article does not name
    // (usually the reporter). The question is reported; its speaker is left open.
    // ("Asked about the loan, the senator said …": the same, opening the sentence.)
    const opening = i === floor && t.surface === 'Asked';
    if (governs(verb, 'question') && (opening || prev && PASSIVE_CLAUSE_LEADS.has(prev.lower))) {
      const wh = skipAdverbials(tokens, i + 1, ceil);
      if (tokens[wh]?.word && QUESTION_OPENERS.has(tokens[wh].lower)) {
        // A fronted "When asked whether …," ends at its comma, like a relative clause.
        const fronted = opening || TIME_CONJUNCTIONS.has(prev!.lower);
        clauses.push(cueClause('unnamed-asker', i, verb, i, null, 'before', i, i, fronted));
        continue;
      }
    }
    // "When asked by a reporter whether …", "Sanders was asked by host Ana Ruiz if …": the question is the asker's.
    const asker = governs(verb, 'question') && tokens[i + 1]?.lower === 'by' ? phraseAfter(tokens, i + 2, ceil, false) : null;
    const wh = asker ? skipAdverbials(tokens, asker.to + 1, ceil) : -1;
    if (asker && tokens[wh]?.word && QUESTION_OPENERS.has(tokens[wh].lower)) {
      clauses.push(cueClause('asked-by', i, verb, wh - 1, asker, 'participle', i, wh - 1, opening || TIME_CONJUNCTIONS.has(prev?.lower ?? '')));
      continue;
    }
    // "O’Malley’s move was first reported by MSNBC": a report in the passive, its source after "by", its content the
    // subject (not "confirmed by the Senate", "announced by …": deeds as often as words).
    if (tokens[i + 1]?.lower === 'by' && PASSIVE_REPORTS.has(t.lower) && passiveAuxiliaryAt(tokens, i - 1, floor) >= 0) {
      const sp = phraseAfter(tokens, i + 2, ceil, false);
      if (sp) clauses.push(cueClause('passive-by', i, verb, i + 1, sp, 'after', i, sp.to));
      continue;
    }
    // Passives ("has been added piecemeal", "was told to leave") are not the subject speaking.
    // ("It is said that" stays a cue only after is/was/were/are/get, never after been/being/be.)
    // A gerund after "is" or "been" is active ("Sanders is pledging to fight on", "has been warning that …").
    if (prev && !gerund && (/^(been|being|be)$/u.test(prev.lower) || BE_GET.has(prev.lower) && lemma !== 'say')) continue;
    // Only "it" is said that …: "after all is said and done", "what is said in private" report nothing.
    if (prev && lemma === 'say' && !gerund && IS_ARE_WAS_WERE.has(prev.lower) && tokens[i - 2]?.lower !== 'it') continue;
    // "As reported by Reuters, …", "…, as first noted by the Post": a passive cue after "as" names its source after "by"
    // and attributes like "according to".
    if (tokens[i + 1]?.lower === 'by' && !gerund) {
      const as = prev?.lower === 'as' ? i - 1 : EARLIER_ADVERBS.has(prev?.lower ?? '') && tokens[i - 2]?.lower === 'as' ? i - 2 : -1;
      const sp = as >= floor ? phraseAfter(tokens, i + 2, ceil, false) : null;
      if (sp && (as === floor || !tokens[as - 1].word || AND_BUT.has(tokens[as - 1].lower))) {
        clauses.push(cueClause('as-reported-by', i, verb, i + 1, sp, 'according', as, sp.to));
      }
    }
    // "nominated by the president and confirmed by the Senate": a cue followed by "by" is a passive participle.
    if (tokens[i + 1]?.lower === 'by') continue;
    // Cue and its object.
    let cueTo = i + particle;
    if (verb.listener) cueTo = Math.max(i, objectAfter(tokens, i + 1, ceil));
    // Participle clauses: "..., saying Zelensky asked", "..., adding that".
    if (/ing$/u.test(t.lower) && prev && (commaBefore || isDash(tokens, i - 1) || prev.lower === 'and')) {
      const subject = (prev.lower === 'and' ? absoluteSubject(tokens, floor, i - 1) : null)
        ?? ownClauseSubject(tokens, floor, i, clauses)
        ?? (speakerBefore(clauses, tokens) ? null : sentenceSubject(tokens, floor, i, true));
      // "…, telling CBS that …": the listener belongs to the cue, not to the content.
      clauses.push(cueClause('participle', i, verb, cueTo, subject));
      continue;
    }
    // "The scandal led Ana Ruiz to say …", "allowed Mosseri to claim that …": the one moved to speak speaks.
    const moved = prev?.lower === 'to' && !gerund ? movedToSpeak(tokens, i - 2, floor) : null;
    if (moved) {
      clauses.push(cueClause('object-control', i, verb, cueTo, moved, 'before', moved.from));
      continue;
    }
    // "Ramos used his speech to call for …", "took to Twitter to say", "went on CNN to declare", "was quick to point
    // out": an infinitive of purpose, or after "quick", says that the speaking happened; the sentence's subject speaks.
    if (prev?.lower === 'to' && !gerund && purposeInfinitive(tokens, i - 1, floor)) {
      clauses.push(cueClause('purpose-infinitive', i, verb, cueTo, speakerBefore(clauses) ? null : sentenceSubject(tokens, floor, i, true)));
      continue;
    }
    // Subject before the cue, over adverbs and auxiliaries, and over a bracketed aside ("Sen. Dianne Feinstein
    // (D-Calif.) last week said").
    let j = skipCueAdverbs(tokens, i - 1, floor);
    if (contactRelative(tokens, i, j, floor)) continue;
    // "A campaign ad released Thursday says": a participle before a skipped time word ends a reduced relative clause,
    // and the noun before it is the subject.
    if (j < i - 1 && j > floor && isLowerEdForm(tokens[j].surface) && tokens[j - 1].word && !PRONOUN_WORDS.has(tokens[j - 1].lower) && !NP_STOP.has(tokens[j - 1].lower)) j--;
    // A base form that is also a noun agrees with its subject: "critics call the plan a disaster", "we claim", "would
    // report that", but "Trump's tweet came …", "The FEC report covering …", "the debunked claim that …" are nouns.
    if (verb.nounBase && t.lower === lemma && !isCapitalized(t.surface) && !baseFormVerb(tokens, j, i, floor)) continue;
    // "Clinton, meanwhile, said", "The minister, for his part, told": a sentence adverb set off by commas.
    if (j > floor && tokens[j].surface === ',') {
      let k = j - 1;
      while (k > floor && tokens[k].word && j - k <= 4) k--;
      const aside = tokens.slice(k + 1, j).map((t) => t.lower).join(' ');
      // (Unless a name follows the cue and ends there: "Computers have seen impacts, too, said Mary Lovely, an
      // economist" is an inversion.)
      const named = phraseAfter(tokens, i + 1, ceil, false);
      const inverted = !verb.listener && named !== null && isCapitalized(tokens[named.from].surface) && endsInversion(tokens, named.to + 1);
      if (k > floor && tokens[k].surface === ',' && SENTENCE_ADVERBS.has(aside) && !inverted) j = skipCueAdverbs(tokens, k - 1, floor, i);
    }
    if (j > floor && tokens[j].surface === ')') {
      let open = j - 1;
      while (open > floor && tokens[open].surface !== '(' && j - open < 12) open--;
      if (tokens[open].surface === '(' && open - 1 >= floor && tokens[open - 1].word) j = skipCueAdverbs(tokens, open - 1, floor, i);
    }
    // "she described it as X and accused him of Y": a coordinated cue shares the previous subject; so does one after
    // a comma and "then" that follows a verb ("Clinton paused, then revealed why …").
    const thenAfterVerb = lowerAt(tokens, i - 1) === 'then' && textAt(tokens, i - 2) === ',' && i - 3 > floor && (isVerbOnly(lowerAt(tokens, i - 3)) || /^[a-z]{3,}ed$/u.test(textAt(tokens, i - 3)) || verbBefore(tokens, i - 3, floor));
    if (j > floor && AND_BUT.has(tokens[j].lower) || thenAfterVerb) {
      // With no earlier cue in the sentence, the subject is the sentence's own ("Earnest condemned the attack and said").
      const subject = ownClauseSubject(tokens, floor, j + 1, clauses) ?? (clauses.length ? null : sentenceSubject(tokens, floor, j, true));
      // ("…, offer some budgeting tools, and call it a revolution": a base form after a list of plain verbs, with no
      // subject, is the writer's.)
      if (!subject && !clauses.length && verb.nounBase && t.lower === lemma) continue;
      if (subject && readerAddressed(tokens, subject)) continue;
      clauses.push(cueClause('coordinated', i, verb, cueTo, subject));
      continue;
    }
    let speaker: TokenRange | null = null;
    let appositive: TokenRange | null = null;
    let relative = false;
    let documentRelative = false;
    let side: Clause['side'] = 'before';
    let rule: ClauseRule = 'subject-verb';
    // ("WHO", all in capitals, is the World Health Organization, not the relative pronoun: "…, the WHO said".)
    const relativeWord = tokens[j]?.surface !== 'WHO';
    if (j >= floor && relativeWord && /^who(?:['’](?:s|ve|d))?$/u.test(tokens[j].lower) && j - 1 >= floor && tokens[j - 1].surface === ',') {
      // "the source, who said he had spoken to people": the subject is before ", who" (", who's called for …": "who has").
      // ("drew a reaction from President Barack Obama, who called …": a name after a preposition other than "of" is the
      // subject, not the clause it ends; after "of" the "who" may be the phrase's head: "a former backer of Sen. Ted
      // Cruz, who has since called …" is the backer.)
      const last = j - 2;
      const run = tokens[last]?.word && isCapitalized(tokens[last].surface) ? capitalisedRunStart(tokens, last, floor, 6) : -1;
      // (Not inside an institution's name: "the Latino Partnership for Conservative Principles, who".)
      const named = run > floor + 1 && run < last && NAME_AFTER_PREPOSITIONS.has(tokens[run - 1].lower) && !isCapitalized(tokens[run - 2].surface) && !ORG_HEADS.has(tokens[last].lower);
      speaker = named ? tokenRange(run, last) : phraseBefore(tokens, j - 2, floor);
      relative = true;
      rule = 'relative-who';
    } else if (j >= floor && tokens[j].lower === 'which' && j - 2 >= floor && tokens[j - 1].surface === ',' && (tokens[j - 2].word && isCapitalized(tokens[j - 2].surface) || isInnerDot(tokens, j - 2))) {
      // "a request by The Washington Post, which argued that …": a named organisation speaks through ", which" —
      // the name alone, not the phrase it ends ("the F.B.I., which …": without the initials' last dot).
      const last = tokens[j - 2].word ? j - 2 : j - 3;
      speaker = { from: capitalisedRunStart(tokens, last, floor, 12), to: last };
      relative = true;
      rule = 'relative-who';
    } else if (j - 1 >= floor && relativeWord && tokens[j].lower === 'who' && tokens[j - 1].lower === 'those') {
      // "X is among those who say …" is X speaking; a bare "those who say" describes no one.
      speaker = tokens[j - 2]?.lower === 'among' ? sentenceSubject(tokens, floor, j - 2) : null;
      relative = true;
      rule = 'relative-who';
    } else if (j - 1 >= floor && relativeWord && /^(who|that)$/u.test(tokens[j].lower) && tokens[j - 1].word && !NP_STOP.has(tokens[j - 1].lower)) {
      // "undeclared voters who say …", "groups that argue …": the head noun before the relative pronoun speaks.
      speaker = phraseBefore(tokens, j - 1, floor);
      // ("issued a statement that said …": a document before "that" is its issuer's, as in "a statement saying".)
      const doc = tokens[j].lower === 'that' && writtenThing(tokens[j - 1].lower) ? nounPhraseBefore(tokens, j - 1, floor) : null;
      if (doc) {
        speaker = documentIssuer(tokens, doc, floor) ?? doc;
        documentRelative = true;
      }
      relative = true;
      rule = 'relative-who';
    } else if (j >= floor && tokens[j].surface === ',' && j - 1 >= floor && (tokens[j - 1].word || isInnerDot(tokens, j - 1))) {
      // Appositive: "Kevin Mayer, chairman of Disney's unit, said" — find the comma that opens it.
      let k = j - 1;
      // (An abbreviation's dot is no boundary: "Benjamin J. Rhodes, Mr. Obama's deputy, said". But an aside that is one
      // abbreviation, "in Washington, D.C., said", "of Atlanta, Ga., said", ends a place, not a subject.)
      while (k >= floor && tokens[k].surface !== ',' && (!PUNCT_BOUNDARY.has(tokens[k].surface) || isInnerDot(tokens, k)) && j - k < 16) k--;
      const placeEnd = j - k === 3 && isInnerDot(tokens, j - 1);
      if (k >= floor && tokens[k].surface === ',' && !placeEnd && k - 1 >= floor && (tokens[k - 1].word || endsInSuffixDot(tokens, k - 1))) {
        const phrase = phraseBefore(tokens, k - 1, floor);
        const subject = phrase && headBeforeRelative(tokens, phrase);
        // The subject opens its clause (sentence start, or after punctuation or a conjunction), and the aside reads as
        // one ("X, a spokesman, said"; not "Cruz also lacks support from colleagues in Congress, whom …, said").
        // ("Even Rendell, a Clinton supporter, said", "When the director, James Comey, said that …": a focus word or a
        // subordinator opening the sentence comes before the subject too.)
        const opener = subject !== null && subject.from - 1 === floor && CLAUSE_FLOOR_WORDS.has(tokens[floor].lower);
        const opensClause = subject && (subject.from === floor || opener || !tokens[subject.from - 1].word || AND_BUT_SO_YET_THEN.has(tokens[subject.from - 1].lower));
        // A possessive opens a phrase as a determiner does: "Santilli's attorney, Thomas Coan, argued".
        const determined = subject !== null && (DETERMINERS.has(tokens[subject.from].lower) || endsPossessive(tokens[subject.from].surface));
        if (subject && opensClause && opensParenthetical(tokens[k + 1], tokens, k + 1) && (isCapitalized(tokens[subject.to].surface) || determined) && tokens[k + 1]?.lower !== 'and') {
          // "Dean Johnson, a salesman from Sumter, South Carolina, says": an earlier segment that opens the sentence
          // is the subject, and everything up to the cue its parenthetical.
          const earlier = subject.from > floor && tokens[subject.from - 1].surface === ',' ? subjectBeforeParenthetical(tokens, floor, j) : null;
          // ("Alarmed by the unrest, Senator Harry Reid, the minority leader, said": an opening participle phrase is
          // no subject.)
          // ("Indeed, Ana Ruiz, a lawyer, said": nor is a sentence adverb.)
          const adverb = earlier !== null && earlier.subject.from === earlier.subject.to && (OPENING_ADVERBS.has(tokens[earlier.subject.from].lower) || /^[A-Z][a-z]+ly$/u.test(tokens[earlier.subject.from].surface));
          if (earlier && earlier.subject.from < subject.from && !openingParticiple(tokens, earlier.subject.from) && !adverb) {
            speaker = earlier.subject;
            appositive = earlier.parenthetical;
          } else {
            speaker = subject;
            appositive = tokenRange(k + 1, j - 1);
          }
          rule = 'appositive';
        }
      }
      if (!speaker) {
        const found = subjectBeforeParenthetical(tokens, floor, j);
        if (found) { speaker = found.subject; appositive = found.parenthetical; rule = 'subject-parenthetical'; }
      }
      // "The company that runs the awards, Dick Clark Productions, denies …": a description with its own relative
      // clause opens the sentence, and the name set off after it is the speaker.
      if (!speaker && k > floor && tokens[k].surface === ',') {
        const name = describedName(tokens, floor, k, j);
        if (name) { speaker = name; appositive = tokenRange(floor, k - 1); rule = 'appositive'; }
      }
      // ("…, has accused Grassley of …" is no inversion: an auxiliary stands between the comma and the cue.)
      // (A weak cue inverts only before a person's full name: "…, predicted Madeleine Kunin".)
      const fullName = tokens[i + 2]?.word === true && isCapitalized(textAt(tokens, i + 1)) && isCapitalized(tokens[i + 2].surface) && nameLexicon().givenNames.has(lowerAt(tokens, i + 1));
      if (!speaker && j === i - 1 && tokens[i + 1]?.word && !verb.listener && (!weak || fullName)) {
        // ", said X": inversion (never for "told X", whose X is the listener, nor for weak cues: "regular, pledged
        // delegates").
        const after = phraseAfter(tokens, skipAdverbials(tokens, i + 1, ceil), ceil, false);
        if (after && endsInversion(tokens, after.to + 1) && !markedObject(tokens, verb, after.to + 1)) { speaker = after; side = 'after'; rule = 'inverted'; }
      }
    } else if (j > floor && isDash(tokens, j)) {
      // "Jason Sims — a teacher from Mount Pleasant — says": the subject before a dash parenthetical.
      const found = subjectBeforeParenthetical(tokens, floor, j);
      if (found) { speaker = found.subject; appositive = found.parenthetical; rule = 'subject-parenthetical'; }
    } else if (j >= floor && tokens[j].word && (PRONOUN_WORDS.has(tokens[j].lower) || !NP_STOP.has(tokens[j].lower))) {
      speaker = phraseBefore(tokens, j, floor);
      // "executives who have worked with X say": the auxiliary stopped the phrase inside the relative clause.
      if (speaker && speaker.from > floor && tokens[speaker.from - 1].word && NP_STOP.has(tokens[speaker.from - 1].lower)) speaker = relativeSubject(tokens, j, floor) ?? speaker;
      // ("Organizers of the push to boycott the speech said", "Democrats trying to regain the Senate say", "The state
      // officials whose laws were struck down say": people who open the sentence, with a modifier holding a thing,
      // are the subject, not the thing the walk stopped at.)
      if (speaker && speaker.from > floor) speaker = peopleOpening(tokens, floor, speaker) ?? speaker;
      // "intelligence reports seen by Reuters suggest": the agent of a participle is not the subject; the noun
      // the participle describes is.
      if (speaker && speaker.from - 1 >= floor && tokens[speaker.from + 1]?.lower === 'by' && AGENT_PARTICIPLE.test(tokens[speaker.from].surface) && tokens[speaker.from - 1].word) {
        speaker = nounPhraseBefore(tokens, speaker.from - 1, floor) ?? speaker;
      }
      if (speaker) speaker = withoutSetting(tokens, speaker, i);
      // "… but in a later interview said", "… rebound in the past and said": the object of a setting preposition is
      // no subject (the cue's subject is the sentence's, for discourse to find).
      if (speaker && speaker.from - 1 >= floor && SETTING_PREPOSITIONS.has(tokens[speaker.from - 1].surface) && SETTING_HEADS.has(tokens[speaker.to].lower)) speaker = null;
    } else if (j > floor && isInnerDot(tokens, j)) {
      // "a spokesperson for Acme Corp. told": the subject ends in an abbreviation ("the F.B.I. said": with its dot).
      speaker = phraseBefore(tokens, j - 1, floor);
      if (speaker && isDottedCapitals(tokens[j - 1].surface)) speaker = tokenRange(speaker.from, j);
    } else if (isClauseStartBoundary(tokens, j, floor) && tokens[i + 1]?.word && !verb.listener) {
      // "“…,” said Patrick McHugh" / "“…,” says the source".
      const after = phraseAfter(tokens, i + 1, ceil, false);
      if (after && !(TIME_WORDS.has(tokens[after.from].lower) && !isCapitalized(tokens[after.from].surface)) && endsInversion(tokens, after.to + 1)) { speaker = after; side = 'after'; rule = 'inverted'; }
    }
    if (!speaker && (weak || !verb.speakerOptional)) continue;
    if (speaker && readerAddressed(tokens, speaker)) continue;
    if (!speaker) rule = 'bare-cue';
    if (speaker && side === 'before' && weak && speaker.to < j && !appositive && !documentRelative && !(relative && tokens[j].lower.startsWith('who')) && tokens[speaker.to + 1]?.lower !== 'who') continue;
    let to = side === 'after' && speaker ? speaker.to : cueTo;
    if (side === 'before') to = Math.max(to, skipAdverbials(tokens, cueTo + 1, ceil) - 1);
    const from = speaker && side === 'before' ? speaker.from : i;
    clauses.push({ foundBy: rule, cueAt: i, cueVerb: verb, cueLemma: lemma, cueFrom: i, cueTo, speakerRange: speaker, side, from, to, appositive, relative });
  }
  return clauses;
}
