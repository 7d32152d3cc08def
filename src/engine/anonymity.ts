/**
 * Why a source is anonymous, and what vouches for it: journalism's rule for unnamed sources is that the story says
 * why anonymity was granted and what the source's access is. This module reads both from the article's own words
 * around each anonymous mention, in its sentence (appositives, relative and participle clauses):
 *
 * - `reason`: "because they were not authorized to speak publicly", "to discuss private deliberations",
 *   "for fear of reprisal" (after "who asked not to be named"), "not authorized to speak on the record";
 * - `access`: "familiar with the matter", "briefed on the talks", "close to the campaign", "with direct knowledge of
 *   the plan", or else the source's own description when it says something ("senior diplomatic source").
 *
 * Pure: paragraphs and spans in, notes out; no DOM. The phrasings are data tables below, each tested with written
 * sentences in `anonymity.test.ts`.
 */
import { DESCRIPTION_ENDERS, DESCRIPTION_PREPOSITIONS, SAYING_WORDS } from './tables/words';
import { lowercase, type Sentence, spacesBeforeWordsIn, splitSentences } from './text';
import type { AnonymousMention, Report, Source, Span } from './types';

export interface AnonymityNote {
  reason?: string;
  access?: string;
}

/** Where an anonymous source is referred to: a mention, or the speaker of one of its quotes. */
export interface SourceSpan {
  sourceId: string | null;
  span: Span;
}

// ---------------------------------------------------------------------------------------------------------------
// Phrasing tables. Each entry is a regular-expression fragment (case-insensitive, written for running text).

/**
 * The article says anonymity was granted or asked for. On its own this is not a reason; the reason is the why-clause
 * that follows it ("… on condition of anonymity because …", "… asked not to be named for fear of …").
 */
export const ANONYMITY_GRANTS: readonly string[] = [
  `anonymity`,
  `anonymously`,
  `on background`,
  `not (?:to )?be (?:named|identified|quoted by name|quoted|cited by name)`,
  `(?:without|from) being (?:named|identified|quoted by name)`,
  `declined to be (?:named|identified|quoted by name)`,
  `(?:refused|did not want|didn[’']t want|does not want|do not want|would not) (?:to )?be (?:named|identified)`,
  `asked (?:that )?(?:his|her|their|the source['’]s) names? (?:not be (?:used|published|given|printed|disclosed)|be withheld)`,
  `names? (?:was|were|has been|have been|is|are) (?:being )?withheld`,
  `(?:withheld|withholding) (?:his|her|their) names?`,
  `not (?:being )?(?:named|identified) (?:here|in this (?:article|story|report))`,
  `(?:could|can|cannot|can['’]t|could not|couldn['’]t) (?:not )?be (?:named|identified)`,
  `(?:not|n['’]t) (?:want|wish|agree|willing) to (?:speak|talk|be quoted|go) on the record`,
  `declined to (?:speak|talk|be quoted|go) on the record`,
  `off the record`,
];

/**
 * Reasons that stand on their own, with no grant phrase: the source may not speak, or fears speaking. The capture
 * group is what the report carries.
 */
export const SELF_STANDING_REASONS: readonly string[] = [
  // "who was not authorized to speak publicly", "because they were not authorized to discuss the talks"
  `(?:who(?: [^,.;:“”"]{1,60}? (?:but|and))?|(?:because|as|since|saying) (?:he|she|they|the (?:source|sources|official|officials|person|people|aide|aides|diplomat|diplomats|adviser|advisers|advisor|advisors))) ((?:(?:was|were|is|are|am) not|(?:was|were|is|are)n[’']t|(?:had|has|have) not been|(?:had|has|have)n[’']t been) (?:authori[sz]ed|permitted|allowed|cleared|empowered|at liberty|in a position) to (?:publicly |officially |formally )?(?:speak|discuss|comment|talk|be (?:quoted|named|identified)|disclose|reveal|release|describe|share|address|brief))`,
  // "because they lacked authorization to speak"
  `(?:who|(?:because|as|since) (?:he|she|they)) ((?:lacked|lack|lacks|did not have|didn[’']t have|does not have|do not have) (?:the )?(?:authori[sz]ation|permission|clearance) to (?:speak|discuss|comment|talk|be (?:quoted|named)))`,
  // "who feared reprisals", "who fears for her job"
  `who ((?:feared|fears|fear|was afraid of|were afraid of|is afraid of|are afraid of) (?:reprisals?|retribution|retaliation|losing|being (?:fired|punished|identified)|for (?:his|her|their) (?:job|jobs|safety|life|lives)))`,
];

