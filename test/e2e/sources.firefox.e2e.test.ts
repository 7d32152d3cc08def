/**
 * "Your sources over time" in Debian's Firefox ESR: the switch on the Sources page turns the record on, an analysed
 * article appears with its counts, and delete-everything empties it. (The Sources page runs in a tab the test build
 * opens itself: WebDriver BiDi will not navigate to moz-extension:// pages.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './fixture';
import { openExtensionPage } from './firefox';

const { server, browser, openHighlighted } = useFirefox();

async function until(what: string, check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const articleCount = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll('#articles li').length);

describe('your sources over time, in Firefox ESR', () => {
  it('records an analysed article once the switch is on, and delete-everything empties the record', async () => {
    const sources = await openExtensionPage(browser, server.url, 'sources.html');
    await sources.waitForSelector('#empty:not([hidden])');
    expect(await sources.$eval('#recording', (e) => (e as HTMLInputElement).checked)).toBe(false);
    await sources.click('#recording');
    await until('the switch saved', async () => sources.$eval('#recording', (e) => (e as HTMLInputElement).checked));

    const { page } = await openHighlighted('/article/seed-jerusalem-talks');
    // The Sources page follows the record as it changes.
    await until('the article recorded', async () => (await articleCount(sources)) === 1);
    expect(await sources.$eval('#articles .article-title', (e) => e.textContent)).toBe('seed-jerusalem-talks');
    expect(await sources.$eval('#articles .article-counts', (e) => e.textContent)).toMatch(/^\d+ quotes: \d+ named · \d+ anonymous · \d+ speaker not identified$/u);
    expect(await sources.$$eval('figure svg[role="img"]', (svgs) => svgs.length)).toBe(3);

    await sources.click('#delete-all');
    await sources.click('#delete-all-yes');
    await sources.waitForSelector('#empty:not([hidden])');
    await sources.close();
    // A fresh Sources page (BiDi cannot reload an extension page) reads an empty record; the switch stays on, and
    // turned off, nothing more is recorded.
    const again = await openExtensionPage(browser, server.url, 'sources.html');
    await again.waitForSelector('#empty:not([hidden])');
    expect(await articleCount(again)).toBe(0);
    expect(await again.$eval('#recording', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await again.click('#recording');
    await until('the switch saved', async () => !(await again.$eval('#recording', (e) => (e as HTMLInputElement).checked)));
    await page.reload();
    await new Promise((r) => setTimeout(r, 2000));
    expect(await articleCount(again)).toBe(0);
    await again.close();
    await page.close();
  });
});
