/**
 * The Firefox ESR half of `npm run bench`: the same pages without Sourcelight, with its background suspended before
 * the load (cold) and running (warm). Firefox suspends an idle MV3 background after `extensions.background.idle.timeout`
 * (30 s by default); the benchmark sets it to 1 s and leaves 3 s of quiet before each cold load.
 */
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchFirefox } from '../test/e2e/firefox';
import { startServer } from '../test/e2e/server';
import { benchPages, COLLECT } from './bench-browser';
import { median, ms, percentile } from './bench-stats';

const BENCH_BUILD = resolve('.output/firefox-mv3-bench');
const ROUNDS = 4;
const IDLE_MS = 1000;

type Mode = 'without' | 'cold' | 'warm';
interface Sample { page: string; mode: Mode; first: number | null; loadEnd: number }

async function load(browser: Browser, base: string, id: string, mode: Mode): Promise<Sample> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(COLLECT);
  await page.goto(`${base}/${id}.html`, { waitUntil: 'load' });
  const withExtension = mode !== 'without';
  const end = Date.now() + 10_000;
  let r = { first: null as number | null, loadEnd: 0, now: 0 };
  for (;;) {
    r = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { first: number | null } }).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { first: b.first, loadEnd: nav.loadEventEnd, now: performance.now() };
    });
    const done = r.loadEnd > 0 && (!withExtension || r.first !== null) && r.now >= Math.max(r.loadEnd + 1000, (r.first ?? 0) + 300);
    if (done || Date.now() > end) break;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  await page.close();
  return { page: id, mode, first: r.first, loadEnd: r.loadEnd };
}

const fmt = (xs: number[]): string => (xs.length ? `p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))}` : 'n/a');

export async function firefoxBench(section: string): Promise<void> {
  const { corpus, pages } = benchPages();
  const server = await startServer('127.0.0.1', corpus);
  const samples: Sample[] = [];
  const plain = (await launchFirefox({ extension: false })).browser;
  for (const id of pages) await load(plain, server.url, id, 'without');
  for (let round = 0; round < ROUNDS; round++) for (const id of pages) samples.push(await load(plain, server.url, id, 'without'));
  await plain.close();

  const { browser } = await launchFirefox({ build: BENCH_BUILD, prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  // The content script is registered as the add-on starts: wait until a page is highlighted.
  for (let i = 0; i < 20; i++) if ((await load(browser, server.url, pages[0], 'warm')).first !== null) break;
  for (const id of pages) await load(browser, server.url, id, 'warm');
  for (let round = 0; round < ROUNDS; round++) {
    for (const id of pages) {
      await new Promise((r) => setTimeout(r, IDLE_MS * 3));
      samples.push(await load(browser, server.url, id, 'cold'));
      samples.push(await load(browser, server.url, id, 'warm'));
    }
  }
  await browser.close();
  await server.close();

  const baseLoad = new Map(pages.map((id) => [id, median(samples.filter((s) => s.page === id && s.mode === 'without').map((s) => s.loadEnd))]));
  console.log(`\n${section}. Firefox ESR: the same ${pages.length} pages × ${ROUNDS} loads per mode (benchmark build); cold = ${IDLE_MS * 3 / 1000} s idle before the load, the background suspending after ${IDLE_MS / 1000} s`);
  for (const mode of ['cold', 'warm'] as const) {
    const xs = samples.filter((s) => s.mode === mode);
    const firsts = xs.map((s) => s.first).filter((x): x is number => x !== null);
    const afterLoad = xs.filter((s) => s.first !== null).map((s) => Math.max(0, (s.first as number) - (baseLoad.get(s.page) as number)));
    console.log(`   ${mode}: load → first highlight   ${fmt(afterLoad)}${mode === 'cold' ? '  (budget p95 ≤ 150 ms)' : ''}`);
    console.log(`   ${mode}: navigation → highlight   ${fmt(firsts)}${xs.length - firsts.length ? `; ${xs.length - firsts.length} loads showed no highlight` : ''}`);
    const delay = xs.map((s) => s.loadEnd - (baseLoad.get(s.page) as number));
    console.log(`   ${mode}: load event delay         median ${ms(median(delay))}, p95 ${ms(percentile(delay, 95))} (each load against the page's median without Sourcelight)`);
  }
  console.log(`   load event without Sourcelight: ${fmt(samples.filter((s) => s.mode === 'without').map((s) => s.loadEnd))} after navigation`);
}
