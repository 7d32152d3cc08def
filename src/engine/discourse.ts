/**
 * Discourse: who speaks when the sentence itself does not say. A clause's speaker phrase is read (through an
 * appositive name when there is one); quotes without a clause continue the speaker of the paragraph, of the quote
 * left open in the paragraph before, of the next attributed quote, or of a paragraph that ended in a colon.
 */
import type { Clause } from './clauses';
import { genderOf, globalPos, isRoleNoun, parseName, type NameOccurrence } from './names';
import { firstTokenAtOrAfter, sentenceOfToken, type Paragraph } from './paragraph';
import type { QuotedSpan } from './quotes';
import { lowerBound } from './search';
import type { Entity, SourceRegistry } from './sources';
import { SUBORDINATORS, classifyPhrase, type SpeakerRef } from './speakers';
import type { Span } from './types';
import { CUE_BY_FORM } from './tables/cues';
import { DOCUMENT_HEADS } from './tables/heads';
import { PRONOUNS } from './tables/words';
import { isCapitalized, lowercase } from './text';

/** How a quote without a clause of its own got its speaker, by name. */
export const DISCOURSE_RULES = {
  'same-paragraph-speaker': 'a later quote of the paragraph continues the speaker of an earlier one',
  'continued-quote': 'a quote left open at the end of a paragraph, re-opened in the next',
  'next-quote-speaker': '“A.” “B,” she said: A is hers too',
  'colon-introducer': 'Linda Park put it bluntly: ¶ “…”',
  'carried-over': 'a quote-only paragraph right after a quoted speaker',
  'sentence-subject': 'Alverson summed up the journey: “…”',
  'name-before-colon': 'Poll roundup — Ada Lind: “…” (a name alone before the colon that opens the quotation)',
  'reported-speaker': 'Berg said the port would close. “It is a sad day.” (a quotation standing as its own sentence after a report in its paragraph)',
  'subject-before-quote': 'Aderholt returned to the issue later. “What exists today?” (a quotation standing as its own sentence after one whose subject is a person)',
} as const;

export type DiscourseRule = keyof typeof DISCOURSE_RULES;

/** Person names of a paragraph, by paragraph index. */
export type NamesByBlock = Map<number, NameOccurrence[]>;

export interface SpeakerPhrase {
  ref: SpeakerRef;
  /** Token range of the phrase in its paragraph. */
  from: number;
  to: number;
}

/** The names of a paragraph that lie within [from, to): found by binary search, so a long paragraph stays linear. */
function namesBetween(list: readonly NameOccurrence[] | undefined, from: number, to: number): NameOccurrence[] {
  if (!list) return [];
  const out: NameOccurrence[] = [];
  // At most a few dozen: the rules want the names at a sentence's start or end, and an endless sentence must not
  // make every quote scan all of it.
  for (let i = lowerBound(list, from, (n) => n.charStart); i < list.length && list[i].charStart < to && out.length < 48; i++) if (list[i].charEnd <= to) out.push(list[i]);
  return out;
}

export function nameRef(p: Paragraph, n: NameOccurrence): SpeakerPhrase {
  const from = firstTokenAtOrAfter(p.tokens, n.charStart);
  const to = Math.max(from, firstTokenAtOrAfter(p.tokens, n.charEnd) - 1);
  const ref: SpeakerRef = { refType: 'name', sourceName: n.nameParts.bareName, mention: p.paragraphText.slice(n.charStart, n.charEnd), isPerson: true, gender: n.nameParts.gender, oneWord: !n.nameParts.bareName.includes(' '), sourceKind: 'person' };
  return { ref, from, to };
}

/** The source a person named in paragraph `p` stands for, at the place the name is written. */
function nameEntity(p: Paragraph, n: NameOccurrence, registry: SourceRegistry): Entity | null {
  return registry.resolve(nameRef(p, n).ref, globalPos(p.blockIndex, n.charStart));
}

