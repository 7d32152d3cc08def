/**
 * The engine: paragraphs in, report out. Quote marks and attribution clauses are found per paragraph; speakers are
 * resolved in reading order so pronouns, surnames and "the source" link to the right entity.
 */
import { findClauses, skipAdverbials, type Clause } from './attribution';
import { findAnonymousPhrases } from './anonymous';
import { FRAGMENT_ONLY_LEMMAS, INDIRECT_LEMMAS, NON_QUOTE_LEADS, TIME_WORDS, WEAK_LEMMAS } from './lexicon';
import { globalPos, indexNames, type NameOccurrence } from './names';
import { scanQuotes, type QuotedSpan } from './quotes';
import { SourceRegistry, type Entity } from './sources';
import { classifySpeaker, type SpeakerRef } from './speakers';
import { isCapitalized, splitSentences, tokenize, type Sentence, type Token } from './text';
import type { AnalyzeOptions, AnonymousMention, Quote, QuoteKind, Report, Source, Span } from './types';

/** Input beyond this many characters is not analysed (the report says `truncated`). */
export const DEFAULT_MAX_CHARS = 2_000_000;

interface BlockModel {
  index: number;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Token range [first, last] of each sentence. */
  sentenceTokens: Array<[number, number]>;
  quotes: QuotedSpan[];
  clauses: Clause[];
  /** Sentence index of each clause. */
  clauseSentence: number[];
  /** Clause indices per sentence, and clauses by the token they start at: lookups, not scans. */
  sentenceClauses: number[][];
  clauseAtFrom: Map<number, Clause>;
  clauseAtCue: Map<number, Clause>;
}

/** Reported content is read this many tokens at most (hostile paragraphs can be one endless sentence). */
const MAX_CONTENT_TOKENS = 200;

interface Draft {
  kind: QuoteKind;
  span: Span;
  /** The paragraph's text (the draft outlives the paragraph's tokens). */
  text: string;
  cue: Span | null;
  speakerAt: Span | null;
  /** Whether an attribution clause was found for it (continuation rules apply otherwise). */
  attributed: boolean;
  entity: Entity | null;
  quoted?: QuotedSpan;
}

function draft(b: BlockModel, kind: QuoteKind, span: Span, clause: Clause | null, entity: Entity | null, quoted?: QuotedSpan): Draft {
  return {
    kind, span, text: b.text, entity, quoted, attributed: clause !== null,
    cue: clause ? spanOf(b, clause.cueFrom, clause.cueTo) : null,
    speakerAt: clause?.speaker ? spanOf(b, clause.speaker.from, clause.speaker.to) : null,
  };
}

const OPEN_MARKS = /^[“"‘'«„‚‹]/u;
const CLOSE_MARKS = /[”"’'»“‘›]$/u;

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildBlock(text: string, index: number, quotes: QuotedSpan[]): BlockModel {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const sentenceTokens: Array<[number, number]> = sentences.map((s) => {
    const a = firstTokenAtOrAfter(tokens, s.start);
    const b = firstTokenAtOrAfter(tokens, s.end) - 1;
    return [a, b];
  });
  const inQuote = new Uint8Array(tokens.length);
  for (const q of quotes) {
    for (let i = firstTokenAtOrAfter(tokens, q.start); i < tokens.length && tokens[i].start < q.end; i++) inQuote[i] = 1;
  }
  const clauses: Clause[] = [];
  const clauseSentence: number[] = [];
  sentenceTokens.forEach(([a, b], si) => {
    if (b < a) return;
    for (const c of findClauses(tokens, a, b, (i) => inQuote[i] === 1)) {
      clauses.push(c);
      clauseSentence.push(si);
    }
  });
  const sentenceClauses: number[][] = sentences.map(() => []);
  const clauseAtFrom = new Map<number, Clause>();
  const clauseAtCue = new Map<number, Clause>();
  clauses.forEach((c, k) => {
    sentenceClauses[clauseSentence[k]].push(k);
    if (!clauseAtFrom.has(c.from)) clauseAtFrom.set(c.from, c);
    if (!clauseAtCue.has(c.cue)) clauseAtCue.set(c.cue, c);
  });
  return { index, text, tokens, sentences, sentenceTokens, quotes, clauses, clauseSentence, sentenceClauses, clauseAtFrom, clauseAtCue };
}

function sentenceOfToken(b: BlockModel, tok: number): number {
  let lo = 0;
  let hi = b.sentenceTokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tok <= b.sentenceTokens[mid][1]) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}

/** Only punctuation, "that" and time words between two token positions (exclusive). */
function looseGap(tokens: readonly Token[], from: number, to: number, maxWords: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) { if (/^[.!?]$/u.test(t.text)) return false; continue; }
    if (t.lower === 'that' || TIME_WORDS.has(t.lower) || /^(of|about|in|on|it|this)$/u.test(t.lower)) { if (++words > maxWords) return false; continue; }
    return false;
  }
  return true;
}

