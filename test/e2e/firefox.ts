/** Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the test build installed as a temporary add-on. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_CANDIDATES, findFirefox } from '../../scripts/browsers.mjs';
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
  /** Extra Firefox preferences, e.g. a short `extensions.background.idle.timeout` to suspend the background. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<{ browser: Browser; addonId: string }> {
  const { extension = true, prefs = {} } = options;
  if (extension && !existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`no Firefox build at ${FIREFOX_BUILD}: run the e2e build first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Host permissions of MV3 add-ons are optional in Firefox; the test build's 127.0.0.1 grant is accepted up front.
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 0,
      ...prefs,
    },
  });
  const addonId = extension ? await browser.installExtension(FIREFOX_BUILD) : '';
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
export async function openExtensionPage(browser: Browser, serverUrl: string, page: 'popup.html' | 'options.html', target?: string): Promise<Page> {
  const tab = await browser.newPage();
  const query = new URLSearchParams({ page, ...(target ? { target } : {}) });
  await tab.goto(`${serverUrl}${OPEN_EXTENSION_PAGE}?${query.toString()}`);
  for (let i = 0; i < 100; i++) {
    const protocol = await tab.evaluate(() => location.protocol).catch(() => '');
    if (protocol === 'moz-extension:') return tab;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the test build did not open ${page}`);
}
