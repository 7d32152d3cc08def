import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { scanQuotes } from './quotes';
import { splitSentences } from './text';
import type { Report } from './types';
import { WINDOW_CHARS, windowCuts, windowsOf } from './windows';

const FIRST = ['Maria', 'John', 'Aisha', 'Peter', 'Linda', 'Tomas', 'Grace', 'Omar'];
const LAST = ['Lopez', 'Okafor', 'Brandt', 'Nakamura', 'Silva', 'Kowalski', 'Haddad', 'Moreau'];
const HE = { Maria: 'she', John: 'he', Aisha: 'she', Peter: 'he', Linda: 'she', Tomas: 'he', Grace: 'she', Omar: 'he' } as Record<string, string>;

/** Sentence `i` of a long news paragraph: direct and reported speech, pronoun follow-ups, anonymous sources. */
function sentence(i: number): string {
  const first = FIRST[i % FIRST.length];
  const last = LAST[(i * 3) % LAST.length];
  switch (i % 6) {
    case 0: return `“The bridge will reopen in month ${i},” said ${first} ${last}.`;
    case 1: return `${first} ${last} said the council would vote on plan ${i} next week.`;
    case 2: return `“We have done this before, and we will do it again in round ${i},” ${HE[first] ?? 'he'} added.`;
    case 3: return `A senior official, who spoke on condition of anonymity, said the talks on item ${i} had stalled.`;
    case 4: return `According to the ministry, spending on item ${i} rose by a tenth.`;
    default: return `The committee met on day ${i}. “It is a good day,” ${last} told reporters. “A very good day.”`;
  }
}

const longParagraph = (n: number): string => Array.from({ length: n }, (_, i) => sentence(i)).join(' ');

/**
 * What a reader is shown of quotes: every quote with its kind, words, place, cue and speaker, and every source.
 * (Anonymous mentions are left out: analysed whole, a paragraph of megabytes extends only its first "a senior
 * official, who spoke on condition of anonymity" to the whole phrase; windows extend each, as paragraphs do.)
 */
const shown = (r: Report) => ({
  quotes: r.quotes.map((q) => [q.kind, q.text, q.span.block, q.span.start, q.span.end, q.speaker, q.anonymous, q.cue, q.cueSpan?.start, q.speakerSpan?.start]),
  sources: r.sources.map((s) => [s.name, s.anonymous, s.kind, s.quoteIds.length]),
});

describe('windows over an enormous paragraph', () => {
  it('gives a long paragraph of many sentences the same quotes, speakers and sources as analysing it whole', () => {
    const text = longParagraph(700);
    expect(text.length).toBeGreaterThan(5 * WINDOW_CHARS);
    const windowed = analyzeBlocks(['Before it.', text, 'After it.']);
    const whole = analyzeBlocks(['Before it.', text, 'After it.'], { windowChars: Number.POSITIVE_INFINITY });
    expect(whole.quotes.length).toBeGreaterThan(500);
    expect(shown(windowed)).toEqual(shown(whole));
    // Spans point into the input paragraph, not into a window.
    for (const q of windowed.quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    for (const q of windowed.quotes) expect(q.span.block).toBe(1);
    for (const m of windowed.anonymousMentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });

  it('keeps the speakers of small windows too (a few sentences each)', () => {
    const text = longParagraph(120);
    expect(shown(analyzeBlocks([text], { windowChars: 300 }))).toEqual(shown(analyzeBlocks([text], { windowChars: Number.POSITIVE_INFINITY })));
  });

  it('never splits a quotation, even one of many sentences longer than a window', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence ${i} of the statement is here.`).join(' ');
    const text = `${longParagraph(30)} “${long}” said Grace Haddad. ${longParagraph(30)}`;
    const r = analyzeBlocks([text], { windowChars: 200 });
    const q = r.quotes.find((x) => x.text.startsWith('Sentence 0'));
    expect(q?.text).toBe(long);
    expect(q?.speaker).toBe('Grace Haddad');
    const cuts = windowCuts(text, scanQuotes([text]), 200);
    expect(cuts.length).toBeGreaterThan(10);
    const open = text.indexOf('“Sentence 0');
    const close = text.indexOf('” said Grace');
    for (const [from, to] of cuts) expect(to <= open || from > close || (from <= open && to > close)).toBe(true);
  });

  it('cuts only between sentences outside quotation marks, and only paragraphs above the window size', () => {
    const word = fc.constantFrom('the', 'council', 'Lopez', 'said', 'plan', 'would', 'vote', 'Mr.', 'U.S.', 'it');
    const sentenceOf = fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '?', '!'))
      .map(([ws, end]) => `${ws[0][0].toUpperCase()}${ws.join(' ').slice(1)}${end}`);
    // Sentences, some runs of them inside a quotation (left open at the end of the paragraph sometimes).
    const part = fc.oneof(sentenceOf, fc.array(sentenceOf, { minLength: 1, maxLength: 6 }).map((ss) => `“${ss.join(' ')}”`), fc.array(sentenceOf, { minLength: 1, maxLength: 4 }).map((ss) => `“${ss.join(' ')}`));
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 60 }), fc.integer({ min: 20, max: 400 }), (parts, size) => {
      const text = parts.join(' ');
      const quotes = scanQuotes([text]);
      const cuts = windowCuts(text, quotes, size);
      if (text.length <= size) expect(cuts).toEqual([[0, text.length]]);
      expect(cuts[0][0]).toBe(0);
      expect(cuts.at(-1)![1]).toBe(text.length);
      const ends = new Set(splitSentences(text).map((s) => s.charEnd));
      for (let i = 0; i + 1 < cuts.length; i++) {
        const cut = cuts[i][1];
        expect(ends.has(cut)).toBe(true); // a sentence ends there
        expect(text.slice(cut, cuts[i + 1][0]).trim()).toBe(''); // only spaces between windows
        expect(cuts[i][1] - cuts[i][0]).toBeGreaterThanOrEqual(size);
        for (const q of quotes) {
          const last = q.close < 0 ? text.length : q.close;
          expect(last < cut || q.open >= cuts[i + 1][0]).toBe(true);
        }
      }
      // The windows' quoted spans are the paragraph's, moved.
      const w = windowsOf([text], quotes, size);
      const back = w.quotes.map((s) => ({ ...s, block: 0, open: s.open + w.origin[s.block].offset, close: s.close < 0 ? -1 : s.close + w.origin[s.block].offset, charStart: s.charStart + w.origin[s.block].offset, charEnd: s.charEnd + w.origin[s.block].offset }));
      expect(back).toEqual(quotes);
      expect(w.quotes).toEqual(scanQuotes(w.texts));
    }), { numRuns: 300 });
  });

  it('analyses paragraphs up to the window size exactly as before (one window each, no mapping)', () => {
    const blocks = [longParagraph(20), longParagraph(40)];
    expect(blocks.every((b) => b.length < WINDOW_CHARS)).toBe(true);
    expect(JSON.stringify(analyzeBlocks(blocks, { trace: true }))).toBe(JSON.stringify(analyzeBlocks(blocks, { trace: true, windowChars: Number.POSITIVE_INFINITY })));
    const w = windowsOf(blocks, scanQuotes(blocks), WINDOW_CHARS);
    expect(w.texts).toEqual(blocks);
    expect(w.origin).toEqual([{ block: 0, offset: 0 }, { block: 1, offset: 0 }]);
  });
});
