/**
 * The paragraph model: one paragraph's tokens, sentences, quoted spans and attribution clauses, with the indices the
 * rules look things up in (never scan). Built once per paragraph and dropped with it, so long pages stay small.
 */
import { findClauses, type Clause } from './clauses';
import type { QuotedSpan } from './quotes';
import { lowerBound } from './search';
import { readText, sentenceIndex, type Sentence, type TextModel, type Token } from './text';
import type { Span } from './types';

export interface Paragraph {
  /** The paragraph's place among the article's blocks, and its text. */
  blockIndex: number;
  paragraphText: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Token range [first, last] of each sentence. */
  sentenceTokens: Array<[number, number]>;
  /** Sentence index of each token. */
  tokenSentence: number[];
  quotedSpans: QuotedSpan[];
  /** 1 for tokens inside a quoted span: cues there belong to the quoted speaker. */
  inQuote: number[];
  /** The attribution clauses found in the paragraph. */
  attributions: Clause[];
  /** Sentence index of each clause. */
  clauseSentence: number[];
  /** Clause indices per sentence, and clauses by the token they start at or cue at. */
  sentenceClauses: number[][];
  clauseAtFrom: Map<number, Clause>;
  clauseAtCue: Map<number, Clause>;
}

/** Index of the first token starting at or after `offset`. */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens, offset, (t) => t.charStart);
}

export function buildParagraph(text: string, index: number, quotes: QuotedSpan[], read: TextModel = readText(text)): Paragraph {
  const { tokens, sentences } = read;
  // (The name index has usually worked these out already.)
  const { sentenceTokens, tokenSentence } = sentenceIndex(read);
  const inQuote: number[] = new Array<number>(tokens.length).fill(0);
  for (const q of quotes) {
    for (let i = firstTokenAtOrAfter(tokens, q.charStart); i < tokens.length && tokens[i].charStart < q.charEnd; i++) inQuote[i] = 1;
  }
  const clauses: Clause[] = [];
  const clauseSentence: number[] = [];
  sentenceTokens.forEach(([a, b], si) => {
    if (b < a) return;
    for (const c of findClauses(tokens, a, b, (i) => inQuote[i] === 1, index === 0)) {
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
    if (!clauseAtCue.has(c.cueAt)) clauseAtCue.set(c.cueAt, c);
  });
  return { blockIndex: index, paragraphText: text, tokens, sentences, sentenceTokens, tokenSentence, quotedSpans: quotes, inQuote, attributions: clauses, clauseSentence, sentenceClauses, clauseAtFrom, clauseAtCue };
}

/** Sentence index of a token (tokens between sentences belong to the one before). */
export function sentenceOfToken(p: Paragraph, tok: number): number {
  if (tok >= p.tokens.length) return Math.max(0, p.sentences.length - 1);
  return p.tokenSentence[Math.max(0, tok)];
}

export function spanOf(p: Paragraph, fromTok: number, toTok: number): Span {
  return { block: p.blockIndex, start: p.tokens[fromTok].charStart, end: p.tokens[toTok].charEnd };
}
