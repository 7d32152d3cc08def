/** Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the test build installed as a temporary add-on. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_CANDIDATES, findFirefox } from '../../scripts/browsers.mjs';
import { amberShareOfPng } from './amber';
import { OPEN_EXTENSION_PAGE } from './server';

export const FIREFOX_BUILD = resolve('.output/firefox-mv3-e2e');

export function firefoxPath(): string {
  const found = findFirefox();
  if (!found) throw new Error(`Firefox not found (looked at ${FIREFOX_CANDIDATES.join(', ')}). Install it: apt-get install -y firefox-esr`);
  return found;
}

export interface FirefoxLaunchOptions {
  /** Install the test build (default) or run the browser without any add-on. */
  extension?: boolean;
  /** The add-on to install (default: the test build). */
  build?: string;
  /** Extra Firefox preferences, e.g. a short `extensions.background.idle.timeout` to suspend the background. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<{ browser: Browser; addonId: string }> {
  const { extension = true, build = FIREFOX_BUILD, prefs = {} } = options;
  if (extension && !existsSync(resolve(build, 'manifest.json'))) throw new Error(`no Firefox build at ${build}: run the e2e build first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Host permissions of MV3 add-ons are optional in Firefox; the test build's 127.0.0.1 grant is accepted up front.
      'extensions.originControls.grantByDefault': true,
      // No traffic leaves the machine: every other host goes to a proxy on the discard port and fails at once (as
      // Chromium's route does), instead of a saved page's scripts waiting on, or navigating to, the real site.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      ...prefs,
    },
  });
  const addonId = extension ? await browser.installExtension(build) : '';
  return { browser, addonId };
}

/** Sizes of Sourcelight's highlights in a page. */
export async function firefoxHighlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const kind of ['direct', 'indirect', 'anonymous', 'flash']) out[kind] = CSS.highlights.get(`sourcelight-${kind}`)?.size ?? 0;
    return out;
  });
}

/**
 * One of the extension's pages (popup.html for the tab showing `target`, or options.html) in a new tab the extension
 * itself navigated, since WebDriver BiDi will not navigate to moz-extension:// pages but drives such a tab.
 */
export async function openExtensionPage(browser: Browser, serverUrl: string, page: 'popup.html' | 'options.html' | 'sources.html', target?: string): Promise<Page> {
  const tab = await browser.newPage();
  const query = new URLSearchParams({ page, ...(target ? { target } : {}) });
  // The extension turns the tab into its page as soon as the address commits, which may abort this navigation
  // before it loads (NS_BINDING_ABORTED, or no load event at all): what counts is the tab's protocol below.
  await tab.goto(`${serverUrl}${OPEN_EXTENSION_PAGE}?${query.toString()}`, { timeout: 10_000 }).catch(() => undefined);
  for (let i = 0; i < 100; i++) {
    const protocol = await tab.evaluate(() => location.protocol).catch(() => '');
    if (protocol === 'moz-extension:') return tab;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the test build did not open ${page}`);
}

/** Share of amber pixels (the direct-quote background) in a box of the page. */
export async function amberShare(p: Page, rect: { x: number; y: number; width: number; height: number }): Promise<number> {
  const shot = await p.screenshot({ clip: rect, encoding: 'base64' });
  return p.evaluate(amberShareOfPng, shot);
}
