/**
 * Main-thread blocking of a page load, with and without Sourcelight, measured in the same run so that a loaded
 * machine slows both alike. The page is served by the browser itself (Playwright's route), once at a 127.0.0.1 URL,
 * where the test build runs Sourcelight, and once at a host the extension has no access to, where it does not run.
 */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Put first in <head>: records long tasks, the longest stall of a 20 ms timer, and the longest stall that began after
 * DOMContentLoaded (Sourcelight's content script runs after it; the page's own parsing, before).
 */
export const PROBE = `<script>window.__lt = 0; window.__gap = 0; window.__gapAfter = 0; window.__t0 = performance.now(); window.__dcl = Infinity;
addEventListener('DOMContentLoaded', () => { window.__dcl = performance.now(); });
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt += e.duration; }).observe({ type: 'longtask', buffered: true });
let __last = performance.now(); setInterval(() => { const n = performance.now(); window.__gap = Math.max(window.__gap, n - __last); if (__last > window.__dcl) window.__gapAfter = Math.max(window.__gapAfter, n - __last); __last = n; }, 20);</script>`;

export interface Blocking {
  /** Sum of long tasks (≥ 50 ms) from navigation until the window closed. */
  longTaskMs: number;
  /** Longest stall of the page's 20 ms timer. */
  maxGapMs: number;
  /** Longest stall of that timer which began after DOMContentLoaded (the page had parsed its HTML). */
  maxGapAfterDclMs: number;
}

/** Load `html` at `url` and measure blocking over `windowMs` after navigation, or until `ready` resolves (+300 ms). */
export async function measure(context: BrowserContext, url: string, html: string, until: (page: Page) => Promise<void>, windowMs?: number): Promise<Blocking & { elapsedMs: number }> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  try {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (windowMs === undefined) {
      await until(page);
      await page.waitForTimeout(300);
    } else {
      const left = windowMs - (Date.now() - started);
      if (left > 0) await page.waitForTimeout(left);
    }
    const elapsedMs = Date.now() - started;
    const r = await page.evaluate(() => {
      const w = window as unknown as { __lt: number; __gap: number; __gapAfter: number };
      return { longTaskMs: w.__lt, maxGapMs: w.__gap, maxGapAfterDclMs: w.__gapAfter };
    });
    return { ...r, elapsedMs };
  } finally {
    await page.close();
    await context.unroute(url);
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Alternate loads with and without Sourcelight (`rounds` each); the "without" load observes as long as the "with"
 * load before it took to become ready. Returns both series.
 */
export async function compareBlocking(context: BrowserContext, withUrl: string, withoutUrl: string, html: string, ready: (page: Page) => Promise<void>, rounds = 3): Promise<{ with: Blocking[]; without: Blocking[] }> {
  const out = { with: [] as Blocking[], without: [] as Blocking[] };
  for (let i = 0; i < rounds; i++) {
    const a = await measure(context, withUrl, html, ready);
    out.with.push(a);
    out.without.push(await measure(context, withoutUrl, html, ready, a.elapsedMs));
  }
  return out;
}