/** The clause that attributes a direct quote, if the paragraph has one in reach. */
function attributeQuote(b: BlockModel, q: QuotedSpan): Clause | null {
  const { tokens, clauses } = b;
  const openTok = firstTokenAtOrAfter(tokens, q.open);
  const closeTok = q.close >= 0 ? firstTokenAtOrAfter(tokens, q.close) : tokens.length;
  // After the quote: “…,” the source said / “…,” said Patrick McHugh.
  let after = closeTok + 1;
  while (after < tokens.length && !tokens[after].word && /^[,—–-]$/u.test(tokens[after].text)) after++;
  const atCue = b.clauseAtCue.get(after);
  const post = b.clauseAtFrom.get(after) ?? (atCue?.side === 'after' ? atCue : undefined);
  if (post) return post;
  // Before it: Zelensky said earlier Saturday that “…  / X told Reuters: “…  (this sentence or the one before)
  const openSentence = sentenceOfToken(b, openTok);
  let pre: Clause | null = null;
  let sameSentence: Clause | null = null;
  for (const s of [openSentence - 1, openSentence]) {
    for (const k of b.sentenceClauses[s] ?? []) {
      const c = clauses[k];
      if (c.to < openTok && openTok - c.to <= 8 && looseGap(tokens, c.to + 1, openTok, 4)) pre = c;
      if (s === openSentence && c.to < openTok) sameSentence = c;
    }
  }
  if (pre) return pre;
  if (sameSentence) return sameSentence;
  // Later in the same sentence: “A” ... , he said.
  const closeSentence = sentenceOfToken(b, Math.min(closeTok, tokens.length - 1));
  for (const k of b.sentenceClauses[closeSentence] ?? []) {
    const c = clauses[k];
    if (c.from > closeTok && c.side !== 'participle') return c;
  }
  return null;
}

/** Quoted words that are names, titles, words-as-words or scare quotes rather than quotations. */
function looksLikeNonQuote(b: BlockModel, q: QuotedSpan, attributed: boolean, followsQuote: boolean): boolean {
  const inner = b.text.slice(q.start, q.end).trim();
  // A short sentence right after a kept quote ("“…,” said Ana Lima. “Finally.”) continues it.
  const sentence = /[.!?…]$/u.test(inner) && /^\p{Lu}/u.test(inner);
  if (followsQuote && sentence) return false;
  const words = inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return true;
  const before = tokenize(b.text, Math.max(0, q.open - 40), q.open).filter((t) => t.word).slice(-2).map((t) => t.lower);
  if (before.some((w) => NON_QUOTE_LEADS.has(w)) || before.join(' ').endsWith('known as')) return true;
  if (attributed) return false;
  const stripped = inner.replace(/[.,!?;:]+$/u, '');
  const titleCase = words.length <= 6 && words.every((w) => isCapitalized(w) || /^(of|the|a|an|and|in|on|at|to|for|&)$/u.test(w)) && !/[.!?]\s/u.test(stripped);
  if (titleCase) return true;
  // A whole sentence in quotation marks ("We lost.") is a quotation, however short.
  if (words.length >= 2 && sentence) return false;
  if (words.length <= 2) return true;
  return false;
}

function spanOf(b: BlockModel, fromTok: number, toTok: number): Span {
  return { block: b.index, start: b.tokens[fromTok].start, end: b.tokens[toTok].end };
}

