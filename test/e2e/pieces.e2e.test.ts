/// <reference types="chrome" />
/**
 * Reported content in pieces ("The goal, she said, is a ceasefire"): the report gives the quote's `parts`, and the
 * page highlights only those, never the attribution between them — with the Highlight API and with the element
 * fallback; hover, reveal and the flash still find the whole quote. Debian's Chromium with the test build.
 */
import { describe, expect, it } from 'vitest';
import { openPopup } from './chromium';
import { useChromium } from './fixture';
import { readTooltip, waitForTooltip } from './probe';

const { server, b, open, waitReady } = useChromium();

const FILLER = Array.from({ length: 30 }, (_, i) => `<p>Background paragraph ${i + 1} describes the harbour, the ferries and the weather at some length, without anyone saying anything.</p>`).join('\n');
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pieces</title></head><body><article>
${FILLER}
<p>Foreign Minister Ana Ruiz spoke to reporters after the talks in Geneva on Monday.</p>
<p id="q">The goal of the talks, she said, is a lasting ceasefire in the region.</p>
<p>“We are not there yet,” said Tom Reyes, a mediator.</p>
</article></body></html>`;

type Quote = { id: string; kind: string; text: string; speaker: string | null; span: { block: number; start: number; end: number }; parts?: Array<{ block: number; start: number; end: number }> };

describe('a quote in pieces', () => {
  it('is reported with its parts, and the Highlight API paints only them', async () => {
    server.route('/pieces.html', PAGE);
    const { page, tabId } = await open('/pieces.html');
    const s = await waitReady(tabId) as { state: string; report?: { quotes: Quote[] } };
    expect(s.state).toBe('ready');
    const q = s.report?.quotes.find((x) => x.kind === 'indirect' && x.text.startsWith('The goal'));
    expect(q?.speaker).toBe('Ana Ruiz');
    expect(q?.parts?.length).toBe(2);
    const painted = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-indirect') as unknown as Set<Range>)].map((r) => r.toString()));
    expect(painted).toEqual(expect.arrayContaining(['The goal of the talks', 'is a lasting ceasefire in the region']));
    expect(painted.join(' | ')).not.toMatch(/she said/u);

    // Hover the second piece: the tooltip names the speaker.
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('sourcelight-indirect') as unknown as Set<Range>)].find((x) => x.toString().startsWith('is a lasting'));
      r?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r?.getClientRects()[0];
      return rect ? { x: rect.left + 5, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const tip = await waitForTooltip(b.context, page);
    expect(tip.texts).toContain('Ana Ruiz');
    // The attribution between the pieces is not the quote: hovering it closes the tooltip.
    const between = await page.evaluate(() => {
      const p = document.getElementById('q') as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('she said');
      const r = document.createRange();
      r.setStart(text, at + 1);
      r.setEnd(text, at + 4);
      const rect = r.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(between.x, between.y);
    await expect.poll(async () => (await readTooltip(b.context, page)).open, { timeout: 5000 }).toBe(false);

    // Reveal from the popup: scrolled to, and the flash covers both pieces and nothing else.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 800, height: 400 });
    const popup = await openPopup(b, tabId);
    await popup.waitForSelector('#summary');
    await popup.locator('.quote-jump', { hasText: 'The goal of the talks' }).click();
    await page.waitForFunction(() => window.scrollY > 300, undefined, { timeout: 5000 });
    const flashed = await page.evaluate(() => [...((CSS.highlights.get('sourcelight-flash') ?? new Set()) as unknown as Set<Range>)].map((r) => r.toString()));
    expect(flashed.sort()).toEqual(['The goal of the talks', 'is a lasting ceasefire in the region']);
    await popup.close();
    await page.close();
  });

  it('with the element fallback, wraps only the parts, and restores the page', async () => {
    server.route('/pieces-elements.html', PAGE);
    const { page, tabId } = await open('/pieces-elements.html#sourcelight-elements');
    const s = await waitReady(tabId);
    expect(s.state).toBe('ready');
    const runs = await page.evaluate(() => {
      const q = document.getElementById('q') as HTMLElement;
      return [...q.querySelectorAll('sourcelight-mark')].map((m) => ({ kind: m.getAttribute('data-kind'), text: m.textContent }));
    });
    expect(runs).toEqual([{ kind: 'indirect', text: 'The goal of the talks' }, { kind: 'indirect', text: 'is a lasting ceasefire in the region' }]);
    expect(await page.evaluate(() => document.getElementById('q')?.textContent)).toBe('The goal of the talks, she said, is a lasting ceasefire in the region.');
    // Hover a piece: the tooltip names the speaker.
    const box = await page.evaluate(() => {
      const m = document.querySelectorAll('#q sourcelight-mark')[1] as HTMLElement;
      m.scrollIntoView({ block: 'center' });
      const rect = m.getBoundingClientRect();
      return { x: rect.left + 5, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    expect((await waitForTooltip(b.context, page)).texts).toContain('Ana Ruiz');
    // Reveal flashes both pieces.
    const popup = await openPopup(b, tabId);
    await popup.waitForSelector('#summary');
    await popup.locator('.quote-jump', { hasText: 'The goal of the talks' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#q sourcelight-mark[data-flash]').length === 2, undefined, { timeout: 5000 });
    // Switched off: the paragraph is one text node again, as the page wrote it.
    await popup.locator('#site-switch').click();
    await popup.waitForSelector('[data-state="off"]');
    await page.waitForFunction(() => document.querySelectorAll('sourcelight-mark').length === 0, undefined, { timeout: 5000 });
    expect(await page.evaluate(() => [...(document.getElementById('q') as HTMLElement).childNodes].map((n) => [n.nodeType, n.textContent]))).toEqual([[3, 'The goal of the talks, she said, is a lasting ceasefire in the region.']]);
    await popup.close();
    await page.close();
  });
});
