/** Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the test build installed as a temporary add-on. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_CANDIDATES, findFirefox } from '../../scripts/browsers.mjs';

export const FIREFOX_BUILD = resolve('.output/firefox-mv3-e2e');

export function firefoxPath(): string {
  const found = findFirefox();
  if (!found) throw new Error(`Firefox not found (looked at ${FIREFOX_CANDIDATES.join(', ')}). Install it: apt-get install -y firefox-esr`);
  return found;
}

export async function launchFirefox(): Promise<{ browser: Browser; addonId: string }> {
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`no Firefox build at ${FIREFOX_BUILD}: run the e2e build first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Host permissions of MV3 add-ons are optional in Firefox; the test build's 127.0.0.1 grant is accepted up front.
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 0,
    },
  });
  const addonId = await browser.installExtension(FIREFOX_BUILD);
  return { browser, addonId };
}