/** Reported content governed by a clause, as a token range, or null. */
function indirectContent(b: BlockModel, k: number): [number, number] | null {
  const c = b.clauses[k];
  if (c.lemma !== 'according to' && !INDIRECT_LEMMAS.has(c.lemma)) return null;
  if (FRAGMENT_ONLY_LEMMAS.has(c.lemma)) return null;
  const { tokens } = b;
  const [sa, sb] = b.sentenceTokens[b.clauseSentence[k]];
  let end = sb;
  while (end > sa && !tokens[end].word && /^[.!?,;:…]$/u.test(tokens[end].text)) end--;
  const inQuote = (i: number): boolean => b.quotes.some((q) => tokens[i].start >= q.start && tokens[i].end <= q.end);
  // Content after the cue: "X said (on Saturday) (that) CONTENT".
  const afterStart = (): number => {
    let s = c.side === 'participle' ? c.cue + 1 : c.side === 'according' ? c.to + 1 : c.to + 1;
    if (c.side !== 'according') s = skipAdverbials(tokens, s, end);
    if (tokens[s]?.lower === 'that') s++;
    return s;
  };
  const stopAt = (from: number): number => {
    // The content stops before a coordinated new attribution ("..., and the military said") or a spaced dash.
    let stop = Math.min(end, from + MAX_CONTENT_TOKENS);
    for (let i = from; i <= stop; i++) {
      const t = tokens[i];
      if (!t.word && /^[—–]$/u.test(t.text) && i > from + 2) { stop = i - 1; break; }
      if (t.text === ';') { stop = i - 1; break; }
      if (t.lower === 'and' || t.lower === 'but' || t.lower === 'while') {
        const next = b.clauseAtFrom.get(i + 1);
        if (next && next !== c && (next.side === 'before' || next.side === 'participle')) { stop = i - 1; break; }
      }
      // A relative clause ("the source, who said he had spoken to people inside, told Reuters") ends at its comma.
      if (c.relative && t.text === ',') { stop = i - 1; break; }
      // "..., according to X": a second attribution, not part of the content.
      if (t.text === ',' && b.clauseAtFrom.get(i + 1)?.side === 'according') { stop = i - 1; break; }
    }
    while (stop > from && !tokens[stop].word && /^[,;:.]$/u.test(tokens[stop].text)) stop--;
    return stop;
  };
  const wordsIn = (a: number, z: number): number => { let n = 0; for (let i = a; i <= z; i++) if (tokens[i].word) n++; return n; };

  if (c.side === 'according' && c.from > sa + 1) {
    // "CONTENT, according to X." — unless the content already has its own cue ("Officials said A, according to B").
    if ((b.sentenceClauses[b.clauseSentence[k]] ?? []).some((ko) => ko !== k && b.clauses[ko].cue < c.from)) return null;
    let z = c.from - 1;
    while (z > sa && !tokens[z].word) z--;
    return wordsIn(sa, z) >= 3 ? [sa, z] : null;
  }
  if (c.side === 'according') {
    // "According to X, CONTENT": the content starts after the comma that closes X.
    let s = c.to + 1;
    while (s <= end && tokens[s].text !== ',' && s - c.to < 20) s++;
    if (s > end || tokens[s].text !== ',') s = c.to + 1;
    while (s <= end && !tokens[s].word) s++;
    const z = stopAt(s);
    return wordsIn(s, z) >= 3 ? [s, z] : null;
  }
  let s = afterStart();
  // "said at a conference in Hollywood that ...": a prepositional phrase before "that" is skipped; without a
  // "that", a phrase such as "said on broadcast networks" carries no reported content.
  if (s <= end && tokens[s].word && /^(at|on|in|during|from|with|by|after|before|over|last|this|night|through|via|outside|inside|near|under|while|when|as)$/u.test(tokens[s].lower)) {
    let k = s;
    while (k <= end && k - s < 12 && tokens[k].lower !== 'that' && !(tokens[k].text !== ',' && !tokens[k].word)) k++;
    s = k <= end && tokens[k].lower === 'that' ? k + 1 : end + 1;
  }
  const comma = c.from - 1;
  const commaBefore = comma > sa && tokens[comma].text === ',';
  // "To alleviate the threat, the officials said, the utility switched ...": when only an opening adverbial
  // precedes a mid-sentence attribution, the content follows it; otherwise ("A, the source said, but B") it precedes.
  const prefixIsAdverbial = commaBefore && isOpeningAdverbial(tokens, sa, comma);
  const leftover = s <= end ? tokens[s] : undefined;
  const midSentence = commaBefore && tokens[c.to + 1]?.text === ',';
  if (leftover && leftover.word && c.side !== 'after' && (!midSentence || prefixIsAdverbial)) {
    if (inQuote(s) && OPEN_MARKS.test(tokens[s - 1]?.text ?? '')) return null; // a direct quote follows
    const z = stopAt(s);
    // Two words can be a report ("profits fell"); weak cues (shows, found, noted) need a clause of three or more.
    const minWords = WEAK_LEMMAS.has(c.lemma) ? 3 : 2;
    if (wordsIn(s, z) >= minWords && !(tokens[s].lower === 'to' || tokens[s].lower === 'of' || tokens[s].lower === 'for' || tokens[s].lower === 'about')) return [s, z];
  }
  if (leftover && !leftover.word && (OPEN_MARKS.test(leftover.text) || (leftover.text === ':' && OPEN_MARKS.test(tokens[s + 1]?.text ?? '')))) return null;
  if (midSentence && prefixIsAdverbial) {
    // "For days after a storm, Con Edison officials say, they often deal with ...".
    let a = c.to + 2;
    while (a <= end && !tokens[a].word) a++;
    const z = stopAt(a);
    return wordsIn(a, z) >= 3 ? [a, z] : null;
  }
  // Content before the clause: "CONTENT, the source said." / "CONTENT, said X."
  if (!commaBefore || prefixIsAdverbial) return null;
  const tailOk = c.to >= end || (tokens[c.to + 1] && !tokens[c.to + 1].word);
  if (!tailOk) return null;
  let z = comma - 1;
  if (CLOSE_MARKS.test(tokens[z].text) && !tokens[z].word) return null; // a direct quote's attribution
  // A sentence that opens with a direct quote is that quote's attribution, not reported speech.
  if (b.quotes.some((q) => tokens[sa].start >= q.open && tokens[sa].start < q.end)) return null;
  let a = sa;
  // Start after an earlier clause of the same sentence, if any ("X said A, and B, he added").
  for (let ko = k - 1; ko >= 0 && b.clauseSentence[ko] === b.clauseSentence[k]; ko--) {
    const o = b.clauses[ko];
    if (o.to < comma && o.from >= sa && o.side !== 'participle') { a = Math.max(a, o.to + 1); break; }
  }
  // Reported content before a clause is read back a bounded number of tokens too.
  if (z - a > MAX_CONTENT_TOKENS) a = z - MAX_CONTENT_TOKENS;
  while (a < z && !tokens[a].word) a++;
  if (tokens[a]?.lower === 'that') a++;
  if (/^(and|but|so|yet)$/u.test(tokens[a]?.lower ?? '') && a < z) a++;
  a = skipDateline(tokens, a, z);
  while (z > a && !tokens[z].word && /^[,;:]$/u.test(tokens[z].text)) z--;
  return wordsIn(a, z) >= 3 ? [a, z] : null;
}

