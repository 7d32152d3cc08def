/**
 * Windows: an enormous paragraph (a page with no paragraph breaks, text pasted as one line) is analysed as a run of
 * sentence-bounded windows, each read as if it were a paragraph, and every span is mapped back to the paragraph.
 *
 * Why: much of the engine's work is per paragraph — its tokens stay alive while it is analysed, and pronoun, role and
 * discourse resolution look back over "this paragraph and the one before". In a paragraph of megabytes both grow
 * with the paragraph, so one 1 MB paragraph cost 1.4–1.7× the same text in paragraphs. Windows of a few thousand
 * characters keep that work and memory per window, so cost stays linear whatever the paragraphing.
 *
 * A window ends only where a sentence ends outside every quotation (a quotation is never split, so its speaker is
 * found as before), and only once the window has reached its size. What discourse carries within a paragraph (the
 * last quote's speaker, the last clause's speaker) runs on from one window of a paragraph to the next (analyze.ts);
 * what it carries from paragraph to paragraph (pronouns, "the source", "the senator") sees a window as a paragraph. A paragraph at most the window size is one window
 * and is analysed exactly as before; so is a paragraph with no allowed cut (one endless sentence or quotation).
 */
import type { QuotedSpan } from './quotes';
import { splitSentences } from './text';

/** Paragraphs longer than this are analysed in windows of whole sentences of about this size. Far above any real
 *  paragraph (the longest in the evaluation sets has 2,573 characters), so ordinary text is never windowed. */
export const WINDOW_CHARS = 10_000;

/** Where a window's text lies in the input: its paragraph and the offset of its first character. */
export interface WindowOrigin {
  block: number;
  offset: number;
}

export interface Windows {
  texts: string[];
  origin: WindowOrigin[];
  /** The input's quoted spans, moved into their windows (each lies wholly inside one). */
  quotes: QuotedSpan[];
}

/**
 * Where to cut one paragraph: [start, end) of each window, in order. Cuts fall between a sentence's end and the next
 * sentence's start (the spaces between are in no window); never inside a quotation (from its opening mark to its
 * closing one, or to the paragraph's end when it stays open). `quotes` are the paragraph's spans, sorted.
 */
export function windowCuts(text: string, quotes: readonly QuotedSpan[], size: number): Array<[number, number]> {
  if (text.length <= size) return [[0, text.length]];
  const sentences = splitSentences(text);
  const cuts: Array<[number, number]> = [];
  let from = 0;
  let q = 0;
  /** The furthest any quotation opened before the next sentence reaches (one past its closing mark). */
  let reach = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const end = sentences[i].charEnd;
    const next = sentences[i + 1].charStart;
    for (; q < quotes.length && quotes[q].open < next; q++) reach = Math.max(reach, quotes[q].close < 0 ? Number.POSITIVE_INFINITY : quotes[q].close + 1);
    // Not before a sentence that opens with a quotation ("“A.” “B,” she said": A is hers), unless the window has grown
    // to twice its size without another place to cut (a transcript of quotations).
    const opensQuote = q < quotes.length && quotes[q].open === next;
    if (end - from >= size && reach <= end && (!opensQuote || end - from >= 2 * size)) {
      cuts.push([from, end]);
      from = next;
    }
  }
  cuts.push([from, text.length]);
  return cuts;
}

/** The input as windows: every paragraph longer than `size` cut by `windowCuts`, the others whole. */
export function windowsOf(blocks: readonly string[], quoted: readonly QuotedSpan[], size: number): Windows {
  const texts: string[] = [];
  const origin: WindowOrigin[] = [];
  const quotes: QuotedSpan[] = [];
  let q = 0;
  blocks.forEach((text, block) => {
    const first = q;
    while (q < quoted.length && quoted[q].block === block) q++;
    const own = quoted.slice(first, q);
    let k = 0;
    for (const [from, to] of windowCuts(text, own, size)) {
      const index = texts.length;
      texts.push(from === 0 && to === text.length ? text : text.slice(from, to));
      origin.push({ block, offset: from });
      for (; k < own.length && own[k].open < to; k++) {
        const s = own[k];
        quotes.push({ ...s, block: index, open: s.open - from, close: s.close < 0 ? -1 : s.close - from, charStart: s.charStart - from, charEnd: s.charEnd - from });
      }
    }
  });
  return { texts, origin, quotes };
}