/**
 * The why-clause after a grant phrase: "because …", "to discuss …", "for fear of …", "citing …". Written in lower
 * case and matched case-sensitively, so "to The Associated Press" is not a why-clause.
 */
export const WHY_CLAUSES: readonly string[] = [
  `because`,
  `since (?:he|she|they|it|the|his|her|their)`,
  `as (?:he|she|they|it|the|his|her|their) (?!said|says|told|tells|put it)`,
  `for fear`,
  `(?:out of|for) (?:fear|concern|concerns)`,
  `fearing`,
  `citing`,
  `due to`,
  `owing to`,
  `given (?:the|his|her|their)`,
  `in order to`,
  `so as (?:not )?to`,
  `so (?:that )?(?:he|she|they) could`,
  `in exchange for`,
  `under the (?:rules|terms)`,
  // "to discuss …", "to speak candidly", "to share private worries": "to" and a verb, not "to reporters".
  String.raw`to (?:(?:candidly|freely|frankly|openly|publicly|privately|more) )?(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|whom|reporters|journalists|sources|officials|people|aides|staff|staffers|employees|members|workers|residents|witnesses|me|us|him|them|it|news|media|press)\b)\p{Ll}+`,
];

/**
 * What vouches for the source: its access, as the article states it. The match runs from the keyword to the end of
 * its clause.
 */
export const ACCESS_CLAUSES: readonly string[] = [
  `familiar with`,
  // "close to the campaign", not "close to 50 people".
  String.raw`close to(?! (?:\d|a (?:dozen|hundred|thousand|million|third|quarter|half)|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a deal|an agreement|tears|home|\w+ing\b))`,
  `with (?:direct |first-?hand |intimate |detailed |inside |some |personal )?knowledge of`,
  `(?:who (?:has|have|had) )?(?:direct |first-?hand )?knowledge of`,
  `knowledgeable (?:about|of)`,
  `(?:who (?:had|has|have|was|were) (?:been )?)?briefed (?:on|about)`,
  `involved in`,
  `privy to`,
  `aware of`,
  `(?:with|who (?:has|have|had)) access to`,
  `(?:who|that) (?:had|has|have) (?:seen|read|reviewed|heard|listened to|obtained)`,
  `(?:had|has|have) (?:spoken|talked) (?:to|with)`,
  `(?:who|that) (?:attended|witnessed|took part in|participated in|sat in on|was present at|were present at|was in the room|were in the room)`,
  `(?:who (?:was|were) )?in (?:attendance|the room)`,
  `present (?:at|during)`,
  `(?:who|that) (?:works?|worked|serves?|served) (?:at|for|in|on|with)`,
  `tracking the`,
  `(?:working|who (?:is|are|was|were) working) on`,
];

/** Words that describe nothing about a source's access: determiners, quantifiers, pronoun possessives. */
const EMPTY_MODIFIERS = new Set(`a an the one two three four five six seven eight nine ten dozens dozen several some many
  most few other others another more multiple numerous various certain both all each his her their its our my your
  those these such at least about nearly of whom first second third fourth fifth last latest`.split(/\s+/u));

// ---------------------------------------------------------------------------------------------------------------