/** A wire-copy dateline before the first sentence: "WASHINGTON (Reuters) -", "LONDON, March 3 —". */
function skipDateline(tokens: readonly Token[], a: number, z: number): number {
  let i = a;
  while (i <= z && i - a < 12 && (tokens[i].word ? tokens[i].text === tokens[i].text.toUpperCase() && /\p{Lu}/u.test(tokens[i].text) || /^\d+$/u.test(tokens[i].text) || /^[A-Z][a-z]+$/u.test(tokens[i].text) && /^\($/u.test(tokens[i - 1]?.text ?? '') : /^[(),.]$/u.test(tokens[i].text))) i++;
  if (i > a && i <= z && /^[-—–]$/u.test(tokens[i].text) && /\p{Lu}{2,}/u.test(tokens[a].text)) return i + 1;
  return a;
}

/** A sentence-opening adverbial: "In a wide-ranging interview", "For days after a storm", "To alleviate the threat". */
function isOpeningAdverbial(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first?.word) return false;
  let words = 0;
  for (let i = from; i < to; i++) if (tokens[i].word) words++;
  // ... or a participle clause: "Asked whether he would resign", "Speaking to reporters".
  return words <= 8 && (/^(in|on|at|for|to|after|before|during|since|from|with|without|by|when|while|if|as|despite|amid|under|over|within|following|like|unlike|still|meanwhile|however|instead|now|then|today|yesterday|earlier|later|last|this|ultimately|overall|separately|also)$/u.test(first.lower) || /^[A-Z][a-z]+(?:ed|ing)$/u.test(first.text));
}

