/**
 * Reported (indirect) speech: the content a cue governs, as a token range, found by named rules. The content is the
 * claim alone, without the attribution ("The plan is dead, officials said" → "The plan is dead").
 */
import { openingTimePhrase, passiveAuxiliaryAt, personNoun, skipAdverbials, skipDatelineAt, WITHHOLDING_BEFORE_TO, type Clause } from './clauses';
import type { Paragraph } from './paragraph';
import { CUE_BY_FORM, governs } from './tables/cues';
import { ANON_HEAD_WORDS, DOCUMENT_HEADS, ORG_HEADS, isPeoplePlural } from './tables/heads';
import { AMOUNT_LEADS, AND_BUT, AND_BUT_SO_YET_STILL_NOW, ARTICLES_POSSESSIVES, ASIDE_OPENERS, BUT_AND_YET_SO, CLAUSE_CONTINUERS, CLAUSE_OPENERS, CONCESSIVES, CONDITIONALS, CONTRACTED_SUBJECTS, DETERMINERS, DETERMINER_LIKE_WORDS, FINITE_VERBS, HEDGE_ADJECTIVES, LATER_OR_AGO, MODALS, NAMING_PARTICIPLES, OBJECT_PRONOUNS, OPENING_PREPOSITIONS_OF_CONTENT, PAIR_OPENERS, PAST_FORMS_UNLISTED, PRONOUN_WORDS, SEASONS, SENTENCE_OPENERS, SETTING_LEADS, SOON_WORDS, SUBJECT_PRONOUNS_IT, SUBJECT_PRONOUNS_PERSONAL, TIME_WORDS, TITLE_JOINERS, TOPIC_COMPLEMENTS, VERB_PARTICLES, WAS_HAS_PAST, WH_WORDS } from './tables/words';
import { isVerbOnly, nameLexicon } from './lexicon';
import { isCapitalized, isLowerEdForm, lowerAt, startsWithDigit, textAt, type Token } from './text';

/** The mark that closes an aside opened by `open` (a dash or a bracket), or null. */
function asideCloser(open: string | undefined): string | null {
  return open === '—' || open === '–' || open === '-' ? open : open === '(' ? ')' : null;
}

export const REPORTED_RULES = {
  'content-after-cue': 'X said (on Monday) (that) CONTENT',
  'content-after-cue-comma': 'X says, CONTENT (a comma between the cue and its clause)',
  'content-before-cue': 'CONTENT, X said / CONTENT, said X',
  'content-around-cue': 'CONTENT, X said, CONTENT (one content in two pieces)',
  'content-after-mid-sentence-cue': 'For days after a storm, X say, CONTENT',
  'infinitive': 'X vowed (not) to CONTENT — the content keeps "to"',
  'object-infinitive': 'X urged CONTENT: voters to stay home / asked the court to intervene',
  'object-of': 'X accused CONTENT: the mayor of lying',
  'object-as': 'X described CONTENT: the plan as a disaster',
  'object-predicate': 'X called CONTENT: the plan a disaster / it “insanity”',
  'call-for': 'X called for CONTENT: an inquiry / Trump to drop out / X asked (the court) for CONTENT: a delay',
  'question': 'X asked (voters) CONTENT: whether the talks would resume',
  'topic': 'X warned of CONTENT: a new war / was asked about CONTENT: the loan',
  'content-then-according-to': 'CONTENT, according to X / CONTENT, as reported by X',
  'content-around-according-to': 'CONTENT, according to X, CONTENT (one content in two pieces)',
  'according-to-then-content': 'According to X, CONTENT / But, according to X, CONTENT / As reported by X, CONTENT',
  'as-clause-then-content': 'As X noted, CONTENT / given that, as X reported, CONTENT',
  'as-clause-after-content': 'CONTENT, as X reported (on Tuesday).',
  'passive-subject': 'CONTENT was (first) reported by X — the subject of the passive',
} as const;

export type ReportedRule = keyof typeof REPORTED_RULES;

export interface ReportedContent {
  foundBy: ReportedRule;
  /** Token range of the content, inclusive. */
  from: number;
  to: number;
  /** When the attribution sits inside the content ("The goal, he said, is a cease-fire"), the content's pieces. */
  parts?: Array<[number, number]>;
  /** No report: a saying that would have been made. */
  unasserted?: boolean;
}

/** Reported content is read this many tokens at most (hostile paragraphs can be one endless sentence). */
const MAX_CONTENT_TOKENS = 200;

/** Words in -ing after a comma that continue a phrase rather than start an adjunct ("…, including Ohio"). */
const NON_ADJUNCT_ING = new Set('including according regarding concerning following excluding involving during notwithstanding considering pending barring nothing something anything everything morning evening thing king spring bring ring sing wing being string sibling'.split(/\s+/u));

/** A token's lower-case form with a straight apostrophe, as the word tables write it ("isn't", "he's"). */
const straight = (t: Token): string => t.lower.replace('’', "'");