/**
 * Cheap prefilters: every phrasing above contains one of these words, so a text holding none of them (most text)
 * needs none of the big case-insensitive patterns, which cost milliseconds to compile on a cold start.
 * anonymity.test.ts checks each table entry contains one.
 */
export const REASON_TRIGGERS: readonly string[] = ['anonym', 'background', 'name', 'identified', 'quoted', 'cited', 'withh', 'record',
  'authori', 'permitted', 'allowed', 'cleared', 'empowered', 'liberty', 'position', 'permission', 'clearance', 'fear', 'afraid'];
export const ACCESS_TRIGGERS: readonly string[] = ['familiar', 'close', 'knowledge', 'briefed', 'involved', 'privy', 'aware', 'access',
  'seen', 'read', 'reviewed', 'heard', 'listened', 'obtained', 'spoken', 'talked', 'attend', 'witnessed', 'took', 'participated',
  'sat', 'present', 'room', 'work', 'serve', 'tracking'];

/**
 * `text` lower-cased as the patterns' case-insensitive (`iu`) matching sees it: lower case, and the long s (ſ), the
 * one character that folds to an ASCII letter but does not lower-case to it, as "s".
 */
function folded(text: string): string {
  const lower = lowercase(text);
  return lower.includes('ſ') ? lower.replace(/ſ/gu, 's') : lower;
}

function mayHold(text: string, trigger: RegExp): boolean {
  return trigger.test(folded(text));
}

/** The tables write a space where any run of whitespace may stand. */
const spaced = (fragment: string): string => fragment.replace(/ /gu, String.raw`\s+`);
/**
 * Grant and access patterns, each twice: case-insensitive with Unicode case folding (/iu), and plain /i for text
 * holding neither of the two characters whose /iu folding differs from /i on these patterns (ſ and the Kelvin sign
 * K fold to "s" and "k"): the same matches, at a fraction of the compile time on a cold start.
 */
interface FoldingPair { unicode: RegExp; plain: RegExp }
function foldingPair(source: string): FoldingPair {
  return { unicode: new RegExp(source, 'giu'), plain: new RegExp(source, 'gi') };
}
const FOLDS_TO_ASCII = /[ſ\u212a]/u;
const pick = (pair: FoldingPair, text: string): RegExp => (FOLDS_TO_ASCII.test(text) ? pair.unicode : pair.plain);
/** No letter or digit beyond ASCII: only ASCII, no-break spaces and general punctuation (curly quotes, dashes). */
const NON_ASCII_LETTER_POSSIBLE = /[^\x00-\x7f\u00a0\u2000-\u206f]/u;

function asciiClasses(source: string): string {
  const out = source.replaceAll(String.raw`[\p{L}\p{N}`, '[a-zA-Z0-9').replaceAll(String.raw`\p{Ll}`, '[a-z]');
  if (out.includes(String.raw`\p{`)) throw new Error('\\p{ not covered');
  return out;
}

/**
 * The tables' patterns, compiled when a text first needs them, not while the module loads: most articles have no
 * anonymous source, and the extension build moves the tables themselves out of the worker's script into its data
 * file (scripts/deferred-words.ts), filled before the first analysis.
 */
