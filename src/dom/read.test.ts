import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readArticleWork, runSync } from './extract';
import { walkPage } from './extract-walk';
import { MAX_BLOCKS, readArticle, WALK_LIMIT } from './read';
import { afterRendering } from './slices';

const para = (i: number): string => `<p>Paragraph ${i} says the council met again, and the harbour budget, once more, was discussed at length.</p>`;
const page = (paragraphs: number): Document => new JSDOM(`<html><body><article>${Array.from({ length: paragraphs }, (_, i) => para(i)).join('')}</article></body></html>`).window.document;

describe('size caps applied while the page is walked', () => {
  it('stops walking at the limit: what follows is never visited', () => {
    const doc = page(2000);
    let asked = 0;
    const article = runSync(readArticleWork(doc, { visible: () => { asked++; return true; }, limit: { blocks: 100, chars: 1e9 } }));
    expect(article.truncated).toBe(true);
    expect(article.flows.length).toBeLessThanOrEqual(100);
    expect(article.flows[0].text.startsWith('Paragraph 0 ')).toBe(true);
    // The walk asked about the first hundred paragraphs or so, not the two thousand on the page.
    expect(asked).toBeLessThan(110);
    // The character limit stops it too.
    const byChars = runSync(readArticleWork(doc, { limit: { blocks: 1e9, chars: 5000 } }));
    expect(byChars.truncated).toBe(true);
    expect(byChars.flows.map((f) => f.text.length).reduce((a, b) => a + b, 0)).toBeLessThan(5200);
    // Within the limit nothing is cut.
    expect(runSync(readArticleWork(page(50), { limit: { blocks: 100, chars: 1e9 } })).truncated).toBe(false);
  });

  it('a page past the walk limit is read in part and said to be capped', async () => {
    const doc = page(WALK_LIMIT.blocks + 500);
    let asked = 0;
    const reading = await readArticle(doc, () => { asked++; return true; });
    expect(reading.capped).toBe(true);
    expect(reading.flows.length).toBe(MAX_BLOCKS);
    expect(reading.texts.length).toBe(MAX_BLOCKS);
    expect(asked).toBeLessThanOrEqual(WALK_LIMIT.blocks + 10);
  }, 60_000);
});

describe('counting a paragraph’s characters as it is read', () => {
  it('gives each block the length of its text with white space collapsed and trimmed, however it is split', () => {
    const doc = new JSDOM(`<html><body><article><p>  Two\u00a0 spaces,\t<b>a tab </b> <i> and</i>\n\n lines  </p>
<p><span> one </span><span>  </span><span>two</span><br>  <span>three  </span></p><p>${'<span>w </span>'.repeat(500)}end</p></article></body></html>`).window.document;
    const page = runSync(walkPage(doc.body));
    const collapsed = (s: string): number => s.replace(/[ \t\n\v\f\r\u00a0]+/gu, ' ').trim().length;
    expect(page.blocks.length).toBeGreaterThanOrEqual(3);
    for (const b of page.blocks) expect(b.chars).toBe(collapsed(b.flow.text));
    expect(page.blocks.map((b) => b.chars)).toContain(collapsed(`${'w '.repeat(500)}end`));
  });
});

describe('walking a page', () => {
  it('goes from sibling to sibling, never indexing an element’s live child list', () => {
    // Indexing the live list of 100,000 children cost Chromium 44-80 ms of CPU in one short stretch of the walk.
    const doc = page(50);
    const article = doc.querySelector('article') as Element;
    Object.defineProperty(article, 'childNodes', { get() { throw new Error('the live child list was read'); } });
    const read = runSync(readArticleWork(doc, {}));
    expect(read.flows.length).toBe(50);
    expect(read.flows[49].text.startsWith('Paragraph 49 ')).toBe(true);
  });
});

describe('waiting for the page to render before reading', () => {
  it('goes on right after the next frame, or after 50 ms in a tab that renders nothing', async () => {
    const frames: Array<() => void> = [];
    const rendering = { requestAnimationFrame: (f: () => void) => { frames.push(f); return frames.length; } } as unknown as Window;
    let done = false;
    const waiting = afterRendering(rendering).then(() => { done = true; });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    frames[0]();
    await waiting;
    expect(done).toBe(true);
    const t0 = performance.now();
    await afterRendering({ requestAnimationFrame: () => 0, document: { visibilityState: 'visible' } } as unknown as Window);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(45);
  });
  it('does not wait in a hidden tab, which renders nothing and throttles its timers', async () => {
    let asked = false;
    const t0 = performance.now();
    await afterRendering({ requestAnimationFrame: () => { asked = true; return 0; }, document: { visibilityState: 'hidden' } } as unknown as Window);
    expect(asked).toBe(false);
    expect(performance.now() - t0).toBeLessThan(40);
  });
});
