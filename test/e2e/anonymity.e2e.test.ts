/// <reference types="chrome" />
/** Why a source is anonymous, and what vouches for it: shown in the popup and the tooltip, in Debian's Chromium. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, tabIdOf, waitForHighlights, type ExtensionBrowser } from './chromium';
import { articlePage, startServer, type TestServer } from './server';

// An article written for this test: three anonymous sources, one with a stated reason and access, two with neither.
const ARTICLE = [
  'The harbour authority will close the north quay for repairs next spring, two people said on Monday.',
  '“The quay is older than anyone admits,” an official familiar with the inspection said. The official spoke on condition of anonymity because the report has not been published.',
  '“It will be a long winter for the fishing fleet,” a source said.',
  'Harbour master Ines Duarte said the closure would last six weeks.',
].join('\n\n');

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let b: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  server.route('/harbour', articlePage('Harbour quay to close', ARTICLE));
  b = await launchWithExtension();
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** Text inside the tooltip's closed shadow root, read through the DevTools protocol, which pierces it. */
async function tooltipTexts(page: Page): Promise<string[]> {
  const cdp = await b.context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const texts: string[] = [];
  const walk = (n: { nodeName: string; nodeValue?: string; children?: unknown[]; shadowRoots?: unknown[] }, inTip: boolean): void => {
    const here = inTip || n.nodeName === 'SOURCELIGHT-TOOLTIP';
    if (here && n.nodeName === '#text' && n.nodeValue) texts.push(n.nodeValue);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c as typeof n, here);
  };
  walk(root as never, false);
  await cdp.detach();
  return texts;
}

describe('anonymity, explained', () => {
  it('shows why a source is unnamed and what vouches for it in the popup and the tooltip, and counts the reasons', async () => {
    const page = await b.context.newPage();
    const url = `${server.url}/harbour`;
    await page.goto(url);
    await waitForHighlights(page);

    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await popup.waitForSelector('#summary');
    expect(await popup.textContent('.sourcing-reasons')).toBe('1 of 3 anonymous sources: reason given');
    const notes = await popup.$$eval('.group-anonymous .source', (items) => items.map((li) => ({
      name: li.querySelector('.name')?.textContent,
      notes: [...li.querySelectorAll('.anon-note')].map((p) => p.textContent),
    })));
    expect(notes).toEqual(expect.arrayContaining([
      { name: 'official familiar with the inspection', notes: ['Why unnamed: because the report has not been published', 'Access: familiar with the inspection'] },
      { name: 'source', notes: [] },
    ]));
    // The notes read in light and dark: axe-core (colour contrast included) finds nothing.
    await popup.evaluate(AXE);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const violations = await popup.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string }> }> } }).axe;
        return (await axe.run()).violations.map((v) => v.id);
      });
      expect([scheme, violations]).toEqual([scheme, []]);
    }
    await popup.close();

    // Hover the official's quote: the tooltip names the source and says why it is unnamed.
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>)].find((r) => r.toString().startsWith('The quay'));
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + 5, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await page.waitForFunction(() => document.querySelector('sourcelight-tooltip')?.hasAttribute('hidden') === false, undefined, { timeout: 5000 });
    const texts = await tooltipTexts(page);
    expect(texts).toContain('anonymous: official familiar with the inspection');
    expect(texts).toContain('Why unnamed: because the report has not been published · Access: familiar with the inspection');
    await page.close();
  });
});