interface Patterns {
  /** Each trigger list as one pattern (plain words: anonymity.test.ts checks), one pass over the text. */
  reasonTrigger: RegExp;
  accessTrigger: RegExp;
  grant: FoldingPair;
  selfStanding: RegExp[];
  /** After a grant: a few words of its own clause (no comma), then the why-word ("anonymity Tuesday because …"). */
  why: RegExp;
  /**
   * The same for text whose only letters and digits are ASCII ones, where the Unicode classes mean their ASCII
   * ranges: Unicode letter classes take milliseconds to compile on a cold start.
   */
  whyAscii: RegExp;
  access: FoldingPair;
  /** A sentence that goes on about a source just described: a pronoun or a role head opens it. */
  continuingSubject: RegExp;
}
let compiled: Patterns | undefined;
function patterns(): Patterns {
  if (compiled) return compiled;
  const whySource = `^\\s*,?\\s*((?:[\\p{L}\\p{N}’'.-]+\\s+){0,6}?)(${WHY_CLAUSES.map((w) => `\\b${spaced(w)}\\b`).join('|')})`;
  const built: Patterns = {
    reasonTrigger: new RegExp(REASON_TRIGGERS.join('|'), 'u'),
    accessTrigger: new RegExp(ACCESS_TRIGGERS.join('|'), 'u'),
    grant: foldingPair(`\\b(?:${ANONYMITY_GRANTS.map(spaced).join('|')})\\b`),
    selfStanding: SELF_STANDING_REASONS.map((s) => new RegExp(`\\b${spaced(s)}`, 'giu')),
    why: new RegExp(whySource, 'u'),
    whyAscii: new RegExp(asciiClasses(whySource), 'u'),
    access: foldingPair(`\\b(?:${ACCESS_CLAUSES.map(spaced).join('|')})\\b`),
    continuingSubject: new RegExp(`^(?:he|she|they|both|all|each|neither|those|these|one|some|(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${[...ROLE_HEAD_WORDS].flatMap((h) => [h, `${h}s`]).concat('spokespeople').join('|')}))\\b`, 'iu'),
  };
  // (Kept only once the lists are filled: an analysis before the extension has read them must not fix empty patterns.)
  if (ANONYMITY_GRANTS.length) compiled = built;
  return built;
}

/** For tests: both patterns of each pair match alike on text the plain one is used for. */
export function foldingPairs(): { GRANT: FoldingPair; ACCESS: FoldingPair; usesPlain(text: string): boolean } {
  const { grant, access } = patterns();
  return { GRANT: grant, ACCESS: access, usesPlain: (text) => pick(grant, text) === grant.plain };
}
/** For tests: the two why-clause patterns match alike on text the ASCII one is used for. */
export function whyPair(): { unicode: RegExp; ascii: RegExp; usesAscii(text: string): boolean } {
  const { why, whyAscii } = patterns();
  return { unicode: why, ascii: whyAscii, usesAscii: (text) => !NON_ASCII_LETTER_POSSIBLE.test(text) };
}