function nameRef(b: BlockModel, n: NameOccurrence): { ref: SpeakerRef; from: number; to: number } {
  const from = firstTokenAtOrAfter(b.tokens, n.start);
  const to = Math.max(from, firstTokenAtOrAfter(b.tokens, n.end) - 1);
  const ref: SpeakerRef = { type: 'name', name: n.parts.name, mention: b.text.slice(n.start, n.end), person: true, gender: n.parts.gender, single: !n.parts.name.includes(' '), kind: 'person' };
  return { ref, from, to };
}

/** Person names of a paragraph, by block index. */
type NamesByBlock = Map<number, NameOccurrence[]>;

function speakerRefOf(b: BlockModel, k: number, names: NamesByBlock): { ref: SpeakerRef; from: number; to: number } | null {
  const c = b.clauses[k];
  if (!c.speaker) return null;
  const main = classifySpeaker(b.text, b.tokens, c.speaker.from, c.speaker.to);
  if (!main && c.side === 'before') {
    // "Kurinji Selvaraj, a research analyst at the ... think tank told CBS News": an appositive with no closing
    // comma; the speaker is the name before it.
    const sentenceStart = b.sentences[b.clauseSentence[k]]?.start ?? 0;
    const at = b.tokens[c.speaker.from].start;
    const n = (names.get(b.index) ?? []).filter((o) => o.start >= sentenceStart && o.end <= at && /^\s*,/u.test(b.text.slice(o.end, o.end + 3))).at(-1);
    if (n) return nameRef(b, n);
  }
  if (c.appositive) {
    // "a spokeswoman, Kym Lino, said": the name in the appositive is the speaker.
    const app = classifySpeaker(b.text, b.tokens, c.appositive.from, c.appositive.to);
    if (app && app.type === 'name' && app.person && (!main || main.type === 'description')) return { ref: app, from: c.appositive.from, to: c.appositive.to };
  }
  return main ? { ref: main, from: c.speaker.from, to: c.speaker.to } : null;
}

