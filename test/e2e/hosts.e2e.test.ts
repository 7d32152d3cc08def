/// <reference types="chrome" />
/**
 * Odd hosts (issue 15, item 9) in a real browser: a host name with "_", a fully qualified name with its trailing dot,
 * and IPv6's loopback [::1] — each switched off from the popup (highlights removed, still off after a reload, the
 * setting stored under the site's key) and back on. Debian's Chromium, where no permission prompt can be answered:
 * this file runs a copy of the test build whose manifest also holds access to these loopback hosts (what the popup
 * asks for them, src/settings/sites.ts `originsFor`: the host and its www. twin), so the other suites keep one granted
 * site. "*.localhost" names reach the 127.0.0.1 server; a second server is bound to ::1 for the IPv6 page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, openPopup, tabIdOf, waitForHighlights } from './chromium';
import { useChromium } from './fixture';
import { startServer, type TestServer } from './server';

const ODD_HOSTS = ['odd_host.localhost', 'www.odd_host.localhost', 'trailing-dot.localhost', 'www.trailing-dot.localhost', '[::1]'];
const build = mkdtempSync(join(tmpdir(), 'sourcelight-hosts-'));
cpSync(CHROME_BUILD, build, { recursive: true });
const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
manifest.host_permissions = [...(manifest.host_permissions ?? []), ...ODD_HOSTS.map((h) => `*://${h}/*`)];
writeFileSync(join(build, 'manifest.json'), JSON.stringify(manifest));
afterAll(() => rmSync(build, { recursive: true, force: true }));

const { server, b, resetSettings } = useChromium({ build });
let v6: TestServer | null = null;
beforeAll(async () => { v6 = await startServer('::1'); });
afterAll(async () => { await v6?.close(); });

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Odd host</title></head><body><article>
<p>“The bridge will reopen on Monday,” said Mayor Lena Ortiz after the council meeting.</p>
<p>Officials said the repairs cost more than planned, according to people familiar with the matter.</p>
</article></body></html>`;

const storedSites = (): Promise<Record<string, boolean>> => b.worker.evaluate(async () => (((await chrome.storage.local.get('settings')).settings ?? {}) as { sites?: Record<string, boolean> }).sites ?? {});

async function openAt(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(b.worker, page.url()) };
}

async function noHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.size === 0, undefined, { timeout: 10_000 });
}

/** Switch the site of `url` off and back on from the popup; `alias` is another address of the same site. */
async function offAndOn(url: string, key: string, alias?: string): Promise<void> {
  await resetSettings();
  const { page, tabId } = await openAt(url);
  expect(new URL(page.url()).hostname, 'the browser kept the host as written').toBe(new URL(url).hostname);
  expect((await waitForHighlights(page)).direct, `${url} highlighted`).toBeGreaterThan(0);
  const popup = await openPopup(b, tabId);
  await popup.waitForSelector('#summary');
  await popup.locator('#site-switch').click();
  await popup.waitForSelector('[data-state="off"]');
  await noHighlights(page);
  expect(await storedSites()).toEqual({ [key]: false });
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => CSS.highlights.size), `${url} still off after a reload`).toBe(0);
  if (alias) {
    // The same site under its other address is off too: one key for both.
    const other = await openAt(alias);
    await other.page.waitForTimeout(1500);
    expect(await other.page.evaluate(() => CSS.highlights.size), `${alias} off with ${url}`).toBe(0);
    await other.page.close();
  }
  await popup.reload();
  await popup.waitForSelector('[data-state="off"]');
  await popup.locator('#site-switch').click();
  await popup.waitForSelector('#summary');
  expect((await waitForHighlights(page)).direct, `${url} highlighted again`).toBeGreaterThan(0);
  // On is the default: the site's exception is gone again.
  expect(await storedSites()).toEqual({});
  await popup.close();
  await page.close();
}

describe('odd hosts, switched off and on in the browser', () => {
  it('a host name with an underscore', async () => {
    server.route('/odd.html', ARTICLE);
    const port = new URL(server.url).port;
    await offAndOn(`http://odd_host.localhost:${port}/odd.html`, 'odd_host.localhost');
  });

  it('a fully qualified name with its trailing dot, one site with the name without it', async () => {
    server.route('/dot.html', ARTICLE);
    const port = new URL(server.url).port;
    await offAndOn(`http://trailing-dot.localhost.:${port}/dot.html`, 'trailing-dot.localhost', `http://trailing-dot.localhost:${port}/dot.html`);
  });

  it('IPv6 loopback, [::1]', async () => {
    v6?.route('/v6.html', ARTICLE);
    await offAndOn(`${v6?.url}/v6.html`, '[::1]');
  });
});