/** Where a clause ends: a comma, semicolon, colon, spaced dash, parenthesis or quotation mark. */
const CLAUSE_END = /[;:()[\]“”"«»„]|,|\s[-—–]\s|—|–/u;
/** An access clause also ends where the sentence turns to the source's anonymity or to what it did. */
const ACCESS_END = /\s(?:who|which|that|speaking|spoke|because|and\s+who|but)\b/iu;
/** A finite verb not inside a subordinate clause ("familiar with what was said" keeps its "was"). */
const FINITE_VERB = /(?<!\b(?:what|who|whom|which|that|it|he|she|they|we|I|you|this)\s)\s(?:were|was|is|are|have|has|had|will|would|did|does|do|could|can|may|might|should|must)\s/u;
const MAX_NOTE = 200;

function tidy(text: string): string {
  let s = text.replace(/\s+/gu, ' ').replace(/(?:[\s,;:.—–-]|\s(?:and|or|but|as|who|that)$)+$/u, '').trim();
  if (s.length > MAX_NOTE) s = `${s.slice(0, s.lastIndexOf(' ', MAX_NOTE - 1)).replace(/[\s,;:]+$/u, '')}…`;
  return s;
}

/** Offset of the first reporting verb in `text` not part of a clause ("who said", "what he told"). */
function firstSaying(text: string): number {
  for (const at of spacesBeforeWordsIn(text, SAYING_WORDS)) {
    if (!/\b(?:what|that|which|who|he|she|they|it)\s*$/iu.test(text.slice(Math.max(0, at - 12), at))) return at;
  }
  return text.length;
}

/**
 * The end of a clause starting at `from`: the first clause boundary or reporting verb; "…, and because …" carries
 * on.
 */
function clauseEnd(text: string, from: number, extra?: RegExp): number {
  let at = from;
  for (;;) {
    // A note is a clause, not a page: look a bounded distance ahead (hostile text can be one endless sentence).
    const rest = text.slice(at, at + MAX_NOTE * 2);
    const boundary = CLAUSE_END.exec(rest);
    const stop = extra?.exec(rest);
    const end = Math.min(boundary ? boundary.index : rest.length, stop ? stop.index : rest.length, firstSaying(rest));
    if (boundary && boundary.index === end && /^,\s*(?:and|or)\s+(?:because|to|for|as|since|citing)\b/iu.test(rest.slice(end))) {
      at += end + 1;
      continue;
    }
    return at + end;
  }
}

/** A reason in `text` (one source's part of a sentence), or undefined. The earliest one stated wins. */
export function findReason(text: string): string | undefined {
  const { reasonTrigger, selfStanding, grant: grants, why: whyUnicode, whyAscii } = patterns();
  if (!mayHold(text, reasonTrigger)) return undefined;
  let best: { at: number; reason: string } | undefined;
  const offer = (at: number, end: number): void => {
    const r = tidy(text.slice(at, end));
    if (r.split(' ').length >= 2 && (!best || at < best.at)) best = { at, reason: r };
  };
  for (const re of selfStanding) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    // "because they were not authorized …" keeps its "because"; "who was not authorized …" gives the predicate.
    let from = /^(?:because|as|since)\b/iu.test(m[0]) ? m.index : m.index + m[0].lastIndexOf(m[1]);
    // "who was not authorized to speak" reads as "not authorized to speak".
    if (/^(?:who|saying)\b/iu.test(m[0])) from += /^(?:was|were|is|are|am)\s+(?=not\b)/iu.exec(m[1])?.[0].length ?? 0;
    offer(from, clauseEnd(text, m.index + m[0].length));
  }
  const grant = pick(grants, text);
  grant.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = grant.exec(text)) !== null) {
    const after = g.index + g[0].length;
    const ahead = text.slice(after, after + 160);
    const why = (NON_ASCII_LETTER_POSSIBLE.test(ahead) ? whyUnicode : whyAscii).exec(ahead);
    if (!why) continue;
    // The why-clause belongs to the grant's own clause: "An official, who spoke on condition of anonymity, said the
    // plan failed because …" has none.
    if (/\b(?:said|says|told|tells|and|but)\b/iu.test(why[1])) continue;
    const whyStart = after + why[0].length - why[2].length;
    offer(whyStart, clauseEnd(text, whyStart));
  }
  return best?.reason;
}

/** An access clause in `text` (the description part of one source's sentence), or undefined. */
export function findAccess(sentencePart: string): string | undefined {
  const { accessTrigger, access: accessPair } = patterns();
  if (!mayHold(sentencePart, accessTrigger)) return undefined;
  // What the source said is not its description: "an official told people close to the minister …".
  const text = sentencePart.slice(0, firstSaying(sentencePart));
  const pattern = pick(accessPair, text);
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  if (!m) return undefined;
  // "who had been briefed on the talks" reads as "briefed on the talks".
  const lead = /^(?:who|that)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:been\s+)?(?=briefed|in\s|knowledge|access)/iu.exec(m[0]);
  const start = m.index + (lead?.[0].length ?? 0);
  // The clause runs on through its object ("familiar with the server taken from Mrs. Clinton's house") and stops at
  // the sentence's own verb ("people briefed on the talks were adamant that …").
  let end = clauseEnd(text, m.index + m[0].length, ACCESS_END);
  const verb = FINITE_VERB.exec(text.slice(m.index + m[0].length, end));
  if (verb) end = m.index + m[0].length + verb.index;
  const access = tidy(text.slice(start, end));
  return access.split(' ').length >= 2 ? access : undefined;
}

