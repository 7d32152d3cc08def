/** The browser half of `npm run bench`: the rdb-* corpus pages in Debian's Chromium, with and without Sourcelight. */
/// <reference types="chrome" />
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROME_BUILD, chromiumPath, launchWithExtension } from '../test/e2e/chromium';
import { startServer } from '../test/e2e/server';

const PAGES = ['rdb-bbc-1', 'rdb-herald-sun-1', 'rdb-nytimes-3', 'rdb-seattletimes-1', 'rdb-telegraph', 'rdb-wapo-1'];
const RUNS = 5;

interface Sample {
  page: string;
  /** ms from the load event to the first painted highlight (0 if highlights came before load); null without extension. */
  firstAfterLoad: number | null;
  firstAfterDcl: number | null;
  /** Long tasks between DOMContentLoaded and 300 ms after the first highlight (or 1.5 s). */
  longTasks: number[];
  scriptMs: number;
  heapBytes: number;
  /** The content script's own main-thread time (reading the article + painting), from its state. */
  ownMs: number | null;
  /** Round trip to the background engine (messaging + analysis). */
  engineMs: number | null;
}

const COLLECT = `(() => {
  const b = { longtasks: [], first: null };
  Object.defineProperty(window, '__bench', { value: b });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  const tick = () => { if (globalThis.CSS && CSS.highlights && CSS.highlights.size > 0) { b.first = performance.now(); return; } requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

async function measure(context: BrowserContext, base: string, id: string, worker: Worker | null): Promise<Sample> {
  const withExtension = worker !== null;
  const page = await context.newPage();
  await page.addInitScript(COLLECT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${base}/${id}.html`, { waitUntil: 'load' });
  if (withExtension) await page.waitForFunction(() => (window as unknown as { __bench: { first: number | null } }).__bench.first !== null, undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(withExtension ? 300 : 1500);
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const r = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { longtasks: Array<[number, number]>; first: number | null } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { first: b.first, load: nav.loadEventEnd, dcl: nav.domContentLoadedEventEnd, longtasks: b.longtasks };
  });
  let ownMs: number | null = null;
  let engineMs: number | null = null;
  if (worker) {
    const url = page.url();
    const timing = await worker.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
      if (tab?.id === undefined) return null;
      const state = ((await chrome.tabs.sendMessage(tab.id, { type: 'getState', data: {} })) as { value?: { timing?: { extractMs: number; paintMs: number; engineMs: number } } }).value ?? {};
      return state.timing ?? null;
    }, url);
    ownMs = timing ? timing.extractMs + timing.paintMs : null;
    engineMs = timing ? timing.engineMs : null;
  }
  await page.close();
  const windowEnd = r.first !== null ? r.first + 300 : r.dcl + 1500;
  return {
    page: id,
    firstAfterLoad: r.first === null ? null : Math.max(0, r.first - r.load),
    firstAfterDcl: r.first === null ? null : Math.max(0, r.first - r.dcl),
    longTasks: r.longtasks.filter(([start]) => start >= r.dcl - 50 && start <= windowEnd).map(([, d]) => d),
    scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
    heapBytes: metrics.JSHeapUsedSize ?? 0,
    ownMs,
    engineMs,
  };
}

async function plainContext(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'],
  });
}

export async function browserBench(stats: { percentile(xs: number[], p: number): number; median(xs: number[]): number }): Promise<void> {
  const server = await startServer();
  const results: Record<'with' | 'without', Sample[]> = { with: [], without: [] };
  for (const mode of ['without', 'with'] as const) {
    const b = mode === 'with' ? await launchWithExtension(CHROME_BUILD) : null;
    const context = b?.context ?? await plainContext();
    // launchWithExtension already refuses traffic leaving the machine; the plain browser gets the same rule.
    if (!b) await context.route((url) => url.hostname !== '127.0.0.1' && /^https?:$/u.test(url.protocol), (route) => route.abort());
    for (const id of PAGES) for (let i = 0; i < RUNS; i++) results[mode].push(await measure(context, server.url, id, b?.worker ?? null));
    await context.close();
  }
  await server.close();

  const firsts = results.with.map((s) => s.firstAfterLoad).filter((x): x is number => x !== null);
  const missing = results.with.length - firsts.length;
  console.log(`\n3. Debian Chromium, ${PAGES.length} rdb-* pages × ${RUNS} loads, with and without Sourcelight (test build, pages served on 127.0.0.1)`);
  console.log(`   load → first highlight        p50 ${stats.percentile(firsts, 50).toFixed(0)} ms, p95 ${stats.percentile(firsts, 95).toFixed(0)} ms, max ${Math.max(...firsts).toFixed(0)} ms (budget p95 ≤ 150 ms)${missing ? `; ${missing} loads without highlight` : ''}`);
  const dcl = results.with.map((s) => s.firstAfterDcl).filter((x): x is number => x !== null);
  console.log(`   DOMContentLoaded → highlight  p50 ${stats.percentile(dcl, 50).toFixed(0)} ms, p95 ${stats.percentile(dcl, 95).toFixed(0)} ms`);
  console.log('   page                  long tasks ≥50ms (max) without → with   content script main-thread ms (median, max)   JS heap growth KB (median)');
  for (const id of PAGES) {
    const w = results.with.filter((s) => s.page === id);
    const wo = results.without.filter((s) => s.page === id);
    const maxLt = (xs: Sample[]): number => Math.max(0, ...xs.flatMap((s) => s.longTasks));
    const own = w.map((s) => s.ownMs).filter((x): x is number => x !== null);
    const heap = (stats.median(w.map((s) => s.heapBytes)) - stats.median(wo.map((s) => s.heapBytes))) / 1024;
    console.log(`   ${id.padEnd(21)} ${maxLt(wo).toFixed(0).padStart(6)} → ${maxLt(w).toFixed(0).padEnd(26)} ${own.length ? `${stats.median(own).toFixed(1).padStart(6)}, ${Math.max(...own).toFixed(1).padStart(5)}` : '   n/a'}                          ${heap.toFixed(0).padStart(8)}`);
  }
  const rt = results.with.map((s) => s.engineMs).filter((x): x is number => x !== null);
  console.log(`   background engine round trip (message + analysis + reply): p50 ${stats.percentile(rt, 50).toFixed(1)} ms, p95 ${stats.percentile(rt, 95).toFixed(1)} ms, off the page's main thread`);
  const worstAdded = Math.max(0, ...PAGES.map((id) => Math.max(0, ...results.with.filter((s) => s.page === id).flatMap((s) => s.longTasks)) - Math.max(0, ...results.without.filter((s) => s.page === id).flatMap((s) => s.longTasks))));
  console.log(`   budgets: no long task over 50 ms caused by the extension (worst increase in max long task: ${worstAdded.toFixed(0)} ms); heap growth ≤ 5 MB`);
}