/** Analyse an article given as paragraphs. */
export function analyzeBlocks(input: readonly string[], options: AnalyzeOptions = {}): Report {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const blocks: string[] = [];
  let total = 0;
  let truncated = false;
  for (const raw of input) {
    const text = typeof raw === 'string' ? raw : '';
    if (total + text.length > maxChars) { truncated = true; break; }
    blocks.push(text);
    total += text.length;
  }
  const quoted = scanQuotes(blocks);
  const byBlock: QuotedSpan[][] = blocks.map(() => []);
  for (const q of quoted) byBlock[q.block].push(q);
  // Two passes over the paragraphs: the name index needs the whole article first; then each paragraph is analysed.
  // Each pass tokenizes for itself and drops the tokens with the paragraph, so tokens never pile up: long pages stay
  // small in memory and the work stays linear.
  const names: NameOccurrence[] = indexNames(blocks);
  const registry = new SourceRegistry(names);
  const namesByBlock: NamesByBlock = new Map();
  for (const n of names) {
    const list = namesByBlock.get(n.block);
    if (list) list.push(n); else namesByBlock.set(n.block, [n]);
  }
  const drafts: Draft[] = [];
  const mentions: AnonymousMention[] = [];
  const mentionStarts = new Set<string>();
  const mentionEntity = new Map<string, Entity>();
  const indirectStarts = new Set<string>();
  let lastQuoteEntity: Entity | null = null;
  let introducer: { block: number; entity: Entity } | null = null;
  let lastQuoteBlock = -10;

  for (let index = 0; index < blocks.length; index++) {
    const b = buildBlock(blocks[index], index, byBlock[index]);
    // Which clause attributes each quote.
    const quoteClause = b.quotes.map((q) => attributeQuote(b, q));
    // Resolve clause speakers in reading order.
    const clauseEntity = new Map<Clause, Entity | null>();
    let previous: Entity | null = null;
    b.clauses.forEach((c, k) => {
      let entity: Entity | null = null;
      if (c.side === 'participle' && !c.speaker) entity = previous;
      else {
        const sr = speakerRefOf(b, k, namesByBlock);
        if (sr) {
          const pos = globalPos(b.index, b.tokens[sr.from].start);
          entity = registry.resolve(sr.ref, pos);
          if (entity) registry.spoke(entity, pos);
          if (sr.ref.type === 'description' && sr.ref.anonymous) {
            const key = `${b.index}:${b.tokens[sr.from].start}`;
            if (!mentionStarts.has(key)) {
              mentionStarts.add(key);
              const span = spanOf(b, sr.from, sr.to);
              mentions.push({ id: '', text: b.text.slice(span.start, span.end), sourceId: null, span });
              if (entity) mentionEntity.set(key, entity);
            }
          }
        }
      }
      clauseEntity.set(c, entity);
      if (entity) previous = entity;
    });
    // Reported speech. A cue inside content already reported ("He says the hospital has added beds") is a nested
    // report or not speech at all: the outer report stands alone.
    let reported: [number, number] | null = null;
    b.clauses.forEach((c, k) => {
      if (reported && c.cue > reported[0] && c.cue <= reported[1] && c.side !== 'according') return;
      const range = indirectContent(b, k);
      if (!range) return;
      reported = range;
      const entity = clauseEntity.get(c) ?? null;
      const span = spanOf(b, range[0], range[1]);
      const key = `${span.block}:${span.start}`;
      if (indirectStarts.has(key)) return;
      indirectStarts.add(key);
      drafts.push(draft(b, 'indirect', span, c, entity));
      if (entity) registry.spoke(entity, globalPos(b.index, b.tokens[c.cue].start));
    });
    // Direct quotes.
    const blockDrafts: Draft[] = [];
    b.quotes.forEach((q, qi) => {
      const c = quoteClause[qi];
      const entity = c ? clauseEntity.get(c) ?? null : null;
      if (looksLikeNonQuote(b, q, c !== null, blockDrafts.length > 0)) return;
      const d = draft(b, 'direct', { block: b.index, start: q.start, end: q.end }, c, entity, q);
      blockDrafts.push(d);
      if (entity) registry.spoke(entity, globalPos(b.index, q.start));
    });
    // Unattributed quotes continue the paragraph's speaker, or the previous paragraph's. One pass each way: the
    // nearest attributed quote after each, and (as the loop goes) the nearest quote before it with a speaker.
    const nextAttributed: Array<Entity | null> = new Array(blockDrafts.length).fill(null);
    for (let i = blockDrafts.length - 2; i >= 0; i--) {
      const o = blockDrafts[i + 1];
      nextAttributed[i] = o.entity && o.attributed ? o.entity : nextAttributed[i + 1];
    }
    let prevEntity: Entity | null = null;
    blockDrafts.forEach((d, i) => {
      if (d.entity) { prevEntity = d.entity; return; }
      const carried = b.index - lastQuoteBlock <= 2 && b.clauses.length === 0 ? lastQuoteEntity : null;
      // "Linda Park put it bluntly:" ends one paragraph; the next opens with the quote.
      const introduced = i === 0 && introducer && introducer.block === b.index - 1 ? introducer.entity : null;
      d.entity = prevEntity ?? (d.quoted?.continued ? lastQuoteEntity : null) ?? nextAttributed[i] ?? introduced ?? carried ?? null;
      if (!d.entity && d.quoted) {
        // "Alverson summed up the journey: “…”": the sentence's subject, when it is a person, introduced the quote.
        const sentence = b.sentences[sentenceOfToken(b, firstTokenAtOrAfter(b.tokens, d.quoted.open))];
        const subject = (namesByBlock.get(b.index) ?? []).find((n) => n.subject && n.start >= sentence.start && n.end <= d.quoted!.open);
        if (subject) d.entity = registry.resolve(nameRef(b, subject).ref, globalPos(b.index, subject.start));
      }
      if (d.entity) prevEntity = d.entity;
    });
    for (const d of blockDrafts) {
      drafts.push(d);
      if (d.entity) { lastQuoteEntity = d.entity; lastQuoteBlock = b.index; }
    }
    // A paragraph ending in a colon introduces what follows: its speaker is the last cue's, or the first person named
    // in its last sentence.
    introducer = null;
    if (/:\s*$/u.test(b.text) && b.quotes.length === 0) {
      const last = b.clauses.length ? clauseEntity.get(b.clauses[b.clauses.length - 1]) ?? null : null;
      const lastSentence = b.sentences[b.sentences.length - 1];
      const named = (namesByBlock.get(b.index) ?? []).find((n) => lastSentence && n.start >= lastSentence.start);
      const entity = last ?? (named ? registry.resolve(nameRef(b, named).ref, globalPos(b.index, named.start)) : null);
      if (entity) introducer = { block: b.index, entity };
    }
  }

  // Phrasings that name an anonymous source without a cue next to them ("people familiar with the matter",
  // "The source could not provide details").
  const mentionsByBlock = new Map<number, AnonymousMention[]>();
  for (const m of mentions) {
    const list = mentionsByBlock.get(m.span.block);
    if (list) list.push(m); else mentionsByBlock.set(m.span.block, [m]);
  }
  for (const found of findAnonymousPhrases(blocks, registry)) {
    const key = `${found.span.block}:${found.span.start}`;
    if (mentionStarts.has(key)) continue;
    const overlapping = (mentionsByBlock.get(found.span.block) ?? []).some((m) => m.span.start < found.span.end && found.span.start < m.span.end);
    if (overlapping) continue;
    mentionStarts.add(key);
    mentions.push({ id: '', text: found.text, sourceId: null, span: found.span });
    if (found.entity) mentionEntity.set(key, found.entity);
  }

  return buildReport(drafts, mentions, mentionEntity, registry, options.url ?? null, truncated);
}