/** Head nouns of a description that place a source somewhere: "Chinese official", "campaign aide", "inside source";
 *  each with its plural in -s ("officials"; "spokespeople" besides). */
const ROLE_HEAD_WORDS = new Set(`source official aide adviser advisor spokesman spokeswoman spokesperson diplomat insider staffer
  employee executive investigator agent officer member representative negotiator operative strategist lawyer attorney
  confidant associate`.trim().split(/\s+/u));
function isRoleHead(word: string): boolean {
  return ROLE_HEAD_WORDS.has(word) || word === 'spokespeople' || word.endsWith('s') && ROLE_HEAD_WORDS.has(word.slice(0, -1));
}

/**
 * The source's own description when it places the source ("senior diplomatic source", "Clinton campaign official",
 * "staff member for the campaign"); nothing for a bare head ("officials", "some experts", "his advisers") or for a
 * group that is not a role ("critics", "supporters").
 */
export function descriptionAccess(description: string): string | undefined {
  const words = description.replace(/\s+/gu, ' ').trim().split(' ');
  while (words.length > 1 && EMPTY_MODIFIERS.has(lowercase(words[0]))) words.shift();
  // Relative clauses and what follows are not the description ("people who …").
  const cut = words.findIndex((w) => DESCRIPTION_ENDERS.has(lowercase(w)));
  const kept = cut > 0 ? words.slice(0, cut) : words;
  const prep = kept.findIndex((w, i) => i > 0 && DESCRIPTION_PREPOSITIONS.has(lowercase(w)));
  const headAt = (prep > 0 ? prep : kept.length) - 1;
  const head = kept[headAt]?.toLowerCase();
  if (!head || !isRoleHead(head)) return undefined;
  // Something must place it: a modifier before the head or a phrase after it ("member of the delegation").
  if (headAt === 0 && prep < 0) return undefined;
  return tidy(kept.join(' '));
}

// ---------------------------------------------------------------------------------------------------------------

interface Located {
  sourceId: string;
  block: number;
  start: number;
  end: number;
}

/** Pronoun or definite subjects that continue an earlier source: "They spoke on condition of anonymity because …". */
/** An opening participle or access clause that describes the sentence's subject. */
const OPENING_CLAUSE = /^\W*(?:speaking|talking|granted|requesting|insisting|familiar|briefed)\b/iu;


/**
 * Reason and access for each anonymous source, from the sentences around its mentions. Notes are taken from the
 * first mention (in page order) that states them; an access clause ("familiar with the matter") comes before the
 * description ("senior diplomatic source").
 */