const OPEN_MARKS = /^[“"‘'«„‚‹]/u;
const CLOSE_MARKS = /[”"’'»“‘›]$/u;

/** Reported content governed by a clause, as a token range, or null. A saying that would have been made ("would then
 *  have claimed that …") keeps its content, so that no clause inside it reports, but is marked `unasserted`. */
export function reportedContent(b: Paragraph, k: number): ReportedContent | null {
  const r = contentOf(b, k);
  if (r && wouldHave(b.tokens, b.attributions[k].cueAt)) r.unasserted = true;
  return r;
}

function contentOf(b: Paragraph, k: number): ReportedContent | null {
  const c = b.attributions[k];
  const found = (rule: ReportedRule, range: [number, number]): ReportedContent => ({ foundBy: rule, from: range[0], to: range[1] });
  const { tokens } = b;
  const [sa, sb] = b.sentenceTokens[b.clauseSentence[k]];
  let end = sb;
  while (end > sa && !tokens[end].word && /^[.!?,;:…|]$/u.test(tokens[end].surface)) end--;
  // ("Noting that …, Schlafly said": an opening participle's content ends at the comma before its speaker.)
  if (c.foundBy === 'participle' && c.speakerRange && c.speakerRange.from > c.cueAt) end = Math.min(end, c.speakerRange.from - 2);
  /** Content from the first word at or after `from` to its boundary, if three words or more. */
  const onward = (rule: ReportedRule, from: number): ReportedContent | null => {
    let a = from;
    while (a <= end && !tokens[a].word) a++;
    const z = stopAtBoundary(b, c, a, end);
    return wordsBetween(tokens, a, z) >= 3 ? found(rule, [a, z]) : null;
  };
  const inQuote = (i: number): boolean => b.inQuote[i] === 1;
  // Whether every word from `a` to `z` lies inside a quotation.
  const allQuoted = (a: number, z: number): boolean => {
    for (let i = a; i <= z; i++) if (tokens[i].word && !inQuote(i)) return false;
    return z >= a;
  };
  /** The first word after a quotation whose words start at `i`, if the claim goes on there two words or more up to `z`;
   *  else -1. */
  const goesOn = (i: number, z: number): number => {
    while (i <= z && inQuote(i)) i++;
    while (i <= z && !tokens[i].word && CLOSE_MARKS.test(tokens[i].surface)) i++;
    return i <= z && tokens[i].word && wordsBetween(tokens, i, z) >= 2 ? i : -1;
  };
  // "O’Malley’s move was first reported by MSNBC": the passive's subject, from the sentence's start (or its last comma)
  // to the auxiliary.
  if (c.foundBy === 'passive-by') {
    const be = passiveAuxiliaryAt(tokens, c.cueAt - 1, sa);
    let a = sa;
    for (let k = be - 1; k > sa; k--) if (!tokens[k].word && /^[,;:—–]$/u.test(tokens[k].surface)) { a = k + 1; break; }
    if (AND_BUT.has(lowerAt(tokens, a))) a++;
    return be > a && wordsBetween(tokens, a, be - 1) >= 2 ? found('passive-subject', [a, be - 1]) : null;
  }
  // "If someone asked me whether …", "unless the court says otherwise": what a hypothetical speaker would say is no report.
  if (c.side === 'before' && c.speakerRange && CONDITIONALS.has(lowerAt(tokens, c.speakerRange.from - 1))) return null;
  if (!inQuote(c.cueAt) && unasserted(tokens, c, sa, inQuote)) return null;
  if (c.side !== 'according' && c.side !== 'after') {
    const complement = complementAfterCue(b, c, end);
    if (complement) {
      // An infinitive or a topic cannot go on with a verb in the past: "asked the company to unwind the deal and
      // returned the money", "complained about the tone but defended …" end before the speaker's next verb.
      // (A complement that ends where it was found, "called him divisive", ends there.)
      const z = complement.to ?? stopAtBoundary(b, c, complement.from, end, TOPIC_COMPLEMENTS.has(complement.foundBy));
      // Two words make a question, a call or a verdict ("whether it works", "called for his dismissal", "called him
      // divisive"); other complements three. A topic may be one word ("asked about immigration").
      const minWords = complement.foundBy === 'topic' ? 1 : complement.foundBy === 'question' || complement.foundBy === 'call-for' || complement.to !== undefined ? 2 : 3;
      if (wordsBetween(tokens, complement.from, z) >= minWords) return found(complement.foundBy, [complement.from, z]);
    }
  }
  if (!governs(c.cueVerb, 'that')) return null;
  // "As another study noted, CONTENT": a fronted "as" clause attributes the clause after its comma.
  // ("As both NBC News and Bloomberg have reported": "both" before joined speakers stays outside the subject.)
  const as = c.side === 'before' ? c.from - (tokens[c.from - 1]?.lower === 'both' ? 2 : 1) : -1;
  // ("But, as X has pointed out, CONTENT": the conjunction may be set off by its own comma.)
  // ("(As BuzzFeed News reported, …)": an opening bracket too.)
  const opener = (at: number): boolean => at === sa || at === sa + 1 && tokens[sa].surface === '(' || (BUT_AND_YET_SO.has(tokens[sa].lower) && (at === sa + 1 || (at === sa + 2 && tokens[sa + 1].surface === ',')));
  if (as >= sa && tokens[as].lower === 'as' && opener(as)) {
    // ("As Ana Berg reported in her book, CONTENT", "As X reported just today, …": a short adverbial may end the clause,
    // in lower case — not an object, "As Trump demands wall, smugglers …", where "as" tells the time.)
    const first = tokens[c.to + 1];
    const adverbial = first?.word === true && (TIME_WORDS.has(first.lower) || /^[a-z]+ly$/u.test(first.surface) || first.lower === 'just');
    let comma = c.to + 1;
    while (adverbial && comma <= end && comma - c.to <= 6 && tokens[comma].word && /^[a-z]/u.test(tokens[comma].surface) && tokens[comma].lower !== 'that' && !PRONOUN_WORDS.has(tokens[comma].lower) && !FINITE_VERBS.has(tokens[comma].lower)) comma++;
    if (tokens[comma]?.surface === ',' && (comma === c.to + 1 || adverbial)) return onward('as-clause-then-content', comma + 1);
  }
  // "CONTENT, as the Times reported on Tuesday." / "given that, as the Times reported, CONTENT": an "as" clause inside
  // the sentence attributes the clause on its other side, and what follows its cue is never content.
  if (as > sa + 1 && tokens[as].lower === 'as' && tokens[as - 1].surface === ',') {
    // Its tail is an adverbial ("on Tuesday", "a few days later") or nothing; "…, as scientists have confirmed that …"
    // and "…, as he said he would" are read as any other clause.
    let tail = c.to + 1;
    while (tail <= end && tail - c.to <= 4 && tokens[tail].word && tokens[tail].lower !== 'that' && !PRONOUN_WORDS.has(tokens[tail].lower) && !FINITE_VERBS.has(tokens[tail].lower) && !b.clauseAtCue.has(tail)) tail++;
    const adverbial = tail === c.to + 1 || TAIL_OPENERS.has(tokens[c.to + 1].lower) || TIME_WORDS.has(tokens[c.to + 1].lower) || LATER_OR_AGO.has(tokens[tail - 1].lower);
    const others = (b.sentenceClauses[b.clauseSentence[k]] ?? []).some((ko) => ko !== k && b.attributions[ko].cueAt < as);
    // (", and he will …": the writer goes on with a clause of his own.)
    const ends = adverbial && (tail > end || tokens[tail].surface === ',' && AND_BUT.has(lowerAt(tokens, tail + 1)));
    if (ends && !others && !inQuote(sa) && !OPEN_MARKS.test(tokens[sa].surface)) {
      let a = sa;
      if (BUT_AND_YET_SO.has(tokens[a].lower)) a++;
      a = skipDatelineAt(tokens, a, as - 1);
      let z = as - 2;
      while (z > a && !tokens[z].word && /^[,;:]$/u.test(tokens[z].surface)) z--;
      return wordsBetween(tokens, a, z) >= 3 && z - a <= MAX_CONTENT_TOKENS ? found('as-clause-after-content', [a, z]) : null;
    }
    if (tokens[tail]?.surface === ',' && tail === c.to + 1 && (isOpeningAdverbial(tokens, sa, as - 1) && wordsBetween(tokens, sa, as - 1) >= 2 || CONNECTIVES.has(tokens[as - 2].lower))) {
      return onward('as-clause-then-content', tail + 1);
    }
    if (ends || tokens[tail]?.surface === ',') return null;
  }
  // Content after the cue: "X said (on Saturday) (that) CONTENT".
  let afterThat = false;
  const afterStart = (): number => {
    let s = c.side === 'participle' ? c.cueTo + 1 : c.to + 1;
    if (c.side !== 'according') s = skipAdverbials(tokens, s, end);
    // "He said, twice, that …", "Kaine now says, however, that …", "said on CNN, where he is now a contributor, that
    // …": an aside set off by commas before "that".
    if (c.side !== 'according' && tokens[s]?.surface === ',') {
      let aside = s + 1;
      while (aside <= end && aside - s <= 10 && tokens[aside].word && tokens[aside].lower !== 'that') aside++;
      if (tokens[s + 1]?.lower === 'that') s++;
      else if (aside > s + 1 && tokens[aside]?.surface === ',' && tokens[aside + 1]?.lower === 'that') s = aside + 1;
    }
    // "said — on Twitter, as it happens — that …", "said (in a later interview) that …": an aside between dashes or
    // in brackets, which may hold commas of its own, before "that".
    const close = c.side !== 'according' ? asideCloser(tokens[s]?.surface) : null;
    if (close) {
      let aside = s + 1;
      while (aside <= end && aside - s <= 14 && tokens[aside].surface !== close && (tokens[aside].word || tokens[aside].surface === ',' || tokens[aside].surface === '.')) aside++;
      if (aside > s + 1 && tokens[aside]?.surface === close && tokens[aside + 1]?.lower === 'that') s = aside + 1;
    }
    // ("told “Meet the Press” that …": a programme or paper in quotation marks, listened to, before "that".)
    if (c.side !== 'according' && OPEN_MARKS.test(tokens[s]?.surface ?? '') && !tokens[s].word) {
      let k = s + 1;
      while (k <= end && k - s <= 7 && tokens[k].word && (isCapitalized(tokens[k].surface) || startsWithDigit(tokens[k].surface) || TITLE_JOINERS.has(tokens[k].lower))) k++;
      if (k > s + 1 && k <= end && CLOSE_MARKS.test(tokens[k].surface) && !tokens[k].word && tokens[k + 1]?.lower === 'that') s = k + 1;
    }
    if (tokens[s]?.lower === 'that' && !demonstrative(tokens, s)) {
      // ("Things Latinos Said In 2015 That Got Us Thinking": in a title-case headline, past a setting, "that" before a
      // past form opens a relative clause about something earlier, and there is no report.)
      if (s > c.cueTo + 1 && isCapitalized(tokens[c.cueAt].surface) && isCapitalized(textAt(tokens, s + 1)) && isVerbOnly(lowerAt(tokens, s + 1))) return end + 1;
      s++;
      afterThat = true;
    }
    return s;
  };
  const stopAt = (from: number): number => stopAtBoundary(b, c, from, end);
  const wordsIn = (a: number, z: number): number => wordsBetween(tokens, a, z);

  // "But, according to the poll, CONTENT", "… after, according to him, CONTENT": when only a connective or an opening
  // adverbial stands before the comma that opens the attribution, the content follows it.
  const accordingComma = c.side === 'according' && c.from > sa + 1 && tokens[c.from - 1].surface === ',' ? c.from - 1 : -1;
  if (accordingComma > 0 && tokens[c.to + 1]?.surface === ',' && (isOpeningAdverbial(tokens, sa, accordingComma) && wordsBetween(tokens, sa, accordingComma) >= 2 || CONNECTIVES.has(tokens[accordingComma - 1].lower))) {
    return onward('according-to-then-content', c.to + 2);
  }
  if (c.side === 'according' && c.from > sa + 1) {
    // "CONTENT, according to X." — the content may be a report of its own, whole ("Officials said A, according to B"),
    // as in "According to B, officials said A"; the inner report is also its own speaker's.
    let z = c.from - 1;
    while (z > sa && !tokens[z].word) z--;
    // "A further 17 firms, according to the report, had plants there": the aside sits between a subject and its verb,
    // inside the content, which goes on after it (not a description of the source: "…, according to CrowdTangle, a
    // social analytics tool").
    const b2 = c.to + 2;
    if (tokens[c.to + 1]?.surface === ',' && b2 <= end && tokens[b2].word && !inQuote(b2) && (FINITE_VERBS.has(tokens[b2].lower) || isVerbOnly(tokens[b2].lower))) {
      const z2 = stopAt(b2);
      if (wordsIn(b2, z2) >= 2) return { foundBy: 'content-around-according-to', from: sa, to: z2, parts: [[sa, z], [b2, z2]] };
    }
    // ("New York, NY – The range of native ads …, according to …": a dateline opens the sentence, not the content.)
    const a = afterConcession(tokens, skipDatelineAt(tokens, sa, z), z);
    return wordsIn(a, z) >= 3 ? found('content-then-according-to', [a, z]) : null;
  }
  if (c.side === 'according') {
    // "According to X, CONTENT": the content starts after the comma that closes X.
    let s = c.to + 1;
    while (s <= end && tokens[s].surface !== ',' && s - c.to < 20) s++;
    if (s > end || tokens[s].surface !== ',') s = c.to + 1;
    while (s <= end && !tokens[s].word) s++;
    // "According to the study, published in BMJ Case Reports, CONTENT", "according to the report, which came out on
    // Monday, CONTENT": what describes the source, set off by commas, is not the content ("According to police, armed
    // men …" is: no preposition after "armed").
    if (s < end && (tokens[s].lower === 'which' || isLowerEdForm(tokens[s].surface) && SETTING_LEADS.has(tokens[s + 1].lower))) {
      let k = s + 1;
      while (k < end && k - s < 16 && tokens[k].surface !== ',') k++;
      if (k < end && tokens[k].surface === ',') for (s = k + 1; s <= end && !tokens[s].word;) s++;
    }
    // "According to AFP, one user on Weibo, …, posted: “…”": the content is a report of its own, whole (its speaker and
    // cue included), and not only the words up to its cue; the inner report is also its own speaker's.
    const inner = (b.sentenceClauses[b.clauseSentence[k]] ?? []).map((ko) => b.attributions[ko]).find((o) => o !== c && o.cueAt > s && o.side === 'before' && o.from <= s + 1);
    const z = inner ? Math.max(inner.to, stopAt(inner.to + 1)) : stopAt(s);
    // ("According to his aunt, “He was brilliant.”": content that is all one quotation is that quote's attribution,
    // not the same words again as reported speech.)
    if (allQuoted(s, z)) return null;
    return wordsIn(s, z) >= 3 ? found('according-to-then-content', [s, z]) : null;
  }
  let s = afterStart();
  // "said at a conference in Hollywood that ...": a prepositional phrase before "that" is skipped; without a
  // "that", a phrase such as "said on broadcast networks" carries no reported content. After "that", a clause may
  // open with one ("said that at least three people …").
  // ("Critics say this is a rough patch": "this" before a verb is the clause's subject.)
  if (!afterThat && s <= end && tokens[s].word && SETTING_LEADS.has(tokens[s].lower) && !(tokens[s].lower === 'this' && FINITE_VERBS.has(straight(tokens[s + 1])))) {
    let k = s;
    // ("responded to the letter, and in that response …", "concluded in that case that …": after a preposition "that" is
    // a determiner.)
    // (The phrase may name a programme in quotation marks: "said on ABC's “This Week” that …".)
    while (k <= end && k - s < 20 && (tokens[k].lower !== 'that' || THING_ENDS.has(tokens[k - 1].lower)) && (tokens[k].word || tokens[k].surface === ',' || /^[“”"‘’']$/u.test(tokens[k].surface))) k++;
    // (Not a "that" inside a quotation opened after the cue, nor one that opens a relative clause: "sources that have
    // thrived", "a movement that focused on …". Past a dozen words, only after a comma, which a relative "that" never
    // follows: "said during a taping of a town hall meeting in Buffalo, New York, that …".)
    const next = lowerAt(tokens, k + 1);
    afterThat = k <= end && tokens[k].lower === 'that' && (k - s <= 12 || tokens[k - 1].surface === ',') && !inQuote(k) && !FINITE_VERBS.has(next) && !isVerbOnly(next) && !/ed$/u.test(next);
    s = afterThat ? k + 1 : end + 1;
  }
  // ("said in a statement Wednesday that, if the claims are true, it would act": an aside may open the content, which
  // runs on past the aside's own comma. Not "suggested that, and not his candidacy, was the reason": "that" is then
  // the subject.)
  // (An aside closes at a comma of its own: in "I don't recommend that, so please pour slowly" "that" was the object.)
  let asideEnd = -1;
  if (afterThat && tokens[s]?.surface === ',' && tokens[s + 1]?.word && !AND_BUT.has(tokens[s + 1].lower) && tokens[s + 1].lower !== 'not') {
    for (let k = s + 1; k <= end && k - s <= 28 && (tokens[k].word || /^[,“”"‘’]$/u.test(tokens[k].surface)); k++) if (tokens[k].surface === ',') { asideEnd = k; break; }
    if (asideEnd > 0) s++;
  }
  // The comma before a mid-sentence clause may sit inside a closing quotation mark: "… terrorism,” the White House said.
  const comma = c.from - 1 > sa && CLOSE_MARKS.test(tokens[c.from - 1].surface) && !tokens[c.from - 1].word && tokens[c.from - 2]?.surface === ',' ? c.from - 2 : c.from - 1;
  const commaBefore = comma > sa && tokens[comma].surface === ',';
  // "To alleviate the threat, the officials said, the utility switched ...": when only an opening adverbial
  // precedes a mid-sentence attribution, the content follows it; otherwise ("A, the source said, but B") it precedes.
  // ("Finding water on Europa, he said, is …": a gerund before a verb is the content's subject, not an adverbial.)
  const prefixIsAdverbial = commaBefore && isOpeningAdverbial(tokens, sa, comma) && !(tokens[c.to + 1]?.surface === ',' && FINITE_VERBS.has(lowerAt(tokens, c.to + 2)));
  const leftover = s <= end ? tokens[s] : undefined;
  const midSentence = commaBefore && tokens[c.to + 1]?.surface === ',';
  if (leftover && !leftover.word && OPEN_MARKS.test(leftover.surface) && inQuote(s + 1) && c.side !== 'after') {
    // A quotation right after the cue is the report — unless the claim goes on after it ("says “the tide has turned”
    // despite the loss"): then the whole is reported content with a quotation inside.
    const z = stopAt(s);
    return goesOn(s + 1, z) < 0 ? null : found('content-after-cue', [s, z]);
  }
  if (leftover && leftover.word && c.side !== 'after' && (!midSentence || prefixIsAdverbial)) {
    if (inQuote(s) && OPEN_MARKS.test(textAt(tokens, s - 1))) {
      // A direct quote follows: it is the report, unless the claim goes on after it ("says “the wind is at our backs”
      // despite his loss"), in which case the whole is reported content with a quotation inside.
      const z = stopAt(s);
      return goesOn(s, z) < 0 ? null : found('content-after-cue', [s - 1, z]);
    }
    // ("Google confirmed it in a statement", "explained them to me": a pronoun object alone points back to what was
    // said, and the words after it are where and to whom.)
    // (Not "called it “a disaster”": a quotation after the pronoun says what it was called.)
    if (!afterThat && PRONOUN_OBJECTS.has(tokens[s].lower) && (s === end || TAIL_OPENERS.has(tokens[s + 1].lower) || /^[.,;:!?]$/u.test(tokens[s + 1].surface))) return null;
    // ("A statement posted Monday said …": the content of "posted" would open with the sentence's own cue.)
    if (b.clauseAtCue.get(s)?.side === 'before') return null;
    // ("A video posted online shows …": after an indefinite thing, a past form and a place or a time describe the thing.)
    if (!afterThat && indefiniteThing(tokens, c) && /ed$/u.test(tokens[c.cueAt].lower) && (SETTING_LEADS.has(tokens[s].lower) || TIME_WORDS.has(tokens[s].lower) || tokens[s].lower === 'online')) return null;
    // ("The police responded and confirmed that …": a second verb of the speaker's, not the first one's content.)
    // ("… had been reported in May and some lawmakers had mentioned …": past a setting, "and" opens a clause of its own.)
    if (!afterThat && AND_BUT.has(tokens[s].lower) && (s > c.cueTo + 1 || b.clauseAtCue.has(s + 1) || isVerbOnly(lowerAt(tokens, s + 1)) || /ed$/u.test(lowerAt(tokens, s + 1)))) return null;
    const z = stopAt(asideEnd > s ? asideEnd + 1 : s);
    // Two words can be a report ("profits fell"); weak cues (noted, suggested) need a clause of three or more.
    const minWords = c.cueVerb.weak ? 3 : 2;
    // A verb that also takes a thing for object reports a clause only: "added three assists", "has agreed a deal to …",
    // "wrote A Song of Ice and Fire, …", "posted a video" (a piece of writing is content: "wrote a letter urging …").
    // (A cue in a headline is left alone: its capitalised words hide the verbs.)
    if (c.cueVerb.clauseOnly && !afterThat && !isCapitalized(tokens[c.cueAt].surface) && thingObject(tokens, s, z, fronted(tokens, sa, c))) return null;
    if (c.cueVerb.clauseStrict && !afterThat && !isCapitalized(tokens[c.cueAt].surface) && !startsClause(tokens, s, z)) return null;
    // "“…,” he told cheering supporters in Nashua", "“…,” Axelrod said just after midnight on CNN": after the quotation
    // it attributes, a cue's words with no clause in them are its audience, time and place, not a report.
    // (Not a participle's or a joined verb's words, a new statement: "…,” he said, explaining why he disagrees".)
    if (!afterThat && (c.cueVerb.listener || c.foundBy !== 'participle' && c.foundBy !== 'coordinated' && !WH_WORDS.has(tokens[s].lower)) && (inQuote(sa) || OPEN_MARKS.test(tokens[sa].surface)) && !opensClause(tokens, s, z)) return null;
    // ("was how Ford described it to friends": a pronoun is what was described, not a report of it.)
    if (c.cueLemma === 'describe' && (OBJECT_PRONOUNS.has(tokens[s].lower) || tokens[s].lower === 'it')) return null;
    // ("without having to tell yourself “no”", "I kept telling myself …": telling oneself is thinking.)
    if (c.cueLemma === 'tell' && /sel(f|ves)$/u.test(tokens[s].lower)) return null;
    // ("said about the vote" names a topic; "said (that) about 300 people were evacuated" a number, and after "that" a
    // clause may open with "for": "said on MSNBC that for one, …".)
    if (wordsIn(s, z) >= minWords && !/^(to|of)$/u.test(tokens[s].lower) && (afterThat || !/^(for|about)$/u.test(tokens[s].lower) || tokens[s].lower === 'about' && /^(\d|half$)|-(half|thirds?|quarters?)$/u.test(lowerAt(tokens, s + 1)))) return found('content-after-cue', [s, z]);
  }
  if (leftover && !leftover.word && (OPEN_MARKS.test(leftover.surface) || (leftover.surface === ':' && OPEN_MARKS.test(textAt(tokens, s + 1))))) return null;
  // "Rubio says, win or lose on Tuesday, he is staying in the race": a comma after a cue that opens its sentence, and a
  // clause after it (not a participle, a preposition, a subordinator or a quotation).
  const opensSentence = c.from === sa || c.from === sa + 1 && AND_BUT_SO_YET_STILL_NOW.has(tokens[sa].lower);
  if (leftover?.surface === ',' && opensSentence && c.side === 'before' && c.speakerRange !== null && c.foundBy !== 'noun-complement' && governs(c.cueVerb, 'that') && !c.cueVerb.weak) {
    // ("Trump said, at one point, he would build it": a short aside of time or manner first, up to its comma; the clause
    // after it then opens with its subject.)
    let a = s + 1;
    const opener = tokens[a];
    const asideOpens = opener?.word && (TAIL_OPENERS.has(opener.lower) || TIME_WORDS.has(opener.lower) || ASIDE_OPENERS.has(opener.lower));
    if (asideOpens) {
      let k2 = a;
      while (k2 <= end && k2 - a < 6 && tokens[k2].word) k2++;
      a = tokens[k2]?.surface === ',' && tokens[k2 + 1]?.word && (PRONOUN_WORDS.has(tokens[k2 + 1].lower) || CONTRACTED_SUBJECTS.has(straight(tokens[k2 + 1])) || isCapitalized(tokens[k2 + 1].surface) || DETERMINERS.has(tokens[k2 + 1].lower)) ? k2 + 1 : -1;
    }
    const w = a > 0 ? tokens[a] : undefined;
    if (w?.word && !inQuote(a) && !/ing$/u.test(w.lower) && (asideOpens || !TAIL_OPENERS.has(w.lower) && !COMMA_FOLLOWERS.has(w.lower) && !TIME_WORDS.has(w.lower))) {
      const z = stopAt(a);
      if (wordsIn(a, z) >= 4 && opensClause(tokens, a, z)) return found('content-after-cue-comma', [a, z]);
    }
  }
  if (midSentence && prefixIsAdverbial) {
    // "For days after a storm, Con Edison officials say, they often deal with ...". ("After the vote, the union said,
    // “…”": a quotation after the comma is the direct quote, not a second copy of it.)
    if (OPEN_MARKS.test(textAt(tokens, c.to + 2)) && inQuote(c.to + 3)) return null;
    // ("…,” said Ana Ruiz, director, Acme." / "This system, says Ana Ruiz, an immunologist at …, helps …": words inside a
    // quotation are no adverbial, and after an inverted speaker comes the speaker's own appositive.)
    if (inQuote(sa) || c.side === 'after' && /^(a|an|the)$/u.test(lowerAt(tokens, c.to + 2))) return null;
    return onward('content-after-mid-sentence-cue', c.to + 2);
  }
  // Content before the clause: "CONTENT, the source said." / "CONTENT, said X." / "CONTENT, he said Wednesday on
  // MSNBC." / "The goal, he said, is a cease-fire" (the content continues after the clause).
  // (A relative clause tells of the person it follows, never of the words before them: "…, and her husband, the late
  // James Rigney, who wrote as Robert Jordan.")
  if (!commaBefore || prefixIsAdverbial || c.relative) return null;
  // ("Trump hinted at the issue, adding, “We will see.”": what the subject did before a participle is narration; the
  // participle's content comes after it.)
  if (c.side === 'participle' && /ing$/u.test(tokens[c.cueAt].lower)) return null;
  // ("…, a plan announced earlier this year": an indefinite thing before a past form is a phrase in apposition, the
  // thing described, not one who speaks.)
  if (indefiniteThing(tokens, c)) return null;
  const tail = skipAdverbials(tokens, c.to + 1, end);
  const tailOk = c.to >= end || tail > end || !tokens[tail].word || (c.speakerRange !== null && c.foundBy !== 'participle' && TAIL_CUES.has(c.cueLemma) && adverbialToEnd(b, c, tail, end));
  if (!tailOk) return null;
  // A comma inside a closing quotation mark stays with the content: "… the pumps “failed one after another,”".
  let z = comma === c.from - 2 ? c.from - 1 : comma - 1;
  // A sentence that opens with a direct quote is that quote's attribution, not reported speech — unless the claim goes on
  // after it ("“This will be hard” for the mayor, said Ida Berg"): then the whole is content with a quotation inside.
  // (Its own attribution after it is no such claim: "“We won,” Ida Berg, the mayor, said".)
  const opens = OPEN_MARKS.test(tokens[sa].surface) && inQuote(sa + 1);
  const q = opens ? goesOn(sa + 1, z) : -1;
  const claim = q > 0 && !isCapitalized(tokens[q].surface) && !DETERMINERS.has(tokens[q].lower) && !PRONOUN_WORDS.has(tokens[q].lower) && !b.clauseAtCue.has(q);
  if (inQuote(sa) || opens && !claim) return null;
  let a = sa;
  const passedOn = (o: Clause): boolean => o.side === 'before' && o.speakerRange?.from === sa && o.foundBy === 'subject-verb' && c.speakerRange !== null && c.foundBy === 'subject-verb' && !PRONOUN_WORDS.has(tokens[c.speakerRange.from].lower) &&
    tokens[o.speakerRange.to].lower !== tokens[c.speakerRange.to].lower &&
    !tokens.slice(o.to + 1, comma).some((t, n, all) => t.surface === ',' && AND_BUT.has(all[n + 1]?.lower ?? ''));
  // Start after an earlier clause of the same sentence, if any ("X said A, and B, he added").
  for (let ko = k - 1; ko >= 0 && b.clauseSentence[ko] === b.clauseSentence[k]; ko--) {
    const o = b.attributions[ko];
    // ("Forecasts called for gusts of 60 mph, PG&E officials said": what a thing requires is no clause of its own.)
    // ("Smith told aides the plan was dead, CNN reported": a report of another speaker's, the whole sentence before the
    // comma and nothing joined to it, is reported as a whole; "X said A, and B, he added" goes on after X's.)
    if (o.to < comma && o.from >= sa && o.side !== 'participle' && !thingRequires(tokens, o) && !passedOn(o)) { a = Math.max(a, o.to + 1); break; }
  }
  // Reported content before a clause is read back a bounded number of tokens too, and starts after a colon that sets
  // it off ("His message was simple: the plant stays open, the mayor said"). A dash may not: "… since mid-September —
  // the first time that’s happened since 1905, said …" is one claim.
  if (z - a > MAX_CONTENT_TOKENS) a = z - MAX_CONTENT_TOKENS;
  for (let k = z - 1; k > a; k--) {
    if (!tokens[k].word && tokens[k].surface === ':' && !inQuote(k)) { a = k + 1; break; }
  }
  // (A quotation mark before the first word opens a quotation, whichever way it is curled: "” … they are not like him,”".)
  let markFirst = false;
  while (a < z && !tokens[a].word) { if (/^[“”"‘’'«»„]$/u.test(tokens[a].surface)) markFirst = true; a++; }
  // (Not a "that" the attribution interrupts, which is the subject: "That, Audi says, allows …".)
  if (tokens[a]?.lower === 'that' && !demonstrative(tokens, a) && a < z) a++;
  if (BUT_AND_YET_SO.has(lowerAt(tokens, a)) && a < z) a++;
  a = skipDatelineAt(tokens, a, z + 1);
  while (z > a && !tokens[z].word && /^[,;:]$/u.test(tokens[z].surface)) z--;
  // Content that is all one quotation is that quote's attribution, not reported speech.
  if (CLOSE_MARKS.test(tokens[z].surface) && !tokens[z].word && (inQuote(a) || markFirst || OPEN_MARKS.test(textAt(tokens, a)))) return null;
  if (comma === c.from - 2) z = c.from - 1;
  // "The goal, he said, is to forge a cease-fire": the clause sits inside the content, which goes on after it.
  // ("The contrast with Trump, said Doyle, would be clear": after an inverted speaker, a finite verb goes on with the
  // claim; any other word is the speaker's own description, "…, said Ana Ruiz, director of …".)
  const invertedGoesOn = c.side === 'after' && tokens[tail]?.surface === ',' && tail < end && tokens[tail + 1]?.word === true && (FINITE_VERBS.has(straight(tokens[tail + 1])) || MODALS.has(tokens[tail + 1].lower));
  if (tokens[tail]?.surface === ',' && tail < end && (c.side === 'before' || invertedGoesOn)) {
    let b2 = tail + 1;
    while (b2 <= end && !tokens[b2].word) b2++;
    // The second piece continues the claim, not the attribution ("…, the AP declared on Thursday, two days after …").
    // ("…, said on Saturday, soon after the two leaders spoke": a subordinator after a degree or time word too.)
    // It may be quoted words that go on with the sentence ("The rules, the union said, “will empty the docks”"), its
    // quotation mark kept; a capitalised quotation is a sentence of its own, a direct quote ("…, she said, “We won.”").
    const opener = SOON_WORDS.has(lowerAt(tokens, b2)) ? b2 + 1 : b2;
    if (b2 <= end && !b.clauseAtFrom.has(b2) && !CLAUSE_OPENERS.has(lowerAt(tokens, opener)) &&
        !startsWithDigit(tokens[b2].surface) && !NUMBER_WORDS.has(tokens[b2].lower) && !TIME_WORDS.has(tokens[b2].lower) && !(inQuote(b2) && isCapitalized(tokens[b2].surface))) {
      const z2 = stopAt(b2);
      if (wordsIn(b2, z2) >= 2 && wordsIn(a, z) + wordsIn(b2, z2) >= 3) return { foundBy: 'content-around-cue', from: a, to: z2, parts: [[a, z], [inQuote(b2) ? b2 - 1 : b2, z2]] };
    }
  }
  // ("…, when, in fact, he responded quickly": an attribution inside a subordinate clause reports nothing before it.)
  let w = z;
  while (w > a && w > z - 3 && tokens[w].word) w--;
  if (wordsIn(a, z) < 3 || tokens[w].surface === ',' && SUBORDINATORS.has(tokens[w - 1].lower)) return null;
  return found('content-before-cue', [claim ? sa : a, z]);
}

/** A saying no one is said to have made, outside a quotation no report: an order to the reader ("Tell us what you
 *  think": a bare cue opening its sentence), or the writer's hedge ("it is fair to say …", "too soon to say", "worth
 *  noting"). */
function unasserted(tokens: readonly Token[], c: Clause, sa: number, inQuote: (i: number) => boolean): boolean {
  if (c.foundBy === 'bare-cue' && c.cueAt === sa) return true;
  const before = lowerAt(tokens, c.cueAt - 1);
  return before === 'worth' || before === 'to' && HEDGE_ADJECTIVES.has(tokens[c.cueAt - 2]?.lower) || writerSpeaks(tokens, c, sa, inQuote);
}

/** The writer's own "I/we" or the reader's "you" saying something only as a way of writing, outside a quotation:
 *  the cue after a modal, "to" or "let's" ("we can say that …", "I'm happy to say that …", "I have to say …", "you
 *  can say all you want that …", "let's say …"). The writer's or a source's past sayings ("I asked him whether …",
 *  "I said that …" in a transcript) are reports. With no speaker in reach, the nearest subject pronoun outside a
 *  quotation before the cue is the clause's subject. */
function writerSpeaks(tokens: readonly Token[], c: Clause, sa: number, inQuote: (i: number) => boolean): boolean {
  const before = straight(tokens[c.cueAt - 1] ?? tokens[c.cueAt]);
  // ("As I said earlier, …", "as we reported": the writer recalling the article's own words.)
  const as = c.speakerRange !== null && tokens[c.speakerRange.from - 1]?.lower === 'as';
  if (!as && before !== "let's" && before !== 'to' && before !== 'can' && !MODALS.has(before)) return false;
  if (c.speakerRange) return c.speakerRange.from === c.speakerRange.to && WRITER_OR_READER.test(straight(tokens[c.speakerRange.from]));
  for (let i = c.cueAt - 1; i >= sa; i--) {
    const w = straight(tokens[i]);
    if (inQuote(i)) continue;
    if (WRITER_OR_READER.test(w)) return true;
    if (PRONOUN_WORDS.has(w) || CONTRACTED_SUBJECTS.has(w)) return false;
  }
  return false;
}

const WRITER_OR_READER = /^(?:(?:i|we|you)(?:'(?:m|ve|ll|d|re))?|let's)$/u;

/** "The recipe called for three cups of sugar", "forecasts call for rain": a verb whose subject head means it names
 *  what a thing requires (the cue's `notAfter`), not a demand. The head may sit before a preposition the subject walk
 *  stopped at: "the recipe for this jam called for". */
function thingRequires(tokens: readonly Token[], c: Clause): boolean {
  return c.speakerRange !== null && c.cueVerb.notAfter !== undefined && tokens.slice(Math.max(0, c.speakerRange.from - 4), c.speakerRange.to + 1).some((w) => c.cueVerb.notAfter?.includes(w.lower));
}

/** "would (then) have claimed", "could have said", "may have told": a saying that would have been made. */
function wouldHave(tokens: readonly Token[], cue: number): boolean {
  if (tokens[cue - 1]?.lower !== 'have') return false;
  return MODALS.has(tokens[cue - 2]?.lower) || MODALS.has(tokens[cue - 3]?.lower) && tokens[cue - 2].word;
}

/** "that" as the clause's subject, not its complementiser: "estimates that could be 300 miles", "That is not true, she
 *  said" (a finite verb right after it; "that would-be buyers …" is a compound). */
function demonstrative(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && FINITE_VERBS.has(straight(next)) && tokens[i + 2]?.surface !== '-';
}

/** Cues of plain saying, whose withholding leaves a question open: "would not say who", "declined to explain why". */
const WITHHELD_QUESTION_CUES = new Set('say tell explain disclose reveal specify indicate confirm comment elaborate'.split(/\s+/u));

/** Whether the cue at `i` is negated or withheld: "did not say", "wouldn't say", "is not saying", "declined to say". */
function withheld(tokens: readonly Token[], i: number): boolean {
  const before = straight(tokens[i - 1] ?? tokens[i]);
  if (before === 'not' || before === 'never' || /n't$/u.test(before)) return true;
  return before === 'to' && WITHHOLDING_BEFORE_TO.has(lowerAt(tokens, i - 2));
}

/** A head noun that may speak: a person, a group of people, an organisation or a document. */
function speakingHead(word: string): boolean {
  return personNoun(word) || isPeoplePlural(word) || DOCUMENT_HEADS.has(word) || ORG_HEADS.has(word) || ANON_HEAD_WORDS.has(word);
}

/** Whether the clause's speaker is an indefinite thing that speaks of nothing: "a plan", "a video" (not "a spokesman",
 *  "a report", "a Reuters video"). */
function indefiniteThing(tokens: readonly Token[], c: Clause): boolean {
  return c.speakerRange !== null && c.side === 'before' && /^an?$/u.test(tokens[c.speakerRange.from].lower) && !tokens.slice(c.speakerRange.from + 1, c.speakerRange.to + 1).some((w) => speakingHead(w.lower) || isCapitalized(w.surface));
}

/** Object pronouns that stand for what was said: "confirmed it", "explained them", "said this". */
const PRONOUN_OBJECTS = new Set(['it', 'this', 'them', 'these', 'those', 'so']);

/** Words that open an adverbial after an attribution: "…, she said in a video message to the convention". */
const TAIL_OPENERS = new Set('after before in at on during to while when as from with via through outside inside following upon near amid of about between ahead shortly moments hours days'.split(/\s+/u));

/** Cues of plain saying, whose words after the speaker are circumstance, not a complement ("boasted of", "agreed to"). */
const TAIL_CUES = new Set('say tell add write explain argue insist warn claim contend acknowledge admit predict note'.split(/\s+/u));

/**
 * Whether the words from `tail` to the sentence's end are one adverbial of the attribution ("…, he said after
 * meeting Thursday with party leaders.") rather than more content: they open with a preposition or a subordinator,
 * hold no "that", no comma and no other clause. (Bounded: a sentence longer than that is not read as one adverbial.)
 */
function adverbialToEnd(b: Paragraph, c: Clause, tail: number, end: number): boolean {
  const { tokens } = b;
  const opener = lowerAt(tokens, tail);
  if (!TAIL_OPENERS.has(opener) || end - tail > 30) return false;
  // "said of the plan", "said about the vote": its topic; after other cues "of" and "about" take the complement.
  if ((opener === 'of' || opener === 'about') && c.cueLemma !== 'say') return false;
  for (let i = tail; i <= end; i++) {
    const t = tokens[i];
    if (/^(that|,|;|:)$/u.test(t.lower) || b.clauseAtCue.has(i) || OPEN_MARKS.test(t.surface) && !t.word) return false;
  }
  return true;
}

/** Whether the words from `from` to `to` (after their last "that") hold a word that may be a verb or its subject: a
 *  finite or past form, an infinitive or a participle, a word that is only a verb, one ending in "s" (a present tense,
 *  or a plural noun: read as may be), or a subject pronoun. */
function mayHaveVerb(tokens: readonly Token[], from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && tokens[k].lower !== 'that') k--;
  for (let j = tokens[k].lower === 'that' ? k + 1 : from; j < to; j++) {
    const w = tokens[j].lower;
    if (FINITE_VERBS.has(straight(tokens[j])) || isVerbOnly(w) || isLowerEdForm(w) || PAST_FORMS_UNLISTED.has(w) || nameLexicon().irregularPast.has(w) || /[^s]s$|['’]s$|ing$|^to$/u.test(w) || PRONOUN_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * "Despite Will's call to abandon him, Trump leads the pack, according to a poll": a concession or a participle phrase
 * the writer fronts before a claim passed on by "according to" ("Despite …", "For all …", "Rather than …", "Even if
 * …", "Boasting 108,000 residents, …") is the writer's setting, not what the source said; the content starts after
 * its comma. (Not "While …", "When …": what the source said often holds those.)
 */
function afterConcession(tokens: readonly Token[], a: number, z: number): number {
  const w = lowerAt(tokens, a);
  const next = lowerAt(tokens, a + 1);
  const fronted = w === 'despite' || w === 'for' && next === 'all' || w === 'rather' && next === 'than' || w === 'even' && next === 'if' ||
    /^[A-Z][a-z]{3,}ing$/u.test(textAt(tokens, a)) && !NON_ADJUNCT_ING.has(w) &&
    // (A participle takes an object or a phrase; "Gambling revenue at the casinos rose" is a noun phrase.)
    (DETERMINERS.has(next) || startsWithDigit(textAt(tokens, a + 1)) || isCapitalized(textAt(tokens, a + 1)) || OPENING_PREPOSITIONS_OF_CONTENT.has(next) || next === 'to');
  if (!fronted) return a;
  for (let k = a + 2; k < z && k - a <= 30; k++) {
    // (A comma inside a number, "108,000", is none.)
    if (tokens[k].surface === ',' && !(startsWithDigit(textAt(tokens, k + 1)) && tokens[k + 1].charStart === tokens[k].charEnd)) return wordsBetween(tokens, k + 1, z) >= 3 ? k + 1 : a;
  }
  return a;
}

/** "One month after announcing his support, Rubio …", "Even before Sanders took the stage to acknowledge his
 *  victory, …", "In the six months since announcing her decision, …": a subordinator a few verbless words into the
 *  sentence, before the cue, opens a fronted phrase as a bare one would. */
function frontedSubordinator(tokens: readonly Token[], sa: number, cue: number): boolean {
  for (let k = sa + 1; k < cue && k <= sa + 4; k++) {
    const t = tokens[k];
    if (!t.word || FINITE_VERBS.has(straight(t)) || isVerbOnly(t.lower)) return false;
    // (The words before it say when: "One month", "Even", "In the six months" — not a subject, "Trump after …".)
    if (SUBORDINATORS.has(t.lower) && t.lower !== 'as' && t.lower !== 'if') return openingTimePhrase(tokens, sa, k);
  }
  return false;
}

/** Whether "and" or "or" at `i` closes "both … and", "either … or", "between … and" opened a few words before. */
function pairedConjunction(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 4; k--) {
    const w = tokens[k].lower;
    if (PAIR_OPENERS.has(w)) return true;
    // (Not across a verb: "said both men were wrong and Rubio said nothing" is two clauses.)
    if (!tokens[k].word || FINITE_VERBS.has(straight(tokens[k])) || isVerbOnly(w) || isLowerEdForm(w)) return false;
  }
  return false;
}

/** Whether the words from `from` to before `to` are a noun phrase: no verb form and no subject pronoun among them
 *  ("a boycott of his speech", "proof of citizenship"; a possessive is no sign of a clause). */
function nounPhraseOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = tokens[j].lower;
    if (!tokens[j].word) continue;
    if (FINITE_VERBS.has(straight(tokens[j])) || isVerbOnly(w) || isLowerEdForm(w) || PAST_FORMS_UNLISTED.has(w) || nameLexicon().irregularPast.has(w) || SUBJECT_PRONOUNS_PERSONAL.has(w) || w === 'that' || w === 'to' || /ing$/u.test(w)) return false;
  }
  return true;
}

/** Subordinators that put a gerund after a claim: "while closing out", "after meeting", "before leaving", "by saying". */
const GERUND_LEADS = new Set(['while', 'after', 'before', 'when', 'since', 'by', 'without', 'despite']);

/** Words that link a second clause to the content: "…, and the military said", "…, but 55 percent of voters say". */
const LINKS = new Set(`and but while whereas`.split(/\s+/u));

/** Where content starting at `from` ends: before a second attribution, a participle adjunct, a semicolon or a spaced dash. */
/** Words that open a picture's or a video's credit in brackets: "(Image: …)", "[Photo: …]". */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['image', 'images', 'photo', 'photos', 'picture', 'pictures', 'pic', 'video', 'credit', 'source']);

function stopAtBoundary(b: Paragraph, c: Clause, from: number, end: number, verbPhrase = false): number {
  const { tokens } = b;
  /** A clause (not this one) starting within a few tokens of `at`: "…, but 55 percent of voters say". */
  const clauseNear = (at: number): Clause | undefined => {
    // ("…, and more than 4 in 10 said": an amount's words before the count.)
    for (let k = at; k <= Math.min(end, at + 3); k++) {
      const next = b.clauseAtFrom.get(k);
      if (next && next !== c && next.side !== 'after') return next;
      if (!tokens[k].word || (k > at && !startsWithDigit(tokens[k - 1].surface) && !determinerLike(tokens[k - 1].lower) && !AMOUNT_LEADS.has(tokens[k - 1].lower))) break;
    }
    return undefined;
  };
  let stop = Math.min(end, from + MAX_CONTENT_TOKENS);
  if (c.foundBy === 'noun-participle') {
    stop = Math.min(stop, beforeSecondVerb(tokens, from, stop));
    // "Dan Alpert, author of a book calling for more stimulus, expressed alarm": a participle inside an appositive ends
    // with it, at the comma before the sentence's own verb.
    if (c.speakerRange && tokens[c.speakerRange.from - 1]?.surface === ',') {
      for (let k = from + 1; k < stop; k++) if (tokens[k].surface === ',' && /^[a-z]{3,}ed$/u.test(textAt(tokens, k + 1)) && !AND_BUT.has(lowerAt(tokens, k + 2))) { stop = k - 1; break; }
    }
  }
  // "While he said he would hold a hearing, it is unlikely …": content inside a fronted subordinate clause ends at the
  // comma that closes it (a comma before the content has closed it already: "If elected, she said …", "As X noted, …").
  // ("…, and while he said …": the subordinator may open the speaker's clause inside the sentence.)
  let sa = b.sentenceTokens[b.tokenSentence[c.cueAt]][0];
  if (AND_BUT.has(tokens[sa].lower)) sa++;
  const lead = c.speakerRange ? c.speakerRange.from - 1 : sa;
  if (lead > sa && tokens[lead].lower !== 'as' && SUBORDINATORS.has(tokens[lead].lower)) sa = lead;
  let closes = SUBORDINATORS.has(tokens[sa].lower) || frontedSubordinator(tokens, sa, c.cueAt);
  for (let i = sa; closes && i < from; i++) closes = tokens[i].surface !== ',';
  /** Brackets opened inside the content: a closing one with none open ends it ("(…, 44 percent say they want X), but"). */
  let open = 0;
  /** Whether the content up to `scanned` has a verb or a subject pronoun (read only when an "and" needs it). */
  let verbSeen = false;
  let scanned = from;
  // "Clinton, saying that the plan was dead, left the room": a participle set between the subject and its verb.
  const aside = c.side === 'participle' && tokens[c.cueAt - 1]?.surface === ',' && c.speakerRange !== null && c.speakerRange.to === c.cueAt - 2;
  for (let i = from; i <= stop; i++) {
    const t = tokens[i];
    // A comma inside a number ("20,000 troops") is no boundary.
    if (t.surface === ',' && i > from && tokens[i - 1].charEnd === t.charStart && tokens[i + 1]?.charStart === t.charEnd && /\d$/u.test(tokens[i - 1].surface) && startsWithDigit(tokens[i + 1].surface)) continue;
    // A credit in brackets is the page's, not the claim's: "… control of Hong Kong (Image: GETTY)".
    if ((t.surface === '(' || t.surface === '[') && i > from && CREDIT_WORDS.has(lowerAt(tokens, i + 1)) && tokens[i + 2]?.surface === ':') { stop = i - 1; break; }
    if (t.surface === '(' || t.surface === '[') open++;
    else if (t.surface === ')' || t.surface === ']') {
      if (open === 0 && i > from) { stop = i - 1; break; }
      open = Math.max(0, open - 1);
    }
    // A spaced dash or a semicolon ends the claim — but an aside between two dashes, with the claim going on after it,
    // is inside it ("told reporters that the airline — the largest carrier in the world — will expand").
    if (!t.word && /^[—–]$/u.test(t.surface)) {
      const closing = pairedDash(tokens, i, stop);
      if (closing > 0) { i = closing; continue; }
      if (i > from + 2) { stop = i - 1; break; }
    }
    if (t.surface === ';') { stop = i - 1; break; }
    // "announced the 30-date jaunt while closing out their concert …", "defended the plan after meeting …": after content
    // that is a noun phrase with no verb yet, a subordinator and a gerund tell what the speaker did meanwhile.
    if (i > from + 1 && GERUND_LEADS.has(t.lower) && /^[a-z]{3,}ing$/u.test(textAt(tokens, i + 1)) && !NON_ADJUNCT_ING.has(lowerAt(tokens, i + 1)) && !mayHaveVerb(tokens, from, i)) { stop = i - 1; break; }
    // "asked the company to unwind the deal and returned the money": a verb in the past after "and" or "but" cannot
    // continue an infinitive or a topic, so the sentence's subject is acting again.
    // (Any past form: "promised to protect Medicaid and hammered Bevin", though the lexicon calls "hammered" an adjective.)
    if (verbPhrase && AND_BUT.has(t.lower) && i > from && tokens[i + 1]?.word && (isVerbOnly(tokens[i + 1].lower) || /^[a-z]{3,}ed$/u.test(tokens[i + 1].surface))) { stop = i - 1; break; }
    // "claimed self-defense and was acquitted", "mentioned Clinton’s remarks and went back to its panel": after content
    // that is a noun phrase (no verb yet), "and" and a verb in the past or a finite one is the speaker acting again.
    if (AND_BUT.has(t.lower) && i > from && tokens[i + 1]?.word && (isVerbOnly(tokens[i + 1].lower) || WAS_HAS_PAST.has(tokens[i + 1].lower))) {
      for (; scanned < i && !verbSeen; scanned++) verbSeen = tokens[scanned].word && (FINITE_VERBS.has(straight(tokens[scanned])) || isVerbOnly(tokens[scanned].lower) || PRONOUN_WORDS.has(tokens[scanned].lower));
      if (!verbSeen) { stop = i - 1; break; }
    }
    // "…, and the military said", "…, but 55 percent of voters say": a second attribution is not part of the content.
    // (Not a verb that takes a thing and has one: "said his band and producer Ann Bell wrote a host of new songs" is
    // one claim, whose subject is two.)
    // ("said both he and Rubio promised …": "both … and" joins two subjects of one clause.)
    if (LINKS.has(t.lower) && i > from && !pairedConjunction(tokens, from, i)) {
      const next = clauseNear(i + 1);
      if (next && (next.side === 'before' || next.side === 'participle') && !actsOnThing(tokens, next, end)) { stop = i - 1; break; }
    }
    // A relative clause ("the source, who said he had spoken to people inside, told Reuters") ends at its comma.
    // (Not at an aside: "While he claimed that the group, or its leaders, had …".)
    // (A comma that ends a quotation closes it too: "While he said it would be “cheap and fast,” it turns out …".)
    // ("says he “loves China,” and “…”": a list of quotations goes on.)
    const quoteEnds = t.surface === ',' && inQuoteAt(b, i) && !tokens[i + 1]?.word && CLOSE_MARKS.test(textAt(tokens, i + 1));
    if (t.surface === ',' && (c.relative || closes && (!inQuoteAt(b, i) || quoteEnds && !/^(and|or)$/u.test(lowerAt(tokens, i + 2))) && tokens[i + 1]?.lower !== 'or' && !FINITE_VERBS.has(lowerAt(tokens, i + 1)))) { stop = quoteEnds ? i + 1 : i - 1; break; }
    // "disclosed that after the rape, Bill Clinton called her …": a verbless adverbial opening the content is closed by
    // its comma, and the content's own clause follows (not "asked if he would run, …": "if" opens the question).
    if (t.surface === ',' && i > from + 1 && OPENING_PREPOSITIONS_OF_CONTENT.has(tokens[from].lower) && nounPhraseOnly(tokens, from + 1, i) && tokens[i + 1]?.word && !LINKS.has(tokens[i + 1].lower)) continue;
    if (t.surface === ',' && i > from) {
      // The comma may sit inside a closing quotation mark: "…more work to do,” noting …".
      let after = i + 1;
      while (after <= end && !tokens[after].word && /^[”"’'»]$/u.test(tokens[after].surface)) after++;
      if (clauseNear(after) || (LINKS.has(lowerAt(tokens, after)) && clauseNear(after + 1))) { stop = after > i + 1 ? after - 1 : i - 1; break; }
      // "…, said the new rules were unworkable": the cue of the sentence's own attribution.
      const atCue = b.clauseAtCue.get(after);
      if (atCue && atCue !== c && !actsOnThing(tokens, atCue, end)) { stop = i - 1; break; }
      const w = tokens[after];
      // "…, citing a memo", "…, echoing …": a participle adjunct ends the claim (not a list of gerunds: "covering
      // up, delaying, and withholding").
      const listed = /^[a-z]+ing$/u.test(lowerAt(tokens, i - 1)) || /^(,|and|or)$/u.test(lowerAt(tokens, after + 1));
      // (Not inside a quotation the content opened: "… and “be rallying our partners, pulling countries off …”" is
      // the speaker's own words.)
      if (w?.word && /^[a-z]+ing$/u.test(w.surface) && !NON_ADJUNCT_ING.has(w.lower) && !listed && !(inQuoteAt(b, after) && after === i + 1)) { stop = after > i + 1 ? after - 1 : i - 1; break; }
      // (That aside ends at the comma before the subject's own verb.)
      if (aside && w?.word && (isVerbOnly(w.lower) || PAST_FORMS_UNLISTED.has(w.lower)) && !FINITE_VERBS.has(w.lower)) { stop = i - 1; break; }
      // "…, but critics point to …", "…, but he has not": a contrast with a subject of its own is the writer's clause.
      if (w?.lower === 'but' && wordsBetween(tokens, from, i) >= 3) {
        const subject = tokens[after + 1];
        // ("…, but for Republicans, it is a smoking gun": a fronted phrase of the writer's own.)
        // ("…, but there is growing anger", "…, but that's just morphine", "…, but went on to say": a clause of the
        // writer's, or the speaker acting again; not "…, but that the fees would rise", a second clause of the claim.)
        if (subject?.word && (PRONOUN_WORDS.has(subject.lower) || subject.lower === 'there' || /^th(?:at|is)['’]s$/u.test(subject.lower) || /^th(?:at|is)$/u.test(subject.lower) && /^(?:is|was)$/u.test(lowerAt(tokens, after + 2)) || isVerbOnly(subject.lower) || determinerLike(subject.lower) || ANON_HEAD_WORDS.has(subject.lower) || BUT_PREPOSITIONS.has(subject.lower) || isCapitalized(subject.surface) && !inQuoteAt(b, after + 1))) { stop = after > i + 1 ? after - 1 : i - 1; break; }
      }
      // "called for a boycott of his speech, and the Anti-Defamation League denounced …": after content that is a noun
      // phrase (no verb yet), ", and" or ", but" and a subject open a clause of the writer's.
      if (w?.word && AND_BUT.has(w.lower) && nounPhraseOnly(tokens, from, i)) {
        const subject = tokens[after + 1];
        // (A clause: its verb follows within a few words; "denied the charges, and the claims of fraud" is a list.)
        const clauseFollows = subject?.word === true && !inQuoteAt(b, after + 1) && (PRONOUN_WORDS.has(subject.lower) || determinerLike(subject.lower) || /^th(?:at|is)$/u.test(subject.lower) || isCapitalized(subject.surface) || startsWithDigit(subject.surface) || subject.lower === 'others') &&
          !nounPhraseOnly(tokens, after + 2, Math.min(end + 1, after + 8));
        if (clauseFollows) { stop = i - 1; break; }
      }
      // "Rubio said the real extremist is Clinton, and he railed against …": a third-person subject after ", and" is the
      // speaker going on to act, not more of the claim.
      // ("…, and he put $100 million into the fund": any past form but an auxiliary's, "and he had total access" may
      // go on with the claim.)
      if (w?.lower === 'and' && wordsBetween(tokens, from, i) >= 3 && /^(he|she|they)$/u.test(lowerAt(tokens, after + 1)) && (isLowerEdForm(textAt(tokens, after + 2)) || PAST_FORMS_UNLISTED.has(lowerAt(tokens, after + 2)) || nameLexicon().irregularPast.has(lowerAt(tokens, after + 2)) && !WAS_HAS_PAST.has(lowerAt(tokens, after + 2)))) { stop = after > i + 1 ? after - 1 : i - 1; break; }
      // "…, while liberal groups …", "…, when voters head to the polls": a subordinate clause after the claim — once
      // the claim has a verb ("said the email scandal, while troublesome, was dealt with", "said that lately, when he
      // speaks, he is asked": an aside inside a clause still waiting for its verb).
      if (w?.word && CONCESSIVES.has(w.lower) && wordsBetween(tokens, from, i) >= 3 && mayHaveVerb(tokens, from, i)) { stop = i - 1; break; }
      // "…, and when X swears he has no idea …, then it’s time to …": when the cue is inside an "if" or "when" clause,
      // ", then" opens the writer's main clause ("If China can build a wall, he said, then he can" is all his).
      if (w?.lower === 'then' && insideSubordinate(tokens, c.cueAt)) { stop = i - 1; break; }
    }
  }
  while (stop > from && !tokens[stop].word && /^[,;:.]$/u.test(tokens[stop].surface)) stop--;
  return stop;
}

/** Words after which a verb continues the verb group rather than starting one: "to", "not". */
const VERB_GROUP_LEADS: ReadonlySet<string> = new Set('to not never also still'.split(/\s+/u));

/**
 * "A memo saying the base would close was leaked", "her letter saying the race was over is a fake": after the
 * content's own finite verb, a second verb group with only plain words between starts the sentence's main verb, whose
 * subject is the noun before "saying". The content ends before it. Only when the content opens with its subject and
 * no pronoun after it ("the plan he drew up was dead" holds a clause of its own). Returns `stop` when none.
 */
function beforeSecondVerb(tokens: readonly Token[], from: number, stop: number): number {
  // (Auxiliaries, "be" and "have" only: a past form after a noun may be a participle, "the staffers identified by".)
  const finite = (k: number): boolean => FINITE_VERBS.has(straight(tokens[k]));
  let first = -1;
  for (let k = from; k <= stop; k++) {
    const t = tokens[k];
    // (A clause inside the content has verbs of its own: "so fierce that it will", "a rally that was supposed to".)
    if (!t.word || CLAUSE_OPENERS.has(t.lower) || t.lower === 'that' || t.lower === 'what') return stop;
    if (first === -1) {
      if (k > from && PRONOUN_WORDS.has(t.lower)) return stop;
      if (finite(k) && k > from) first = k;
      continue;
    }
    const lead = tokens[k - 1].lower;
    if (finite(k) && !FINITE_VERBS.has(straight(tokens[k - 1])) && !VERB_GROUP_LEADS.has(lead) && !/ly$/u.test(lead)) return k - 1;
  }
  return stop;
}

/** The dash that closes an aside opened by the dash at `open` (a few words, no sentence end between, the claim going
 *  on after it with a word), or -1. */
function pairedDash(tokens: readonly Token[], open: number, stop: number): number {
  for (let j = open + 2; j <= Math.min(stop - 1, open + 20); j++) {
    const t = tokens[j];
    if (!t.word && /^[.!?;]$/u.test(t.surface)) return -1;
    if (!t.word && t.surface === tokens[open].surface) return tokens[j + 1]?.word ? j : -1;
  }
  return -1;
}

/** Words after "said," that go on with the attribution, not its content: "he said, according to …", "said, but …". */
const COMMA_FOLLOWERS = new Set('and but or nor who whose which according because so then too though although however unless if since whereas even also again citing not just only perhaps instead without like unlike than where whom what yet still adding'.split(/\s+/u));

/** Words that end a connective or a subordinator before a comma, the clause they open still to come: "In addition,",
 *  "…, because, according to Trump, …". */
const CONNECTIVES = new Set('but and yet so however still because after before since when while although though if that addition fact meanwhile now then also moreover further furthermore'.split(/\s+/u));

/** Prepositions that open a writer's phrase after ", but" ("…, but for Republicans, …", "…, but in private, …"). */
const BUT_PREPOSITIONS = new Set('for in at on among with to after since by unlike despite'.split(/\s+/u));

const NUMBER_WORDS = new Set(`one two three four five six seven eight nine ten a an several hours days weeks months years minutes`.split(/\s+/u));

/** A word that opens a subject like a determiner, or a number. */
const determinerLike = (word: string): boolean => DETERMINER_LIKE_WORDS.has(word) || startsWithDigit(word);

function inQuoteAt(b: Paragraph, i: number): boolean {
  return b.inQuote[i] === 1;
}

function wordsBetween(tokens: readonly Token[], a: number, z: number): number {
  let n = 0;
  for (let i = a; i <= z; i++) if (tokens[i].word) n++;
  return n;
}

/** The word that opens an infinitive after a listener: "urged voters to …", "… not to …". */
const toOrNot = (x: Token): boolean => x.lower === 'to' || x.lower === 'not';



/** "asked him for years", "asked them for comment", "asking for anonymity": how long, or the reporter's routine request
 *  or the source's, not a thing asked for. */
const TIME_SPANS = new Set('years months weeks days hours decades comment comments anonymity'.split(/\s+/u));

/**
 * Where an object phrase after a cue reaches `marker` ("urged [voters] to", "accused [the mayor] of", "described
 * [the plan] as"): the marker's index, or -1. The object is a few words without punctuation or clause words.
 */
function objectThen(tokens: readonly Token[], start: number, end: number, marker: (t: Token, i: number) => boolean, maxWords: number, joined = false): number {
  let words = 0;
  for (let i = start; i <= end; i++) {
    const t = tokens[i];
    if (i > start && t.word && marker(t, i)) return i;
    if (!t.word) {
      if (t.surface === '.' || t.surface === '&' || t.surface === '-' || /^['’]$/u.test(t.surface)) continue;
      // "called on the “interim” government to …": a word in quotation marks belongs to the listener.
      if (joined && /^[“”"]$/u.test(t.surface)) continue;
      // "called on Gov. Rick Snyder (R) to resign": a party label in brackets belongs to the name.
      if (joined && /^[()]$/u.test(t.surface)) continue;
      return -1;
    }
    // "urged Smith and Jones to …": a listener may be two people.
    if (joined && t.lower === 'and' && i > start && tokens[i + 1]?.word) continue;
    if (i > start && CLAUSE_CONTINUERS.has(t.lower)) return -1;
    if (++words > maxWords) return -1;
  }
  return -1;
}

/**
 * Content that a verb's own complement carries, after the cue: "vowed to fight", "urged voters to stay home",
 * "accused the mayor of lying", "described the plan as a disaster", "asked whether the talks would resume".
 */
function complementAfterCue(b: Paragraph, c: Clause, end: number): { foundBy: ReportedRule; from: number; to?: number } | null {
  const { tokens } = b;
  const s = skipAdverbials(tokens, c.side === 'participle' ? c.cueAt + 1 : c.to + 1, end);
  const t = tokens[s];
  if (!t?.word || s > end) return null;
  if (governs(c.cueVerb, 'to')) {
    // "vowed to fight", "promised not to raise taxes".
    // ("pledged to Clinton", "promised to the voters": a preposition before a name or a noun phrase, no infinitive.)
    // ("asked not to be named", "asked to remain anonymous": a condition of the interview, not what was asked for.)
    const to = t.lower === 'not' ? s + 1 : s;
    const anonymity = tokens[to + 1]?.lower === 'remain' || tokens[to + 1]?.lower === 'be' && NAMING_PARTICIPLES.has(lowerAt(tokens, to + 2));
    // ("vowed to “open up” libel laws": the verb may open a quotation, if the claim goes on after it; "vowed to “fight
    // on”" or "pledged to “fight on,” the paper said" is that quotation, a direct quote.)
    let v = s + 1;
    if (OPEN_MARKS.test(textAt(tokens, v))) {
      let close = ++v;
      while (close <= end && (inQuoteAt(b, close) || !tokens[close].word)) close++;
      if (close > end || b.clauseAtFrom.has(close)) v = -1;
    }
    if (!anonymity && t.lower === 'to' && tokens[v]?.word && !isCapitalized(tokens[v].surface) && !DETERMINERS.has(tokens[v].lower)) return { foundBy: 'infinitive', from: s };
    if (!anonymity && t.lower === 'not' && tokens[s + 1]?.lower === 'to' && tokens[s + 2]?.word) return { foundBy: 'infinitive', from: s };
  }
  // "did not say when the bridge would reopen", "declined to explain how …", "has yet to say what …": a saying withheld
  // reports the question left open, from its wh-word.
  // (Of a plain saying only: "did not complain when China's spending helped" tells when.)
  if (WITHHELD_QUESTION_CUES.has(c.cueLemma) && WH_WORDS.has(t.lower) && t.lower !== 'if' && s === c.to + 1 && withheld(tokens, c.cueAt)) return { foundBy: 'question', from: s };
  if (governs(c.cueVerb, 'question')) {
    // "asked whether …", "asked voters if …": the question starts at its wh-word.
    if (WH_WORDS.has(t.lower) || t.lower === 'whom') return { foundBy: 'question', from: s };
    // ("asked Rubio which states he could win": after a name or a pronoun, "who" and "which" open the question too;
    // after a common noun they may open a relative clause, "asked the man who ran the shop to leave".)
    const wh = objectThen(tokens, s, end, (x) => WH_WORDS.has(x.lower), 5);
    // ("asked voters which candidate won": "which" before a noun asks; "asked voters who won the debate": so does "who"
    // unless an infinitive follows, the asking's own, "asked the man who ran the shop to leave", or a cue, "asked
    // several women who said …".)
    const interrogative = wh >= 0 && (tokens[wh].lower === 'which' ? tokens[wh + 1]?.word === true && !FINITE_VERBS.has(tokens[wh + 1].lower) && !isVerbOnly(tokens[wh + 1].lower) && !PRONOUN_WORDS.has(tokens[wh + 1].lower)
      : !CUE_BY_FORM.has(lowerAt(tokens, wh + 1)) && !tokens.slice(wh + 1, Math.min(end, wh + 14) + 1).some((x) => x.lower === 'to'));
    const relative = wh >= 0 && /^(who|which)$/u.test(tokens[wh].lower) && !interrogative && !tokens.slice(s, wh).every((x) => !x.word || isCapitalized(x.surface) || OBJECT_PRONOUNS.has(x.lower));
    if (wh >= 0 && !relative) return { foundBy: 'question', from: wh };
  }
  // "told executives to look for savings", "told residents not to drink the water": the listener the clause took in
  // (cue.ts `listener`) is part of what was told, as it is of what was urged. ("what a partner told him to do with
  // the money": a fronted "what" is the infinitive's object, and the telling is not written out.)
  if (governs(c.cueVerb, 'object-to') && c.cueVerb.listener && c.cueTo > c.cueAt && s === c.cueTo + 1 && tokens[(c.speakerRange?.from ?? c.cueAt) - 1]?.lower !== 'what' && (t.lower === 'to' && tokens[s + 1]?.word && !isCapitalized(tokens[s + 1].surface) || t.lower === 'not' && tokens[s + 1]?.lower === 'to' && tokens[s + 2]?.word)) {
    return { foundBy: 'object-infinitive', from: c.cueAt + 1 };
  }
  if (governs(c.cueVerb, 'object-to') && t.lower !== 'to' && t.lower !== 'not' && t.lower !== 'for' && !WH_WORDS.has(t.lower)) {
    const to = objectThen(tokens, s, end, toOrNot, 8, true);
    // ("asked questions about Trump to all three leaders": "to" before a noun phrase gives the thing to someone.)
    const verbAfter = (k: number): boolean => tokens[k]?.word === true && !isCapitalized(tokens[k].surface) && !DETERMINERS.has(tokens[k].lower) && !OBJECT_PRONOUNS.has(tokens[k].lower) && !startsWithDigit(tokens[k].surface);
    if (to >= 0 && (tokens[to].lower === 'to' ? verbAfter(to + 1) : tokens[to + 1]?.lower === 'to')) return { foundBy: 'object-infinitive', from: s };
  }
  // "warned of a new war", "complained bitterly about the schedule", "Asked about the loan, …".
  // A named asker's "about" is mostly a reporter's inquiry ("until Reuters asked about them"); a question put to the
  // speaker ("When asked about the loan, …") reports it.
  // After a noun, "warning of" is a noun's complement ("a road sign warning of accidents", "days of warning about").
  const topicOk = c.cueLemma === 'ask' ? c.foundBy === 'unnamed-asker' && t.lower === 'about' : /^(about|of)$/u.test(t.lower) && c.foundBy !== 'noun-participle';
  if (governs(c.cueVerb, 'topic') && topicOk && tokens[s + 1]?.word) return { foundBy: 'topic', from: s + 1 };
  // "asked Trump about his remarks", "asked her about the loan": a question put to a named listener.
  if (c.cueLemma === 'ask' && (isCapitalized(t.surface) || OBJECT_PRONOUNS.has(t.lower))) {
    const about = objectThen(tokens, s, end, (x) => x.lower === 'about', 4);
    if (about >= 0 && tokens[about + 1]?.word) return { foundBy: 'topic', from: about + 1 };
  }
  // ("asked for $1.9 billion": an amount opens with its currency sign. "You couldn't ask for better" is generic, no one's
  // request.)
  const generic = c.speakerRange !== null && tokens[c.speakerRange.from].lower === 'you';
  const requires = thingRequires(tokens, c);
  if (governs(c.cueVerb, 'for') && t.lower === 'for' && !generic && !requires && !TIME_SPANS.has(lowerAt(tokens, s + 1)) && (tokens[s + 1]?.word || /^[$£€]$/u.test(textAt(tokens, s + 1)))) return { foundBy: 'call-for', from: s + 1 };
  // "asked the Supreme Court for quick action": a listener, then what was asked for.
  if (governs(c.cueVerb, 'for') && governs(c.cueVerb, 'object-to') && t.lower !== 'for') {
    const f = objectThen(tokens, s, end, (x) => x.lower === 'for', 5, true);
    if (f >= 0 && tokens[f + 1]?.word && !TIME_SPANS.has(tokens[f + 1].lower)) return { foundBy: 'call-for', from: f + 1 };
  }
  if (governs(c.cueVerb, 'on-object-to') && (t.lower === 'on' || t.lower === 'upon')) {
    // ("called on people not to …", "called on X to “stop …”", "called upon Congress to act".)
    const to = objectThen(tokens, s + 1, end, toOrNot, 8, true);
    if (to >= 0 && (tokens[to + 1]?.word || OPEN_MARKS.test(textAt(tokens, to + 1)))) return { foundBy: 'object-infinitive', from: s + 1 };
  }
  if (governs(c.cueVerb, 'object-predicate') && !VERB_PARTICLES.has(t.lower)) {
    // "called the judge a “hater”", "calling them rapists": an object, then a predicate that opens a new phrase.
    const predicate = objectThen(tokens, s, end, (x) => ARTICLES_POSSESSIVES.has(x.lower), 5);
    if (predicate > s) return { foundBy: 'object-predicate', from: s };
    // (Or a longer object right before a quotation: "called Obama’s ignorance of solid advice from seasoned military
    // commanders “disrespectful …”".)
    let k = s;
    while (k <= end && k - s < 12 && (tokens[k].word || tokens[k].surface === '’' || tokens[k].surface === "'")) k++;
    // ("sets called the “Master Builder Series”": "the" alone before the quotation makes it a name, not a claim.)
    if (k > s && k <= end && OPEN_MARKS.test(tokens[k].surface) && inQuoteAt(b, k + 1) && !(k === s + 1 && tokens[s].lower === 'the')) return { foundBy: 'object-predicate', from: s };
    // ("called him divisive", "called the actions lawful": an adjective that closes the clause is the predicate.)
    // (Not after a determiner alone, "called the angry", "a ''corrupt''": that adjective is a noun. A closing quotation
    // mark after it is the predicate's: "called her actions ''extremely careless''".)
    const adjective = objectThen(tokens, s, end, (x, i) => predicateAdjective(tokens, x, i), 4);
    // ("called her divisive": "her" is the object there, the clause ending at the adjective.)
    const object = (x: Token): boolean => x.word && (!DETERMINERS.has(x.lower) || x.lower === 'her');
    if (adjective > s && (!DETERMINERS.has(tokens[adjective - 1].lower) || tokens[adjective - 1].lower === 'her') && tokens.slice(s, adjective).some(object)) return { foundBy: 'object-predicate', from: s, to: CLOSE_MARKS.test(textAt(tokens, adjective + 1)) && !tokens[adjective + 1].word ? adjective + 1 : adjective };
  }
  // ("accused the UK and the US of meddling", "described Smith and Jones as allies": the object may be two.)
  if (governs(c.cueVerb, 'object-of') && objectThen(tokens, s, end, (x) => x.lower === 'of', 8, true) >= 0) return { foundBy: 'object-of', from: s };
  if (governs(c.cueVerb, 'object-as') && objectThen(tokens, s, end, (x) => x.lower === 'as', 8, true) >= 0) return { foundBy: 'object-as', from: s };
  return null;
}

/** Adjectives that say when or where, not what a thing is: "called the vote early", "called him back". */
const NOT_PREDICATES = new Set('early late back home again first last off out up down away over later soon other'.split(/\s+/u));

/** An adjective that closes its clause after an object, "called the plan [unworkable]." (punctuation or the end, or
 *  "and", "but", "because", "for" after it, past a closing quotation mark): what the object was called. */
function predicateAdjective(tokens: readonly Token[], x: Token, i: number): boolean {
  const lex = nameLexicon();
  // (Or a word the lexicon does not list, with an adjective's ending and no noun's: "divisive", "lawful", "baseless",
  // "incompetent", "arrogant", "dishonest"; or "un-" before an adjective it lists: "unfit".)
  const adjective = (lex.adjectives.has(x.lower) || /^[a-z]{3,}(?:ive|ful|less|ous|able|ible|ent|ant|est)$/u.test(x.surface) || /^un[a-z]{3,}$/u.test(x.surface) && lex.adjectives.has(x.lower.slice(2))) && !lex.nouns.has(x.lower);
  // (Not a role, "called Valeant's chief executive, …": that is whom the verb reached.)
  if (!adjective || NOT_PREDICATES.has(x.lower) || isVerbOnly(x.lower) || personNoun(x.lower)) return false;
  const next = tokens[i + 1];
  const after = next && !next.word && CLOSE_MARKS.test(next.surface) ? tokens[i + 2] : next;
  return !after?.word || /^(and|but|because|for)$/u.test(after.lower);
}

/** A sentence-opening adverbial: "In a wide-ranging interview", "For days after a storm", "To alleviate the threat". */
function isOpeningAdverbial(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first?.word) return false;
  let words = 0;
  // (Counting stops past the limit: a sentence of any length costs a few steps.)
  for (let i = from; i < to && words <= 8; i++) if (tokens[i].word) words++;
  // ... or a participle clause: "Asked whether he would resign", "Speaking to reporters". A preposition before a
  // gerund opens an adverbial of any length ("In discussing the scandals swirling around …, Bolton told …").
  // (One phrase to `to`: "In reading the report, the panel found flaws" holds a clause after the adverbial.)
  if (GERUND_PREPOSITIONS.has(first.lower) && /[a-z]ing$/u.test(textAt(tokens, from + 1)) && from + 1 < to && !tokens.slice(from + 2, to).some((x) => !x.word && /^[,;:]$/u.test(x.surface))) return true;
  if (words > 8 || !(SENTENCE_OPENERS.has(first.lower) || /^[A-Z][a-z]+(?:ed|ing)$/u.test(first.surface))) return false;
  // "This is a bad plan, Obama said", "In 2014 the plan was dead, …": an opener that is no subordinator, followed by
  // an auxiliary of the words' own (not one inside "who are …"), opened a clause, which is the content.
  if (!SUBORDINATORS.has(first.lower)) {
    for (let i = from + 1; i < to; i++) {
      if (RELATIVE_OR_THAN.has(tokens[i].lower) || !tokens[i].word) break;
      if (FINITE_VERBS.has(straight(tokens[i]))) return false;
    }
  }
  return true;
}

/** Where an auxiliary stops telling of the opening words: a relative clause or a comparison opens. */
const RELATIVE_OR_THAN = new Set('who whom which that than'.split(/\s+/u));

/** Prepositions that open an adverbial before a gerund: "In discussing …", "After meeting …", "By refusing …". */
/** Nouns that count pieces of writing: "wrote a series of letters" (not "added a layer of review"). */
const PIECE_COUNTS = new Set('series set number couple pair stack batch string flurry handful dozens hundreds'.split(/\s+/u));
const GERUND_PREPOSITIONS = new Set('in after before by while since when upon on without despite'.split(/\s+/u));


/**
 * Does the content opened at `s` read as a clause (a subject pronoun, a name and its verb, or a finite verb in its first
 * words) or name a piece of writing ("a letter to the mayor", "an op-ed urging …"), rather than a thing ("the song",
 * "its own monitor")?
 */
function opensClause(tokens: readonly Token[], s: number, z: number): boolean {
  if (SUBJECT_PRONOUNS_PERSONAL.has(tokens[s].lower)) return true;
  // "Trump exhibits …", "G4S works with …".
  if (isCapitalized(tokens[s].surface) && /[a-z]s$/u.test(textAt(tokens, s + 1)) && s + 1 <= z) return true;
  for (let k = s; k <= z && k <= s + 15; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (k <= s + 4 && (DOCUMENT_HEADS.has(t.lower) || /^op-?eds?$/u.test(t.lower))) return true;
    if (k > s && (FINITE_VERBS.has(straight(t)) || isVerbOnly(t.lower))) return true;
    if (CONTRACTED_SUBJECTS.has(straight(t))) return true;
  }
  return false;
}

/** Whether the content at `s` opens with a clause's subject and verb within its first words: a subject pronoun, a
 *  contracted subject, or a finite verb within five words with no punctuation before it ("the budget was balanced"). */
function startsClause(tokens: readonly Token[], s: number, z: number): boolean {
  if (SUBJECT_PRONOUNS_IT.has(tokens[s].lower) || CONTRACTED_SUBJECTS.has(straight(tokens[s]))) return true;
  for (let k = s + 1; k <= z && k <= s + 5; k++) {
    const t = tokens[k];
    if (!t.word) return false;
    if (FINITE_VERBS.has(straight(t)) || CONTRACTED_SUBJECTS.has(straight(t))) return true;
  }
  return false;
}

/**
 * Does the content opened at `s` read as a thing rather than a clause: a noun phrase ("three assists to lead Boston", "a
 * deal to replace …", "the fruit pectin powder", "A Song of Ice and Fire") with no verb up to the next comma? Without a
 * verb lexicon, a verb is told by its place: a finite verb, a subject pronoun, "that", a word after a plural noun
 * ("voters want …"), a word in -s or -ed, a past form or an adjective after a noun ("the economy needs …", "the firm
 * lost …"; in a noun phrase adjectives come before the noun). A piece of writing is content ("a letter to the mayor
 * asking …").
 */
function thingObject(tokens: readonly Token[], s: number, z: number, fronted: boolean): boolean {
  const lex = nameLexicon();
  // Content that opens with a preposition, a conjunction or a verb is no noun phrase ("argued against …", "said wants …").
  const first = tokens[s].lower;
  // (A finite verb first has its subject before the cue: "the letter Mike wrote was kind".)
  if (FINITE_VERBS.has(first)) return true;
  if (THING_ENDS.has(first) || !DETERMINERS.has(first) && (/ed$|ing$/u.test(first) || lex.irregularPast.has(first))) return false;
  let p = '';
  for (let k = s; k <= z && k - s < 20; k++) {
    const t = tokens[k];
    if (!t.word) {
      // A sign, a quotation mark, a dot or a number's comma ("1,300") go on. A comma ends the phrase before "and" or
      // "but", or closing a fronted clause ("As Martin wrote A Song of Ice and Fire, Ford created …"); after others an
      // aside may follow ("the economy, including jobs, should …").
      const next = lowerAt(tokens, k + 1);
      if (/^[$£€%.'’“”"‘―—–-]$/u.test(t.surface) || t.surface === ',' && (startsWithDigit(next) || !fronted && !/^(and|but|or)$/u.test(next))) continue;
      return true;
    }
    const w = straight(t);
    // A subordinate clause after the phrase has verbs of its own ("added 2% to begin the week after the brand took …"),
    // and so does a gerund after a preposition ("adds a dimension by helping doctors make decisions").
    if (k > s && (SUBORDINATORS.has(w) || GERUND_PREPOSITIONS.has(w) && /[a-z]ing$/u.test(textAt(tokens, k + 1)))) return true;
    // ("wrote songs that summer": "that" before a time word is its determiner.)
    // ("had written a will": after a determiner a modal is a noun.)
    if (w === 'that' && k > s && !SEASONS.has(tokens[k + 1]?.lower) && !TIME_WORDS.has(tokens[k + 1]?.lower) || FINITE_VERBS.has(w) && !DETERMINERS.has(p) || CONTRACTED_SUBJECTS.has(w) || PRONOUN_WORDS.has(w) || k - s < 5 && (DOCUMENT_HEADS.has(w) || /^op-?eds?$/u.test(w)) && !(p === 'of' && !PIECE_COUNTS.has(lowerAt(tokens, k - 2))) || k - s < 2 && SAID_THINGS.has(w)) return false;
    const modifier = p === '' || THING_ENDS.has(p) || DETERMINERS.has(p) || POSSESSIVE_WORD.test(p) || /^\d|ing$|^(even|more|most|very|so|too|less|much|just)$/u.test(p) || lex.adjectives.has(p) || TIME_WORDS.has(w);
    // (A word in -s that ends the phrase is a plural: "role-playing game systems".)
    const verbS = /[^s']s$/u.test(w) && (p === 'X' || tokens[k + 1]?.word && !THING_ENDS.has(tokens[k + 1].lower));
    if (!isCapitalized(t.surface) && !THING_ENDS.has(w) && !modifier && ((/[^s']s$/u.test(p) || PLURALS.has(p)) && !/ing$/u.test(w) || verbS || /ed$/u.test(w) || lex.irregularPast.has(w) || lex.adjectives.has(w))) return false;
    p = isCapitalized(t.surface) ? 'X' : w;
  }
  return true;
}

/** The cue's clause is a fronted subordinate one: opened by a subordinator at the sentence start ("As Martin wrote
 *  …, Ford created …") or right before its speaker ("Over a decade before Martin wrote …, Ford created …"). */
function fronted(tokens: readonly Token[], sa: number, c: Clause): boolean {
  return SUBORDINATORS.has(tokens[sa].lower) || c.speakerRange !== null && c.speakerRange.from > sa && SUBORDINATORS.has(tokens[c.speakerRange.from - 1].lower);
}

/** A clause whose verb, one that also takes a thing for object, has a thing right after it ("wrote new songs"): an
 *  act, not a report. */
function actsOnThing(tokens: readonly Token[], c: Clause, end: number): boolean {
  const s = c.cueTo + 1;
  return c.cueVerb.clauseOnly === true && c.side === 'before' && s <= end && tokens[s].word && tokens[s].lower !== 'that' && thingObject(tokens, s, Math.min(end, s + 12), false);
}

/** Whether the cue sits in a subordinate clause: a subordinator before it, with no comma between. */
function insideSubordinate(tokens: readonly Token[], cue: number): boolean {
  for (let i = cue - 1; i >= 0 && tokens[i].surface !== ',' && !/^[.!?]$/u.test(tokens[i].surface); i--) if (SUBORDINATORS.has(tokens[i].lower)) return true;
  return false;
}

/** Words that open a fronted clause, which ends at its comma. */
const SUBORDINATORS = new Set('as when while if after before because although though since once until'.split(/\s+/u));

/** What a speaker says, as a noun phrase: "said the same of …", "says the opposite", "said little about …". */
const SAID_THINGS = new Set('same opposite nothing little much something anything everything no yes'.split(/\s+/u));

/** Plurals without an -s: "many people think …". */
const PLURALS = new Set('people men women children police'.split(/\s+/u));

/** Words inside a noun phrase object after which a word is no verb: "a deal [to] replace …", "a man [who] saw …". */
const THING_ENDS = new Set('to against of for in on at with from by as and or who which that while after before during since into about under over'.split(/\s+/u));

/** A possessive noun ("the mayor's"); the possessive pronouns are among DETERMINERS. */
const POSSESSIVE_WORD = /['’]s$/u;
