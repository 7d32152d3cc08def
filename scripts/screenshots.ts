/**
 * npm run screenshots: Debian's Chromium with the extension, a corpus article served locally, and two captures —
 * the highlighted article (with the tooltip) and the popup — into docs/screenshots/ (or the directory given).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, openPopup, tabIdOf, waitForHighlights } from '../test/e2e/chromium';
import { waitForTooltip } from '../test/e2e/probe';
import { startServer } from '../test/e2e/server';

export async function takeScreenshots(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const server = await startServer();
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 900, height: 620 });
    const url = `${server.url}/article/seed-jerusalem-talks`;
    await page.goto(url);
    await waitForHighlights(page);
    // Hover Zelensky's quote so the tooltip shows who said it.
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>)].find((r) => r.toString().startsWith('at present'));
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + 30, y: rect.top + rect.height / 2 } : null;
    });
    if (box) {
      await page.mouse.move(box.x, box.y);
      await waitForTooltip(b.context, page);
    }
    const article = join(outDir, 'article.png');
    await page.screenshot({ path: article });
    const popup = await openPopup(b, await tabIdOf(b.worker, url));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.waitForSelector('#summary');
    const popupShot = join(outDir, 'popup.png');
    await popup.screenshot({ path: popupShot });
    return [article, popupShot];
  } finally {
    await b.close();
    await server.close();
  }
}

if (process.argv[1] && /screenshots\.ts$/u.test(process.argv[1])) {
  const out = resolve(process.argv[2] ?? 'docs/screenshots');
  takeScreenshots(out).then((files) => console.log(`Saved:\n  ${files.join('\n  ')}`), (e: unknown) => { console.error(e); process.exitCode = 1; });
}
