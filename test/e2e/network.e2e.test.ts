/// <reference types="chrome" />
/**
 * Zero network traffic: every request made while the extension works (page, popup, options, service worker) is
 * recorded; only the test's own page loads and the extension's packaged files may appear.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { openPopup, tabIdOf, waitForHighlights } from './chromium';
import { useChromium } from './fixture';

// Playwright reports service-worker requests only with this switch, read when the browser is launched.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const { server, b } = useChromium();
const requests: Array<{ url: string; type: string; frame: string }> = [];

beforeAll(() => {
  const record = (r: Request): void => {
    let frame = 'service worker';
    try { frame = r.frame().url(); } catch { /* a worker's request has no frame */ }
    requests.push({ url: r.url(), type: r.resourceType(), frame });
  };
  b.context.on('request', record);
  b.worker.on('console', () => undefined);
});

describe('network', () => {
  it('makes no request of its own while analysing, highlighting, and in the popup and options page', async () => {
    server.route('/quiet.html', `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Quiet</title></head><body><article>
<p>“Nothing leaves this machine,” said Priya Raman, the engineer in charge of the audit.</p>
<p>Officials said the logs were clean, according to people familiar with the review.</p></article></body></html>`);
    const page = await b.context.newPage();
    const url = `${server.url}/quiet.html`;
    await page.goto(url);
    await waitForHighlights(page);
    const tabId = await tabIdOf(b.worker, url);
    const popup = await openPopup(b, tabId);
    await popup.waitForSelector('#summary');
    await popup.locator('.quote-jump').first().click();
    await popup.locator('#site-switch').click();
    await popup.waitForSelector('[data-state="off"]');
    await popup.locator('#site-switch').click();
    await popup.waitForSelector('#summary');
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.waitForSelector('#default-on');
    await page.reload();
    await waitForHighlights(page);
    await page.waitForTimeout(500);

    const outside = requests.filter((r) => {
      const u = new URL(r.url);
      if (u.protocol === 'chrome-extension:' && u.host === b.extensionId) return false; // packaged files
      if (u.protocol === 'data:') return false;
      // The test's own navigations of the article page.
      if (r.url === url && r.type === 'document') return false;
      return true;
    });
    expect(outside).toEqual([]);
    // The recording works: the page loads themselves were seen.
    expect(requests.filter((r) => r.url === url).length).toBeGreaterThanOrEqual(2);
    await options.close();
    await popup.close();
    await page.close();
  });
});
