/// <reference types="chrome" />
/**
 * Issue 12: real news pages on which the page reader used to find no article now get highlights and a popup
 * listing their sources; a page without an article is analysed whole, and the popup says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, tabIdOf, waitForHighlights, type ExtensionBrowser } from './chromium';
import { startServer, type TestServer } from './server';

let server: TestServer;
let b: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  b = await launchWithExtension();
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function open(path: string) {
  const page = await b.context.newPage();
  const url = `${server.url}${path}`;
  await page.goto(url);
  return { page, tabId: await tabIdOf(b.worker, url) };
}

/** Every highlighted range's text, all kinds together. */
async function highlightedTexts(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => ['direct', 'indirect', 'anonymous'].flatMap((k) => [...((CSS.highlights.get(`sourcelight-${k}`) as unknown as Set<Range> | undefined) ?? [])].map((r) => r.toString())));
}

const PAGES = [
  // A page-wide ASP.NET <form> around the whole article.
  { file: 'aljazeera-nasa-moon-landers', quote: 'We have a need and saw a need to bring on some additional providers', minQuotes: 5 },
  // The article box's class says "modal"; a newsletter box ("Thanks for contacting us") was read instead.
  { file: 'nypost-bubonic-plague', quote: 'hunted and ate a wild rabbit', minQuotes: 2, notFrom: 'Thanks for contacting us' },
  // A wrapper's class says "menu" ("td-transition-content-and-menu").
  { file: 'therepublic-drug-arrests', quote: 'Officers arrested Christopher D. Battin', minQuotes: 3 },
];

describe('benchmark pages that gave nothing before issue 12', () => {
  for (const p of PAGES) {
    it(`${p.file}: highlights its quotes and the popup lists their sources`, async () => {
      const { page, tabId } = await open(`/extraction/${p.file}.html`);
      const counts = await waitForHighlights(page);
      expect(counts.direct + counts.indirect).toBeGreaterThanOrEqual(p.minQuotes);
      const highlighted = await highlightedTexts(page);
      expect(highlighted.some((t) => t.includes(p.quote)), `a highlight contains “${p.quote}”`).toBe(true);
      if (p.notFrom) expect(highlighted.some((t) => t.includes(p.notFrom))).toBe(false);

      const popup = await openPopup(b, tabId);
      await popup.waitForSelector('#summary');
      const quotes = Number(/^(\d+) quotes?/u.exec((await popup.textContent('#summary')) ?? '')?.[1] ?? 0);
      expect(quotes).toBeGreaterThanOrEqual(p.minQuotes);
      expect(await popup.locator('.source').count()).toBeGreaterThanOrEqual(1);
      const listed = await popup.locator('.quote-text').allTextContents();
      expect(listed.some((t) => t.includes(p.quote)), `the popup lists “${p.quote}”`).toBe(true);
      // An article was found: no whole-page note.
      expect(await popup.locator('[data-note="whole-page"]').count()).toBe(0);
      await popup.close();
      await page.close();
    });
  }
});

