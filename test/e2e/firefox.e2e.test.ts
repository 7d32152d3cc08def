import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchFirefox } from './firefox';
import { startServer, type TestServer } from './server';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  ({ browser } = await launchFirefox());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Sourcelight in Firefox ESR', () => {
  it('loads and highlights a fixture news page', async () => {
    const page = await browser.newPage();
    let counts = { direct: 0, indirect: 0, anonymous: 0 };
    // The content script is registered once the add-on starts; the first load may come before that.
    for (let attempt = 0; attempt < 20 && counts.direct === 0; attempt++) {
      await page.goto(`${server.url}/article/seed-jerusalem-talks`);
      await new Promise((r) => setTimeout(r, 700));
      counts = await page.evaluate(() => ({
        direct: CSS.highlights.get('sourcelight-direct')?.size ?? 0,
        indirect: CSS.highlights.get('sourcelight-indirect')?.size ?? 0,
        anonymous: CSS.highlights.get('sourcelight-anonymous')?.size ?? 0,
      }));
    }
    expect(counts.direct).toBeGreaterThanOrEqual(8);
    expect(counts.indirect).toBeGreaterThanOrEqual(3);
    expect(counts.anonymous).toBeGreaterThanOrEqual(8);
    await page.close();
  });
});