export function explainAnonymity(blocks: readonly string[], sources: readonly Source[], mentions: readonly SourceSpan[]): Map<string, AnonymityNote> {
  const anonymous = new Map(sources.filter((s) => s.anonymous).map((s) => [s.id, s]));
  const located: Located[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.sourceId || !anonymous.has(m.sourceId)) continue;
    const text = blocks[m.span.block];
    if (typeof text !== 'string' || m.span.start < 0 || m.span.end > text.length || m.span.start >= m.span.end) continue;
    const key = `${m.span.block}:${m.span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    located.push({ sourceId: m.sourceId, block: m.span.block, start: m.span.start, end: m.span.end });
  }
  located.sort((a, b) => a.block - b.block || a.start - b.start);

  const notes = new Map<string, AnonymityNote>();
  const described = new Map<string, string>();
  const note = (id: string): AnonymityNote => {
    let n = notes.get(id);
    if (!n) { n = {}; notes.set(id, n); }
    return n;
  };
  const sentencesOf = new Map<number, Sentence[]>();
  const sentences = (block: number): Sentence[] => {
    let s = sentencesOf.get(block);
    if (!s) { s = splitSentences(blocks[block]); sentencesOf.set(block, s); }
    return s;
  };

  let cursor = { block: -1, sentence: 0 };
  for (let i = 0; i < located.length; i++) {
    const m = located[i];
    const text = blocks[m.block];
    const ss = sentences(m.block);
    // Mentions come in page order, so the sentence pointer only moves forward.
    if (m.block !== cursor.block) cursor = { block: m.block, sentence: 0 };
    while (cursor.sentence < ss.length - 1 && ss[cursor.sentence].charEnd <= m.start) cursor.sentence++;
    const si = ss.length && m.start >= ss[cursor.sentence].charStart && m.start < ss[cursor.sentence].charEnd ? cursor.sentence : -1;
    const sentence = si >= 0 ? ss[si] : { charStart: 0, charEnd: text.length };
    // This source's part of the sentence runs from its mention to the next anonymous mention; an opening clause
    // before it ("Speaking on condition of anonymity, an official said") is its own when no mention comes first.
    const prev = located[i - 1];
    const next = located[i + 1];
    const prevInSentence = prev && prev.block === m.block && prev.end > sentence.charStart;
    const to = next && next.block === m.block && next.start < sentence.charEnd && next.start > m.start ? next.start : sentence.charEnd;
    const opening = prevInSentence ? '' : text.slice(sentence.charStart, m.start);
    const own = text.slice(m.start, to);
    const n = note(m.sourceId);
    n.reason ??= findReason(own) ?? (OPENING_CLAUSE.test(opening) ? findReason(opening) : undefined);
    n.access ??= findAccess(own) ?? (OPENING_CLAUSE.test(opening) ? findAccess(opening) : undefined);
    // The fullest description wins: "senior diplomatic source" over a later "the diplomatic source".
    const d = descriptionAccess(text.slice(m.start, m.end));
    if (d && d.length > (described.get(m.sourceId)?.length ?? 0)) described.set(m.sourceId, d);
    // The next sentence may give this source's reason: "The official spoke on condition of anonymity because …".
    const following = si >= 0 ? ss[si + 1] : undefined;
    if (!n.reason && following && !(next && next.block === m.block && next.start < following.charEnd)) {
      const s = text.slice(following.charStart, following.charEnd);
      // The trigger words first: most sentences hold none, and then the subject pattern need not run (or compile).
      if (mayHold(s, patterns().reasonTrigger) && patterns().continuingSubject.test(s)) n.reason = findReason(s);
    }
  }
  for (const [id, n] of notes) {
    if (!n.access) {
      const fromName = descriptionAccess(anonymous.get(id)?.name ?? '');
      const fromMentions = described.get(id);
      const d = fromName && fromName.length >= (fromMentions?.length ?? 0) ? fromName : fromMentions;
      if (d) n.access = d;
    }
    if (!n.reason) delete n.reason;
    if (!n.access) delete n.access;
  }
  for (const [id, n] of [...notes]) if (!n.reason && !n.access) notes.delete(id);
  return notes;
}

/**
 * The report with `reason` and `access` on its anonymous sources (fields left out when the article says nothing).
 * The spans looked at are the anonymous mentions and the speakers of the sources' quotes.
 */
export function withAnonymity<R extends Pick<Report, 'sources' | 'anonymousMentions' | 'quotes'>>(blocks: readonly string[], report: R): R {
  const spans: SourceSpan[] = report.anonymousMentions.map((m: AnonymousMention) => ({ sourceId: m.sourceId, span: m.span }));
  // (A loop, not flatMap: V8's flatMap takes its generic path for each quote's one-element array.)
  for (const q of report.quotes) if (q.speakerSpan && q.anonymous) spans.push({ sourceId: q.sourceId, span: q.speakerSpan });
  const notes = explainAnonymity(blocks, report.sources, spans);
  if (notes.size === 0) return report;
  return { ...report, sources: report.sources.map((s) => (notes.has(s.id) ? { ...s, ...notes.get(s.id) } : s)) };
}
