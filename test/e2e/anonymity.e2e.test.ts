/// <reference types="chrome" />
/** Why a source is anonymous, and what vouches for it: shown in the popup and the tooltip, in Debian's Chromium. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForHighlights } from './chromium';
import { useChromium } from './fixture';
import { waitForTooltip } from './probe';
import { articlePage } from './server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// An article written for this test: three anonymous sources, one with a stated reason and access, two with neither.
const ARTICLE = [
  'The harbour authority will close the north quay for repairs next spring, two people said on Monday.',
  '“The quay is older than anyone admits,” an official familiar with the inspection said. The official spoke on condition of anonymity because the report has not been published.',
  '“It will be a long winter for the fishing fleet,” a source said.',
  'Harbour master Ines Duarte said the closure would last six weeks.',
].join('\n\n');

const { server, b, open, popup: openPopup } = useChromium({ resetSettings: true });

beforeAll(() => {
  server.route('/harbour', articlePage('Harbour quay to close', ARTICLE));
});

describe('anonymity, explained', () => {
  it('shows why a source is unnamed and what vouches for it in the popup and the tooltip, and counts the reasons', async () => {
    const { page, tabId } = await open('/harbour');
    await waitForHighlights(page);

    const popup = await openPopup(tabId);
    await popup.waitForSelector('#summary');
    expect(await popup.textContent('.sourcing-reasons')).toBe('1 of 3 anonymous sources: reason given');
    const notes = await popup.$$eval('.group-anonymous .source', (items) => items.map((li) => ({
      name: li.querySelector('.name')?.textContent,
      notes: [...li.querySelectorAll('.anon-note')].map((p) => p.textContent),
    })));
    expect(notes).toEqual(expect.arrayContaining([
      { name: 'official familiar with the inspection', notes: ['Why unnamed: because the report has not been published', 'Access: familiar with the inspection'] },
      { name: 'a source', notes: [] },
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
    const { texts } = await waitForTooltip(b.context, page);
    expect(texts).toContain('anonymous: official familiar with the inspection');
    expect(texts).toContain('Why unnamed: because the report has not been published · Access: familiar with the inspection');
    await page.close();
  });
});