function buildReport(drafts: Draft[], mentions: AnonymousMention[], mentionEntity: Map<string, Entity>, registry: SourceRegistry, url: string | null, truncated: boolean): Report {
  drafts.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start || (a.kind === 'direct' ? -1 : 1));
  mentions.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);
  const sourceOf = new Map<Entity, Source>();
  const sources: Source[] = [];
  const sourceFor = (e: Entity): Source => {
    let source = sourceOf.get(e);
    if (!source) {
      source = { id: `s${sources.length + 1}`, name: e.name, anonymous: e.anonymous, kind: e.kind, mentions: e.mentions.slice(), quoteIds: [] };
      sourceOf.set(e, source);
      sources.push(source);
    }
    return source;
  };
  const quotes: Quote[] = drafts.map((d, i) => {
    const id = `q${i + 1}`;
    const text = d.text.slice(d.span.start, d.span.end);
    const source = d.entity ? sourceFor(d.entity) : null;
    if (source) source.quoteIds.push(id);
    const cueSpan = d.cue;
    const speakerSpan = d.speakerAt;
    return {
      id, kind: d.kind, text,
      speaker: d.entity?.name ?? null,
      anonymous: d.entity?.anonymous ?? false,
      cue: cueSpan ? d.text.slice(cueSpan.start, cueSpan.end) : null,
      sourceId: source?.id ?? null,
      span: d.span, cueSpan, speakerSpan,
    };
  });
  const anonymousMentions = mentions.map((m, i) => {
    const e = mentionEntity.get(`${m.span.block}:${m.span.start}`);
    return { ...m, id: `m${i + 1}`, sourceId: e ? sourceFor(e).id : null };
  });
  return { url, quotes, sources, anonymousMentions, ...(truncated ? { truncated: true } : {}) };
}