/** Whether the phrase `r` read for clause `c`'s subject is only a thing: no speaker (see clauseSpeaker). */
function plainThing(c: Clause, r: SpeakerRef | null): boolean {
  return r?.refType === 'role' ? plainThing(c, r.fallback) : r?.refType === 'description' && r.sourceKind === 'unknown' && (c.foundBy !== 'subject-verb' || c.cueVerb.evidence === true && !isRoleNoun(r.head) && !lowercase(r.phraseText).split(/\s+/u).some((w) => DOCUMENT_HEADS.has(w)));
}

/**
 * Whether clause `k` is a verb of evidence whose subject is a thing ("Blood tests revealed that …", "Those facts
 * suggest that …", "The installation confirms …"): what a thing shows, not what anyone said, so no report at all.
 */
export function thingShows(p: Paragraph, k: number): boolean {
  const c = p.attributions[k];
  return c.foundBy === 'subject-verb' && c.cueVerb.evidence === true && c.speakerRange !== undefined && c.speakerRange !== null && plainThing(c, classifyPhrase(p, c.speakerRange.from, c.speakerRange.to));
}

/** The phrase that speaks in clause `k`, classified; null when the clause has none that can speak. */
export function clauseSpeaker(p: Paragraph, k: number, names: NamesByBlock): SpeakerPhrase | null {
  const c = p.attributions[k];
  if (!c.speakerRange) return null;
  // A verb joined to the sentence's first verb speaks for that verb's subject; when the sentence opens with a
  // subordinate clause ("As voters went to the polls, the campaign sent … and accused …") or a pronoun fused with its
  // verb ("She's a supporter but concedes …"), the phrase found is no subject of it.
  if (c.foundBy === 'coordinated') {
    const first = p.tokens[c.speakerRange.from];
    if (/^(he|she|it|they|we|i|you|that|there)['’](s|re|ve|d|ll)$/u.test(first.lower)) return null;
    if (SUBORDINATORS.has(first.lower) && p.tokens.slice(c.speakerRange.to + 1, c.cueAt).some((t) => t.surface === ',')) return null;
  }
  // (A phrase read only as itself speaks as the subject of the cue's own verb: a participle's or a joined verb's phrase
  // is often no speaker at all.)
  // (Nor is it, before a verb of evidence, unless its head names what a person does or it speaks of a document:
  // "blood tests revealed", "the refresh suggests" are no speakers; "my toddler revealed", "its vice president
  // promised", "a large body of research suggests", "a statement by the two suggests" are.)
  let main = classifyPhrase(p, c.speakerRange.from, c.speakerRange.to);
  if (plainThing(c, main)) main = null;
  if (!main && c.side === 'before') {
    // "Kurinji Selvaraj, a research analyst at the ... think tank told CBS News": an appositive with no closing
    // comma; the speaker is the name before it.
    const sentenceStart = p.sentences[p.clauseSentence[k]]?.charStart ?? 0;
    const at = p.tokens[c.speakerRange.from].charStart;
    // The name opens its clause; in "While many liked Hillary Clinton, 43 said the same" it ends an adverbial.
    const opens = (o: NameOccurrence): boolean => /(?:^|[.!?:;,—–“”"(]\s*)$/u.test(p.paragraphText.slice(Math.max(sentenceStart, o.charStart - 3), o.charStart));
    const n = namesBetween(names.get(p.blockIndex), sentenceStart, at).filter((o) => /^\s*,/u.test(p.paragraphText.slice(o.charEnd, o.charEnd + 3))).at(-1);
    if (n && opens(n)) return nameRef(p, n);
  }
  if (c.appositive) {
    // "a spokeswoman, Kym Lino, said": the name in the appositive is the speaker.
    const app = classifyPhrase(p, c.appositive.from, c.appositive.to);
    // ("The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised": the two, as a group.)
    // ("The utility, Acme Power, said": an institution's name after its description.)
    // (Only when the appositive is that name and nothing else, "the" aside: not "Powell’s office, when contacted by
    // Reuters, said"; "Its parent company, The Harbour Company, said" is the company.)
    const institution = app?.refType === 'name' && app.sourceKind === 'organization' && main?.refType === 'description' && main.sourceKind === 'organization' &&
      app.mention.replace(/^the\s+/iu, '') === p.paragraphText.slice(p.tokens[c.appositive.from].charStart, p.tokens[c.appositive.to].charEnd).replace(/^the\s+/iu, '');
    if (app && app.refType === 'name' && (app.isPerson || app.sourceKind === 'group' || institution) && (!main || main.refType === 'description' || main.refType === 'role')) return { ref: app, from: c.appositive.from, to: c.appositive.to };
  }
  return main ? { ref: main, from: c.speakerRange.from, to: c.speakerRange.to } : null;
}

/**
 * For each clause, the earlier clause whose reported content holds its cue ("He says the hospital has added beds"), or
 * -1: a nested report or not speech at all, so the outer report stands alone — except the report that an "according
 * to" passes on ("According to AFP, one user …, posted that …"), whose speaker opens the passage: that one is also its
 * own.
 */
export function outerClauses(p: Paragraph, contents: ReadonlyArray<{ from: number; to: number } | null>): number[] {
  let reported: { from: number; to: number; according: boolean; k: number } | null = null;
  return p.attributions.map((c, k) => {
    if (reported && c.cueAt > reported.from && c.cueAt <= reported.to && c.side !== 'according' && !(reported.according && c.from <= reported.from + 1)) return reported.k;
    const content = contents[k];
    if (content) reported = { from: content.from, to: content.to, according: c.side === 'according', k };
    return -1;
  });
}

/** A quote or reported passage on its way into the report. */
export interface Draft {
  kind: 'direct' | 'indirect';
  span: Span;
  /** Reported content in pieces around its own attribution; `span` runs from the first piece to the last. */
  parts?: Span[];
  /** The paragraph's text (the draft outlives the paragraph's tokens). */
  text: string;
  cue: Span | null;
  speakerAt: Span | null;
  /** Whether an attribution clause was found for it (continuation rules apply otherwise). */
  attributed: boolean;
  entity: Entity | null;
  quotedSpan?: QuotedSpan;
  /** The named rule that found the quote or content, and the one that found its clause. */
  rule: string;
  clauseRule: string | null;
}

/** Who reported speech in a paragraph, and where its cue stands. */
export interface Reporter {
  at: number;
  entity: Entity;
}

/** What discourse carries from one paragraph to the next. */
export interface DiscourseState {
  lastQuoteEntity: Entity | null;
  lastQuoteBlock: number;
  /** A paragraph ending in a colon, and who it introduced. */
  introducer: { block: number; entity: Entity } | null;
  /** The speaker of the paragraph's last quote so far: the caller resets it at each paragraph, and keeps it from one
   *  window of an enormous paragraph to the next (windows.ts). */
  paragraphSpeaker: Entity | null;
}

export function newDiscourse(): DiscourseState {
  return { lastQuoteEntity: null, lastQuoteBlock: -10, introducer: null, paragraphSpeaker: null };
}

/** A picture's credit closing a paragraph: "(Image: GETTY )", "(Photo: Reuters)", "(Getty Images)". */
const PICTURE_CREDIT = /\((?:image|photo|picture|pic|credit)s?\s*:[^)]*\)\s*$|\(getty images\)\s*$/iu;
/** The credit line of an embedded post: "— Tottenham Hotspur (@SpursOfficial) November 20, 2019". */
const POST_CREDIT = /^[—–-]\s*[^()]{1,60}\(@\w+\)\s*\p{L}+\.? \d{1,2}, \d{4}$/u;

/**
 * A picture's caption set in the text as a paragraph of its own ("Police fired tear gas at the crowd (Image: GETTY )"),
 * or an embedded post's credit line, interrupts no quotation: a quote paragraph after one or two of them still continues the speaker before them, as if
 * they were not there.
 */
export function passOverCaption(p: Paragraph, state: DiscourseState): void {
  if (p.quotedSpans.length > 0 || p.tokens.length > 60 || !PICTURE_CREDIT.test(p.paragraphText) && !POST_CREDIT.test(p.paragraphText.trim())) return;
  state.lastQuoteBlock++;
  if (state.introducer) state.introducer = { block: state.introducer.block + 1, entity: state.introducer.entity };
}

/**
 * Give unattributed direct quotes of a paragraph a speaker: one pass each way — the nearest attributed quote after
 * each, and (as the loop goes) the nearest quote before it with a speaker.
 */
export function continueSpeakers(p: Paragraph, quotes: Draft[], state: DiscourseState, registry: SourceRegistry, names: NamesByBlock, reporters: readonly Reporter[] = []): void {
  const nextAttributed: Array<Entity | null> = new Array(quotes.length).fill(null);
  for (let i = quotes.length - 2; i >= 0; i--) {
    const o = quotes[i + 1];
    nextAttributed[i] = o.entity && o.attributed ? o.entity : nextAttributed[i + 1];
  }
  let prevEntity: Entity | null = state.paragraphSpeaker;
  // The quote that gave prevEntity (none: a window before).
  let prevQuote: QuotedSpan | undefined;
  quotes.forEach((d, i) => {
    if (d.entity) { prevEntity = d.entity; prevQuote = d.quotedSpan; return; }
    // A paragraph of quotation continues the last speaker ("…,” she said. ¶ “…”); a paragraph of the reporter's own
    // words that merely contains a quotation ("On its website, the FBI lists “…”") does not.
    const carried = p.blockIndex - state.lastQuoteBlock <= 2 && p.attributions.length === 0 && quotationParagraph(p) ? state.lastQuoteEntity : null;
    // "Linda Park put it bluntly:" ends one paragraph; the next opens with the quote.
    const introduced = i === 0 && state.introducer && state.introducer.block === p.blockIndex - 1 ? state.introducer.entity : null;
    // "Ted Nordhaus, co-founder of the institute, welcomed “…”": a person opening the quote's own sentence introduced
    // it, which outweighs any speaker carried over from earlier quotes.
    const subjectOf = (): Entity | null => {
      if (!d.quotedSpan) return null;
      const sentence = p.sentences[sentenceOfToken(p, firstTokenAtOrAfter(p.tokens, d.quotedSpan.open))];
      const inSentence = namesBetween(names.get(p.blockIndex), sentence.charStart, d.quotedSpan.open);
      // "Both Bolton and Gorka saw …, with Gorka noting the absurdity of “…”": the absolute phrase has its own speaker.
      const subject = inSentence.findLast((n) => p.paragraphText.slice(n.charStart - 5, n.charStart) === 'with ' && /^ (\p{Ll}+ly )?(?!during|including|following)\p{Ll}+ing\b/u.test(p.paragraphText.slice(n.charEnd, n.charEnd + 30))) ?? inSentence.find((n) => n.subject);
      if (!subject || !introduces(p, subject, d.quotedSpan.open)) return null;
      return nameEntity(p, subject, registry);
    };
    const candidates: Array<[() => Entity | null, DiscourseRule]> = [
      [() => (d.quotedSpan ? nameBeforeColon(p, names.get(p.blockIndex), d.quotedSpan.open, registry) : null), 'name-before-colon'],
      [() => (i > 0 ? subjectOf() : null), 'sentence-subject'],
      // (Only a quotation that opens its sentence, or lies in the last quote's sentence or the next: "… the share of
      // Republicans saying “…”" sentences later is the reporter's narration, whoever spoke before.)
      [() => (!d.quotedSpan || continues(p, prevQuote, d.quotedSpan.open) ? prevEntity : null), 'same-paragraph-speaker'],
      [() => reporterBefore(p, d, reporters), 'reported-speaker'],
      // (After the paragraph's own speakers: a person named as the subject there is often only talked about.)
      [() => (d.quotedSpan ? subjectBefore(p, names.get(p.blockIndex), d.quotedSpan, prevQuote, registry) : null), 'subject-before-quote'],
      [() => (d.quotedSpan?.continued ? state.lastQuoteEntity : null), 'continued-quote'],
      // "“…” “…,” she said": only when the attributed quotation follows right after; in narration ("At one point, Cruz
      // coached Trump to “breathe” …") the next speaker is often another.
      [() => (adjacentToNext(p, quotes, i) ? nextAttributed[i] : null), 'next-quote-speaker'],
      [() => introduced, 'colon-introducer'],
      [subjectOf, 'sentence-subject'],
      [() => carried, 'carried-over'],
    ];
    for (const [candidate, rule] of candidates) {
      const e = candidate();
      if (e) { d.entity = e; d.rule = rule; break; }
    }
    if (d.entity) { prevEntity = d.entity; prevQuote = d.quotedSpan; }
  });
  for (const d of quotes) {
    if (d.entity) { state.lastQuoteEntity = d.entity; state.lastQuoteBlock = p.blockIndex; }
  }
  // ("If anything, Ash argued in his email, …" after Ryder's quotations: a person reported after the paragraph's last
  // quotation is whom a paragraph of quotation next continues.)
  const reporter = reporters[reporters.length - 1];
  if (reporter?.entity.sourceKind === 'person' && !quotes.some((d) => d.entity && d.span.start > reporter.at)) { state.lastQuoteEntity = reporter.entity; state.lastQuoteBlock = p.blockIndex; }
  state.paragraphSpeaker = prevEntity;
}

/**
 * "The demographic interplay has been important — Philip Bump: “Two weeks ago …”": in roundups, transcripts and live
 * blogs a person's name standing alone before a colon, at the start of its sentence or after a dash, introduces the
 * quotation that follows the colon. (Not a name ending a longer phrase: "Here is what he told Ada Lind: “…”".)
 */
function nameBeforeColon(p: Paragraph, list: readonly NameOccurrence[] | undefined, open: number, registry: SourceRegistry): Entity | null {
  let k = open - 1;
  while (k >= 0 && p.paragraphText[k] === ' ') k--;
  if (p.paragraphText[k] !== ':') return null;
  k--;
  while (k >= 0 && p.paragraphText[k] === ' ') k--;
  const n = namesBetween(list, Math.max(0, k - 60), k + 1).find((x) => x.charEnd === k + 1);
  if (!n) return null;
  let b = n.charStart - 1;
  while (b >= 0 && p.paragraphText[b] === ' ') b--;
  if (b >= 0 && !/[-–—•|.!?]/u.test(p.paragraphText[b])) return null;
  return nameEntity(p, n, registry);
}

/**
 * "Berg said the port would close. “It is a sad day for the town.”": a quotation that stands as a sentence of its own
 * continues whoever reported speech last before it in its paragraph.
 */
function reporterBefore(p: Paragraph, d: Draft, reporters: readonly Reporter[]): Entity | null {
  const open = d.quotedSpan?.open;
  if (open === undefined || !reporters.length) return null;
  const sentence = p.sentences[sentenceOfToken(p, firstTokenAtOrAfter(p.tokens, open))];
  if (p.paragraphText.slice(sentence.charStart, open).trim() !== '') return null;
  // (Not when a cue follows it in its sentence, which the clauses could not read: "“…,” Will Estrada, the chairman
  // for …, said of the encounter".)
  if (d.quotedSpan && d.quotedSpan.close >= 0) {
    const rest = p.paragraphText.slice(d.quotedSpan.close + 1);
    const end = rest.search(/[.?!“"]/u);
    if (lowercase(end < 0 ? rest : rest.slice(0, end)).split(/[^\p{L}]+/u).some((w) => CUE_BY_FORM.has(w))) return null;
  }
  let last: Reporter | null = null;
  for (const r of reporters) if (r.at < open && (!last || r.at > last.at)) last = r;
  return last && last.entity.sourceKind !== 'unknown' ? last.entity : null;
}

/**
 * Whether the subject named at the start of a quotation's sentence introduces the quotation as its speaker ("Ted
 * Nordhaus welcomed “…”", "Obama’s “…” promise"), and is not the subject of the quoted words themselves ("Biden “kind of
 * misspoke.”").
 */
function introduces(p: Paragraph, subject: NameOccurrence, open: number): boolean {
  // (A possessive owns the quotation: "Obama’s “if you like your plan” promise".) A clause after a semicolon or after
  // ", and the …" has a subject of its own: "Vance clerked for Daley; Daley’s rule was, “…”", "Vance left the label,
  // and the label is left to wonder: “…”" (or "and The Carlyle Group is left …").
  const between = p.paragraphText.slice(subject.charEnd, open);
  return !/;|, (?:and|but) (?:[Tt]he|an?|his|her|its|their) \S+ /u.test(between) && (between.trim() !== '' || /['’]s?$/u.test(p.paragraphText.slice(subject.charStart, subject.charEnd)));
}

/**
 * "Aderholt returned to the issue later in the hearing. “What launch vehicles exist today?”": a quotation that is a
 * sentence of its own, right after a sentence whose subject is a person named there (and after any earlier quote of
 * the paragraph), is that person's. Only a closed quotation ending on a stop, so the reporter's words do not run on.
 */
function subjectBefore(p: Paragraph, list: readonly NameOccurrence[] | undefined, q: QuotedSpan, prev: QuotedSpan | undefined, registry: SourceRegistry): Entity | null {
  if (q.close < 0 || !/[.!?…]\s*$/u.test(p.paragraphText.slice(q.charStart, q.charEnd))) return null;
  const before = p.sentences[sentenceOfToken(p, firstTokenAtOrAfter(p.tokens, q.open)) - 1];
  if (!before || p.paragraphText.slice(before.charEnd, q.open).trim() || prev && prev.open >= before.charStart) return null;
  const subject = namesBetween(list, before.charStart, before.charEnd).find((n) => n.subject);
  const entity = subject && nameEntity(p, subject, registry);
  return entity?.sourceKind === 'person' ? entity : null;
}

/** The next quotation opens right where this one closes: "“First the roof went.” “Then the walls,” said …". */
function adjacentToNext(p: Paragraph, quotes: readonly Draft[], i: number): boolean {
  const here = quotes[i].quotedSpan;
  const next = quotes[i + 1]?.quotedSpan;
  return here !== undefined && next !== undefined && here.close >= 0 && p.paragraphText.slice(here.close + 1, next.open).trim() === '';
}

/**
 * Whether the quotation opening at `open` goes on with the speaker of the quote `prev` before it in the paragraph: it
 * lies in that quote's sentence or the next, opens its sentence, or comes after a "he" or "she" there ("He rails
 * against its “cheating”", "In her letters, she called her “Gert.”").
 */
function continues(p: Paragraph, prev: QuotedSpan | undefined, open: number): boolean {
  const k = sentenceOfToken(p, firstTokenAtOrAfter(p.tokens, open));
  if (prev && k <= sentenceOfToken(p, firstTokenAtOrAfter(p.tokens, prev.close >= 0 ? prev.close : prev.open)) + 1) return true;
  const before = p.paragraphText.slice(p.sentences[k]?.charStart ?? 0, open);
  // (Not a "he" that is the quoted words' own subject, nor one inside a subordinate clause: "investigate Trump if he
  // “committed impeachable offenses”" quotes the question, not Trump.)
  return !/\w/u.test(before) || /(?<!\b(?:if|when|whether|that|because|unless|after|before|until)\s)\b(?:[Ss]he|[Hh]e)\b(?!\s*$)/u.test(before);
}

function opensWithQuote(p: Paragraph): boolean {
  const first = p.quotedSpans[0];
  return first !== undefined && p.paragraphText.slice(0, first.open).trim() === '';
}

/** Whether a paragraph is quotation: it opens with a quotation mark and most of its text is quoted. */
function quotationParagraph(p: Paragraph): boolean {
  if (!opensWithQuote(p)) return false;
  const quoted = p.quotedSpans.reduce((n, q) => n + (q.charEnd - q.charStart), 0);
  return quoted >= 0.8 * p.paragraphText.trim().length;
}

/**
 * A paragraph ending in a colon introduces what follows: its speaker is the last cue's, or the first person named in
 * its last sentence.
 */
export function noteIntroducer(p: Paragraph, clauseEntity: ReadonlyMap<Clause, Entity | null>, state: DiscourseState, registry: SourceRegistry, names: NamesByBlock): void {
  state.introducer = null;
  if (!/:\s*$/u.test(p.paragraphText) || p.quotedSpans.length !== 0) return;
  const last = p.attributions.length ? clauseEntity.get(p.attributions[p.attributions.length - 1]) ?? null : null;
  const lastSentence = p.sentences[p.sentences.length - 1];
  // (The sentence's subject, when a name is: "When John Brown died, Governor Tom Smith released the following
  // statement:" introduces Smith.)
  const inLast = lastSentence ? namesBetween(names.get(p.blockIndex), lastSentence.charStart, p.paragraphText.length) : [];
  const named = inLast.findLast((n) => n.subject) ?? inLast[0];
  const entity = last ?? (named ? nameEntity(p, named, registry) : null);
  if (entity) state.introducer = { block: p.blockIndex, entity };
}

/** Words that join a clause inside its sentence: "…, because she described …", "… and he said". */
const CLAUSE_LINKS = new Set(`and but because so as since when after while although though until before once`.split(/\s+/u));

/**
 * Where the sentence of the pronoun at token `k` starts (a global position), when the pronoun opens a clause joined
 * inside it ("…, because she said") and the sentence's subject is a person of the other gender, a pronoun or a name
 * ("Andrew explained how he couldn't have been with Giuffre, because she …"); else -1. A subject of the same gender, a
 * role or a description may be who the pronoun continues ("The Wisconsin Republican gave Trump credit, but he said").
 */
export function linkedClauseStart(p: Paragraph, k: number, gender: string): number {
  const { tokens } = p;
  const lead = tokens[k - 1]?.surface === ',' ? k - 2 : k - 1;
  const first = p.sentenceTokens[p.tokenSentence[k]][0];
  if (lead <= first || !CLAUSE_LINKS.has(tokens[lead].lower) || (gender !== 'm' && gender !== 'f')) return -1;
  const pronoun = PRONOUNS[tokens[first].lower];
  let subject: string | undefined = pronoun === 'm' || pronoun === 'f' ? pronoun : undefined;
  if (!subject) {
    const words: string[] = [];
    for (let j = first; j < lead && tokens[j].word && isCapitalized(tokens[j].surface); j++) words.push(tokens[j].surface);
    // (A given name alone, "Andrew also spent …", says its gender as well: the name index keeps it unknown.)
    const parts = words.length ? parseName(words) : null;
    subject = parts?.gender === 'u' && words.length === 1 ? genderOf([], words[0]) : parts?.gender;
  }
  return subject && subject !== 'u' && subject !== gender ? globalPos(p.blockIndex, tokens[first].charStart) : -1;
}
