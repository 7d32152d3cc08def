import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightCounts, launchWithExtension, openPopup, tabIdOf, waitForHighlights, type ExtensionBrowser } from './chromium';
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

describe('Sourcelight in Chromium', () => {
  it('highlights direct quotes, reported speech and anonymous sources on a news page', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.url}/article/seed-jerusalem-talks`);
    const counts = await waitForHighlights(page);
    expect(counts.direct).toBeGreaterThanOrEqual(8);
    expect(counts.indirect).toBeGreaterThanOrEqual(3);
    expect(counts.anonymous).toBeGreaterThanOrEqual(8);
    // Nothing from the navigation, the related links or the footer.
    const texts = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>)].map((r) => r.toString()));
    expect(texts.some((t) => t.includes('We will never give up'))).toBe(false);
    expect(texts.some((t) => t.includes('All rights reserved'))).toBe(false);
    await page.close();
  });
});