describe('a page without an article', () => {
  it('is analysed whole, and the popup says so', async () => {
    server.route('/no-article', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body>
      <nav><a href="/">Home</a> <a href="/about">About</a></nav>
      <div><span>“The bridge will reopen in spring,” said Ana Silva, the harbour master.</span></div>
      <footer><p>© Example. “All rights reserved,” the lawyers said.</p></footer></body></html>`);
    const { page, tabId } = await open('/no-article');
    const counts = await waitForHighlights(page);
    expect(counts.direct).toBe(1);
    expect((await highlightedTexts(page)).some((t) => t.includes('All rights reserved'))).toBe(false);
    const popup = await openPopup(b, tabId);
    await popup.waitForSelector('#summary');
    expect(await popup.textContent('[data-note="whole-page"]')).toBe('No article found — analysed the whole page');
    expect(await popup.locator('.source-name .name').allTextContents()).toContain('Ana Silva');
    await popup.close();
    await page.close();
  });
});

describe('a hover card inside a sentence', () => {
  // A site's card for a person named in the text, shown only on hover by the site's own styles: on a page whose
  // styles do not hide it (a saved page, a slow stylesheet), its headlines must not run into the quote.
  it('is not read into the quote: the popup lists the sentence without the card', async () => {
    server.route('/hover-card', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Storm closes the harbour</h1>
      <p>The storm that reached the coast on Tuesday closed the harbour for two days, stranded three ferries and left the pier without power, harbour officials said.</p>
      <p>“We have never seen waves like these in the harbour, not in thirty years,” said Tomas Berg, the harbour master, who spent the night on the quay with his crew.</p>
      <p>The harbour board said the ferry man had threatened <span class="rollover-people"><a href="/p/ana">Ana Ruiz</a><span class="rollover-block"><a href="/p/ana">Ana Maria Ruiz</a> <a href="/s/1">Harbour fares rise again</a> MORE</span></span> during the storm.</p>
      <p>Repairs to the pier, the board added, will take at least a month and cost more than the town had set aside for the whole year.</p>
      </article><footer><p>© Harbour Gazette</p></footer></body></html>`);
    const { page, tabId } = await open('/hover-card');
    const counts = await waitForHighlights(page);
    expect(counts.indirect).toBeGreaterThanOrEqual(3);
    const popup = await openPopup(b, tabId);
    await popup.waitForSelector('#summary');
    const listed = await popup.locator('.quote-text').allTextContents();
    expect(listed.some((t) => t.includes('the ferry man had threatened Ana Ruiz during the storm')), listed.join(' | ')).toBe(true);
    expect(listed.some((t) => t.includes('Harbour fares rise again') || t.includes('MORE'))).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('a pull quote beside the article', () => {
  // A line of the article repeated in large type beside it, between a quotation and the next paragraph's "he
  // continued": read, it would take that paragraph from its speaker and count the line twice.
  it('is left out: the continued quotation stays its speaker’s, and the repeated line is highlighted once', async () => {
    server.route('/pull-quote', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>The harbour board weighs a new pier</h1>
      <p>The harbour board met on Tuesday to weigh a new pier, a plan that has divided the town for more than a decade and that would cost more than the town spends in a year.</p>
      <p>“The fewer ferries we run in winter, the safer the crossing,” said Ana Ruiz, a former ferry captain who now advises the board, at the meeting.</p>
      <table width="40%" align="right"><tbody><tr><td class="pullquote">“If you don’t build a bigger pier, the ferries will not come back,” Tomas Berg said of the plan.</td></tr></tbody></table>
      <p>“The pier is not being used for what it was built to do,” she continued. “The board should look at the winter timetable first.”</p>
      <p>Tomas Berg, the harbour master, disagreed. “If you don’t build a bigger pier, the ferries will not come back,” he said, adding that the work could start in the spring.</p>
      </article><footer><p>© Harbour Gazette</p></footer></body></html>`);
    const { page, tabId } = await open('/pull-quote');
    await waitForHighlights(page);
    const repeated = (await highlightedTexts(page)).filter((t) => t.includes('the ferries will not come back'));
    expect(repeated).toHaveLength(1);
    const popup = await openPopup(b, tabId);
    await popup.waitForSelector('#summary');
    const ruiz = popup.locator('.source', { has: popup.locator('.source-name .name', { hasText: 'Ana Ruiz' }) });
    expect((await ruiz.locator('.quote-text').allTextContents()).some((t) => t.includes('not being used for what it was built to do'))).toBe(true);
    const berg = popup.locator('.source', { has: popup.locator('.source-name .name', { hasText: 'Tomas Berg' }) });
    expect((await berg.locator('.quote-text').allTextContents()).filter((t) => t.includes('the ferries will not come back'))).toHaveLength(1);
    await popup.close();
    await page.close();
  });
});
