/// <reference types="chrome" />
/** "Your sources over time": the private, opt-in record of sourcing and its Sources page, in Debian's Chromium. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '../../src/engine/types';
import { useChromium } from './fixture';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLES = ['seed-jerusalem-talks', 'rdb-telegraph', 'aeb-d0382c0d95'];

const { server, b, open, popup: openPopup, waitReady, options: openOptions } = useChromium({ resetSettings: true });

/** What the private record holds in extension storage right now. */
async function stored(): Promise<Record<string, unknown>> {
  const all = await b.worker.evaluate(() => chrome.storage.local.get(null));
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('history')));
}

async function recordedUrls(): Promise<string[]> {
  return Object.keys(await stored()).filter((k) => k.startsWith('history:')).map((k) => k.slice('history:'.length)).sort();
}

async function waitFor<T>(probe: () => Promise<T>, done: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function setRecording(on: boolean): Promise<void> {
  await b.worker.evaluate((v) => chrome.storage.local.set({ historyRecording: v }), on);
}

/** Visit an article and return the counts its report gives: the record must say the same. */
async function visit(id: string): Promise<{ url: string; counts: string; voices: Array<[string, number]> }> {
  const { page, tabId, url } = await open(`/article/${id}`);
  const state = await waitReady(tabId);
  if (state.state !== 'ready') throw new Error(`${id} was not analysed: ${state.state}`);
  const r: Report = state.report;
  const named = r.quotes.filter((q) => q.sourceId !== null && !q.anonymous).length;
  const anonymous = r.quotes.filter((q) => q.anonymous).length;
  const unidentified = r.quotes.filter((q) => q.sourceId === null).length;
  await page.close();
  const voices = r.sources.filter((s) => !s.anonymous && s.quoteIds.length > 0).map((s): [string, number] => [s.name, s.quoteIds.length]);
  return { url, counts: `${r.quotes.length} quotes: ${named} named · ${anonymous} anonymous · ${unidentified} speaker not identified`, voices };
}

async function sourcesPage(): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/sources.html`);
  return page;
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run;
    return (await run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

beforeEach(async () => {
  await b.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('history')));
  });
});

describe('your sources over time', () => {
  it('records nothing while the setting is off, which is the default', async () => {
    expect(await stored()).toEqual({});
    await visit(ARTICLES[0]);
    // The same visit with the setting on is recorded within this wait, so the wait is long enough to see a record.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await stored()).toEqual({});
    const page = await sourcesPage();
    await page.waitForSelector('#empty:not([hidden])');
    expect(await page.isChecked('#recording')).toBe(false);
    expect(await page.textContent('#empty')).toContain('Switch on “Keep a private record of sourcing”');
    await setRecording(true);
    const { url } = await visit(ARTICLES[0]);
    expect(await waitFor(recordedUrls, (u) => u.length > 0, 1500)).toEqual([url]);
    await page.close();
  });

  it('lists three visited articles with the right counts, pictures first, from the keyboard, with no axe violations', async () => {
    await setRecording(true);
    const visits = [];
    for (const id of ARTICLES) visits.push(await visit(id));
    expect(await waitFor(recordedUrls, (u) => u.length === 3)).toEqual(visits.map((v) => v.url).sort());

    const page = await sourcesPage();
    await page.waitForSelector('#articles li:nth-child(3)');
    expect(await page.isChecked('#recording')).toBe(true);
    const items = await page.$$eval('#articles li', (lis) => lis.map((li) => ({
      url: (li as HTMLElement).dataset.url,
      title: li.querySelector('.article-title')?.textContent,
      meta: li.querySelector('.article-meta')?.textContent,
      counts: li.querySelector('.article-counts')?.textContent,
    })));
    expect(items.map((i) => i.url).sort()).toEqual(visits.map((v) => v.url).sort());
    for (const v of visits) {
      const item = items.find((i) => i.url === v.url);
      expect(item?.counts).toBe(v.counts);
      expect(item?.title).toBe(v.url.split('/').pop());
      expect(item?.meta).toMatch(/^127\.0\.0\.1 · /u);
    }
    // Pictures first: the overview and three charts (each an image with a name, its numbers in a table) come
    // before the list.
    expect(await page.textContent('#overview')).toMatch(/^3 articles from 1 site · \d+ quotes · \d+% resting on anonymous sources$/u);
    expect(await page.$$eval('figure svg[role="img"]', (svgs) => svgs.map((s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent))).toEqual([
      'Quotes resting on anonymous sources, per site', 'Quotes resting on anonymous sources, per week', 'Most-quoted voices',
    ]);
    // The most-quoted voice is the named source with most quotes over the three reports.
    const voices = new Map<string, number>();
    for (const [name, n] of visits.flatMap((v) => v.voices)) voices.set(name, (voices.get(name) ?? 0) + n);
    const most = Math.max(...voices.values());
    const first = await page.$$eval('#chart-voices tbody tr:first-child td', (tds) => tds.map((td) => td.textContent));
    expect(voices.get(first[0] ?? '')).toBe(most);
    expect(first[1]).toBe(String(most));
    expect(await page.evaluate(() => document.querySelector('#charts')!.compareDocumentPosition(document.querySelector('#articles')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect([scheme, await axe(page)]).toEqual([scheme, []]);
    }

    // Keyboard: "/" goes to the search, typing filters, Tab reaches the article's delete button, Enter deletes it and
    // the focus stays in the list.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('telegraph');
    await page.waitForFunction(() => document.querySelectorAll('#articles li').length === 1);
    expect(await page.textContent('#search-count')).toBe('1 of 3 articles');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('#articles li').length === 3);
    await page.keyboard.type('telegraph');
    await page.waitForFunction(() => document.querySelectorAll('#articles li').length === 1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Delete the record of “rdb-telegraph”');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Deleted the record of “rdb-telegraph”.');
    expect(await recordedUrls()).toHaveLength(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.close();
  });

  it('exports and imports JSON, and delete-all leaves nothing behind', async () => {
    await setRecording(true);
    for (const id of ARTICLES.slice(0, 2)) await visit(id);
    await waitFor(recordedUrls, (u) => u.length === 2);
    const page = await sourcesPage();
    await page.waitForSelector('#articles li:nth-child(2)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/^sourcelight-sources-\d{4}-\d\d-\d\d\.json$/u);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; articles: Array<{ url: string }> };
    expect(exported.format).toBe('sourcelight-history');
    expect(exported.articles.map((a) => a.url).sort()).toEqual(await recordedUrls());

    // Delete everything: a confirmation first (focus on Cancel), then nothing of the record is left in storage.
    await page.click('#delete-all');
    expect(await page.textContent('#delete-all-text')).toBe('Delete all 2 recorded articles from this device? This cannot be undone.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('delete-all-no');
    await page.click('#delete-all-yes');
    await page.waitForSelector('#empty:not([hidden])');
    expect(await stored()).toEqual({ historyRecording: true });
    await page.reload();
    await page.waitForSelector('#empty:not([hidden])');
    expect(await page.$$('#articles li')).toHaveLength(0);

    // Import brings the exported articles back.
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('#articles li:nth-child(2)');
    expect(await page.textContent('#status')).toBe('Imported 2 new articles (0 entries were not valid and were left out).');
    expect(await recordedUrls()).toEqual(exported.articles.map((a) => a.url).sort());
    await page.close();
  });

  it('is reached from the popup and the options page, whose switch turns the record on and off', async () => {
    const { page, tabId } = await open('/article/seed-jerusalem-talks');
    const popup = await openPopup(tabId);
    expect(await popup.getAttribute('#open-sources', 'href')).toBe('sources.html');
    const [sources] = await Promise.all([b.context.waitForEvent('page'), popup.click('#open-sources')]);
    await sources.waitForLoadState();
    expect(new URL(sources.url()).pathname).toBe('/sources.html');
    await sources.close();
    await popup.close();
    await page.close();

    const options = await openOptions();
    await options.waitForSelector('#recording');
    expect(await options.isChecked('#recording')).toBe(false);
    expect(await options.textContent('#recording-hint')).toContain('never sent anywhere');
    await options.check('#recording');
    await waitFor(stored, (s) => s.historyRecording === true);
    expect((await stored()).historyRecording).toBe(true);
    await options.uncheck('#recording');
    await waitFor(stored, (s) => s.historyRecording === false);
    expect((await stored()).historyRecording).toBe(false);
    expect(await options.getAttribute('#open-sources', 'href')).toBe('sources.html');
    await options.close();
  });
});

void server;
