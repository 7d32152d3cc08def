/**
 * Sourcelight in Debian's Firefox ESR, over WebDriver BiDi: the page, the popup, the options page and hostile text.
 * The popup and options page run in tabs the test build opens itself (see firefox.ts), since BiDi will not navigate
 * to moz-extension:// pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxHighlightCounts } from './firefox';
import { useFirefox } from './fixture';

// Optional-permission prompts cannot be answered over WebDriver BiDi: with this preference Firefox grants a request
// made from a real click (it still refuses one made without).
const { server, browser, openHighlighted, popup, options } = useFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });

const texts = (page: Page, kind: string): Promise<string[]> =>
  page.evaluate((k) => [...((CSS.highlights.get(`sourcelight-${k}`) ?? new Set()) as unknown as Set<Range>)].map((r) => r.toString()), kind);

async function until(what: string, check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Sourcelight in Firefox ESR', () => {
  it('loads and highlights a fixture news page', async () => {
    const { page, counts } = await openHighlighted('/article/seed-jerusalem-talks');
    expect(counts.direct).toBeGreaterThanOrEqual(8);
    expect(counts.indirect).toBeGreaterThanOrEqual(3);
    expect(counts.anonymous).toBeGreaterThanOrEqual(8);
    expect((await texts(page, 'direct')).some((t) => t.includes('We will never give up'))).toBe(false);
    await page.close();
  });

  it('lists who said what in the popup, and the site switch turns highlighting off and on', async () => {
    const { page, url } = await openHighlighted('/article/seed-jerusalem-talks');
    const view = await popup(url);
    await view.waitForSelector('#summary');
    expect(await view.$eval('#summary', (e) => e.textContent)).toMatch(/^\d+ quotes · \d+ sources · 1 anonymous$/u);
    expect(await view.$$eval('.group-named .source-name .name', (els) => els.map((e) => e.textContent))).toContain('Volodymyr Zelensky');
    expect(await view.$$eval('.group-anonymous .source-name', (els) => els.map((e) => e.textContent ?? ''))).toEqual(
      expect.arrayContaining([expect.stringContaining('senior diplomatic source')]),
    );
    expect(await view.$eval('#exports', (e) => getComputedStyle(e).display)).not.toBe('none');
    await view.click('#site-switch');
    await view.waitForSelector('[data-state="off"]');
    await until('highlights removed', async () => (await page.evaluate(() => CSS.highlights.size)) === 0);
    expect(await view.$eval('#exports', (e) => getComputedStyle(e).display)).toBe('none');
    await view.click('#site-switch');
    await view.waitForSelector('#summary');
    await until('highlights back', async () => (await firefoxHighlightCounts(page)).direct > 0);
    await view.close();
    await page.close();
  });

  it('applies the options page’s kinds and theme to the page', async () => {
    const { page } = await openHighlighted('/article/seed-jerusalem-talks');
    const settings = await options();
    await settings.waitForSelector('#show-direct:checked');
    await settings.click('#show-direct');
    await until('direct highlights hidden', () => page.evaluate(() => !CSS.highlights.has('sourcelight-direct') && CSS.highlights.has('sourcelight-indirect')));
    await settings.click('#theme-high-contrast');
    await until('high-contrast highlights', () => page.evaluate(() => CSS.highlights.has('sourcelight-hc-indirect')));
    await settings.click('#show-direct');
    await settings.click('#theme-standard');
    await until('standard highlights back', () => page.evaluate(() => CSS.highlights.has('sourcelight-direct') && !CSS.highlights.has('sourcelight-hc-direct')));
    await settings.close();
    await page.close();
  });

  it('shows hostile quote text as text in the page and the popup, never as markup', async () => {
    const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
    server.route('/hostile.html', `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title></head><body><article>
<p>“${esc("<img src=x onerror='window.__pwned=1'>")} is the plan,” said Eve Mallory, a consultant for the city.</p>
<p>“${esc('</script><script>window.__pwned=2</script>')} changes nothing,” Mallory added on Tuesday.</p>
<p>“\u202Eevil reversed text\u202C is still text,” said Bidi Tester, who studies scripts.</p>
</article></body></html>`, { 'content-security-policy': "default-src 'none'; style-src 'none'; require-trusted-types-for 'script'" });
    const { page, url } = await openHighlighted('/hostile.html');
    expect(await texts(page, 'direct')).toEqual(expect.arrayContaining(["<img src=x onerror='window.__pwned=1'> is the plan,"]));
    const view = await popup(url);
    await view.waitForSelector('#summary');
    const shown = (await view.$eval('#content', (e) => e.textContent)) ?? '';
    expect(shown).toContain("<img src=x onerror='window.__pwned=1'> is the plan,");
    expect(shown).toContain('</script><script>window.__pwned=2</script> changes nothing,');
    expect(await view.$$eval('#content img, #content script', (els) => els.length)).toBe(0);
    expect(await view.$$eval('.source-name .name', (els) => els.map((e) => e.textContent))).toEqual(expect.arrayContaining(['Eve Mallory', 'Bidi Tester']));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(await view.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('img, script').length)).toBe(0);
    await view.close();
    await page.close();
  });

  it('switches on a site it has no access to from the popup: asks for access, highlights, and lists the site', async () => {
    // localhost reaches the test server but is a site the test build holds no access to.
    const url = `${server.url.replace('127.0.0.1', 'localhost')}/article/seed-jerusalem-talks`;
    const page = await browser.newPage();
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 800));
    expect((await firefoxHighlightCounts(page)).direct).toBe(0);
    const view = await popup(url);
    await view.waitForSelector('#site-switch:not(:checked)');
    await view.click('#site-switch');
    await view.waitForSelector('#summary');
    expect(await view.$eval('#site-switch', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await until('highlights on the newly granted site', async () => (await firefoxHighlightCounts(page)).direct > 0);
    const settings = await options();
    await settings.waitForSelector('#sites tbody tr');
    const rows = () => settings.$$eval('#sites tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.querySelector('select')?.value ?? td.textContent)));
    await until('localhost listed', async () => (await rows()).some(([site]) => site === 'localhost'));
    expect((await rows()).find(([site]) => site === 'localhost')).toEqual(['localhost', 'default', 'granted']);
    // Removing it gives the access back.
    await settings.click('button[aria-label="Remove localhost"]');
    await until('localhost gone', async () => !(await rows()).some(([site]) => site === 'localhost'));
    expect(await settings.$eval('#sites-status', (e) => e.textContent)).toBe('');
    await settings.close();
    await view.close();
    await page.close();
  });

  it('gives every command its default shortcut, shown on the options page', async () => {
    const settings = await options();
    await settings.waitForSelector('#shortcuts dd');
    const keys = await settings.$$eval('#shortcuts dd', (dds) => Object.fromEntries(dds.map((dd) => [(dd as HTMLElement).dataset.command, dd.textContent])));
    expect(keys).toEqual({ 'toggle-site': 'Alt+Shift+S', 'next-quote': 'Alt+Shift+Period', 'previous-quote': 'Alt+Shift+Comma' });
    await settings.close();
  });
});
