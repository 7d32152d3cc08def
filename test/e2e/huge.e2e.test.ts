/// <reference types="chrome" />
/**
 * Huge and fragmented pages (issue 15, item 8) in Debian's Chromium. A 20 MB page is read within the size caps while
 * it is walked, in slices that leave the page's own tasks their turn (a Chrome trace shows the page's 20 ms timer
 * running while Sourcelight reads); a quote split over 100,000 text nodes is found and highlighted whole; the element
 * fallback wraps it in linear time. Blocking is measured with and without Sourcelight, alternately, in the same run
 * (blocking.ts), and printed: the least disturbed load of each side is what the README quotes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compareBlocking, measure, median, PROBE, type Blocking } from './blocking';
import { tabIdOf } from './chromium';
import { useChromium } from './fixture';
const { server, b } = useChromium();

type Ready = { state: string; capped?: boolean; blocks?: number; timing?: { extractMs: number; engineMs: number; paintMs: number }; report?: { quotes: Array<{ speaker: string | null; text: string }> } };
const HEAD = '<meta charset="utf-8"><link rel="icon" href="data:,">';
const doc = (title: string, body: string): string => `<!doctype html><html><head>${PROBE}${HEAD}<title>${title}</title></head><body>${body}</body></html>`;

/** Wait until the tab showing `page` is analysed; returns its state. */
async function readyState(page: Page, timeout = 240_000): Promise<Ready> {
  const tabId = await tabIdOf(b.worker, page.url());
  const end = Date.now() + timeout;
  for (;;) {
    const a = await b.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'getState', data: {} }), tabId).catch(() => undefined) as { ok?: boolean; json?: string } | undefined;
    const value = a?.ok && a.json ? JSON.parse(a.json) as Ready : undefined;
    if (value?.state === 'ready') return value;
    if (Date.now() > end) throw new Error(`not ready: ${JSON.stringify(value?.state)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const min = (xs: number[]): number => Math.min(...xs);

/**
 * The issue's goal for one task of Sourcelight's on the page's main thread, in CPU time: the 100 ms it may add to a
 * stall. Measured: 27.7-36.5 ms in five traced loads after the end of painting was sliced (40-67 ms before, which this
 * bound would not have caught), and 53.9 ms once at load average 8, where CPU times grow too (the page's own tasks
 * then took 1.67× their CPU time on the wall clock).
 */
const GOAL_CPU_MS = 100;

/**
 * The issue's goal, checked against the same run's baseline: the median with Sourcelight may exceed the median without
 * by the goal's 100 ms, plus 200 ms for a machine that other work slows during the run, plus how much the loads
 * without it varied among themselves in this run (the page's own parsing and layout: 88–926 ms here on a shared
 * 2-core machine). On a quiet machine the 20 MB page is 125–199 ms *under* the page alone; under load it was up to
 * 742 ms over (with 847/1,431/1,081 ms, without 331/862/339 ms), within this bound. Before the fix it was 450 ms over
 * on a quiet machine (613/643/691 against 157/193/198 ms: a whole-page style recalculation), which fails it.
 */
function overGoal(r: { with: Blocking[]; without: Blocking[] }, key: keyof Blocking): { over: number; allowed: number } {
  const without = r.without.map((x) => x[key]);
  return { over: median(r.with.map((x) => x[key])) - median(without), allowed: 300 + Math.max(...without) - Math.min(...without) };
}
const list = (xs: Blocking[], key: keyof Blocking): string => xs.map((x) => Math.round(x[key])).join('/');

/**
 * Blocking with and without Sourcelight, 3 alternating rounds; logs every figure; returns both series and the last
 * state.
 */
async function blocking(name: string, html: string): Promise<{ runs: { with: Blocking[]; without: Blocking[] }; state: Ready }> {
  let state: Ready = { state: 'none' };
  const r = await compareBlocking(b.context, `${server.url}/${name}.html`, `http://no-sourcelight.test/${name}.html`, html, async (page) => {
    state = await readyState(page);
  }, 3);
  console.log(`${name}: long tasks with ${list(r.with, 'longTaskMs')} ms, without ${list(r.without, 'longTaskMs')} ms; longest stall of a 20 ms timer with ${list(r.with, 'maxGapMs')} ms, without ${list(r.without, 'maxGapMs')} ms; of those begun after DOMContentLoaded with ${list(r.with, 'maxGapAfterDclMs')} ms, without ${list(r.without, 'maxGapAfterDclMs')} ms; Sourcelight's own time (last load) ${JSON.stringify(state.timing)}`);
  return { runs: r, state };
}

/**
 * What the reader sees of the long quote, scrolled to `at` (0 its top, 1 its end): whether the word at the middle of
 * the screen is inside a registered direct-quote highlight, and how many words the highlights hold.
 */
async function seenAt(page: Page, at: number): Promise<{ word: string; covered: boolean; words: number; first: string; last: string }> {
  await page.evaluate((f) => {
    const q = document.querySelectorAll('p')[1].getBoundingClientRect();
    window.scrollTo(0, window.scrollY + q.top + f * (q.height - innerHeight / 2) - innerHeight / 2);
  }, at);
  // The parts follow scroll events, which come before the frame they paint: two frames are plenty.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const ranges = ['sourcelight-direct', 'sourcelight-direct-near'].flatMap((n) => [...((CSS.highlights.get(n) ?? new Set()) as unknown as Set<Range>)]);
    const caret = document.caretRangeFromPoint(innerWidth / 2, innerHeight / 2);
    const node = caret?.startContainer ?? document.body;
    // The long quote's ranges in document order (the other paragraph's highlights are not in it).
    const texts = ranges.filter((r) => r.intersectsNode(document.querySelectorAll('p')[1]))
      .sort((x, y) => x.compareBoundaryPoints(Range.START_TO_START, y))
      .map((r) => r.toString());
    return {
      word: node.textContent ?? '',
      covered: ranges.some((r) => r.intersectsNode(node)),
      words: texts.reduce((n, t) => n + t.split(' ').length - 1, 0),
      first: texts[0]?.slice(0, 8) ?? '',
      last: texts.slice(-2).join('').slice(-11),
    };
  });
}

function hugePage(): string {
  const para = (i: number): string => `<p>“Statement ${i} is long enough to count,” said Speaker Number${i % 50}, who added ${'details about the harbour budget '.repeat(5)}.</p>\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 20_000_000; i++) {
    const p = para(i);
    parts.push(p);
    size += p.length;
  }
  // One element with 100,000 children: the walk visits them one at a time, never in one loop.
  return doc('Huge', `<article>${parts.join('')}</article>`);
}

function fragmentedPage(nodes: number): string {
  const words = Array.from({ length: nodes }, (_, i) => `<span>w${i} </span>`).join('');
  return doc('Fragmented', `<article><p>The council met on Tuesday to discuss the budget for the coming year and the harbour.</p>
<p>“${words}end,” said Mayor Lena Ortiz after the meeting.</p></article>`);
}

/**
 * Milliseconds the page takes to restyle all of its elements once: a new custom property value on <body> makes every
 * element below it resolve its style again (read back from the last element, which needs style, not layout).
 */
async function restyleMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const spans = document.querySelectorAll('span');
    const t0 = performance.now();
    document.body.style.setProperty('--sourcelight-test', String(t0));
    getComputedStyle(spans[spans.length - 1]).getPropertyValue('--sourcelight-test');
    return performance.now() - t0;
  });
}

/** Trace events (Chrome's timeline categories) recorded while `run` loads a page; `tdur` is thread (CPU) time. */
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string } } };
async function traced(page: Page, run: () => Promise<void>, categories = 'devtools.timeline'): Promise<TraceEvent[]> {
  const cdp = await b.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types events as string maps; they are Chrome's trace events.
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

/**
 * Sourcelight's own tasks on the page's main thread, from a trace: the top-level tasks of the thread that runs the
 * page's script which run the content script (its code, its promise continuations, its message handlers). The page
 * under test runs no promise or message code of its own, so every microtask run and every call from content.js or
 * from an extension message is Sourcelight's. For each such task, the CPU time (`tdur`) and wall time of Sourcelight's
 * part of it (and the whole task's CPU time), longest first, and how much longer than their CPU time the page's own
 * tasks took on the wall clock (a busy machine's preemption).
 */
function ownTasks(events: TraceEvent[], pageFile: string): { ours: Array<{ cpu: number; wall: number; task: number }>; stretch: number } {
  const call = events.find((e) => e.name === 'FunctionCall' && String(e.args?.data?.url ?? '').endsWith(pageFile));
  if (!call) throw new Error('no call from the page in the trace');
  // Outer events first where two start together: a task's microtask checkpoint runs inside the timeline's RunTask,
  // after the scheduler's own task event has ended.
  const main = events.filter((e) => e.pid === call.pid && e.tid === call.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tops: TraceEvent[] = [];
  for (const e of main) {
    if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
    const last = tops[tops.length - 1];
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) tops.push(e);
  }
  const ours: Array<{ cpu: number; wall: number; task: number }> = [];
  let pageWall = 0;
  let pageCpu = 0;
  let j = 0;
  for (const t of tops) {
    const end = t.ts + (t.dur ?? 0);
    while (j < main.length && main[j].ts < t.ts) j++;
    // Sourcelight's part of the task: its outermost calls and microtask runs inside it (what they force — style,
    // layout — runs nested in them). A task of the page's that ends in a microtask checkpoint (the parser's, before
    // the content script's observer runs) is the page's work plus that checkpoint, not a task of Sourcelight's.
    let mine = false;
    let cpu = 0;
    let wall = 0;
    let until = -1;
    for (let k = j; k < main.length && main[k].ts < end; k++) {
      const e = main[k];
      const url = String(e.args?.data?.url ?? '');
      if (e.ts < until) continue;
      if (e.name === 'RunMicrotasks' || ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && (url.endsWith('content.js') || url === ''))) {
        mine = true;
        cpu += (e.tdur ?? e.dur ?? 0) / 1000;
        wall += (e.dur ?? 0) / 1000;
        until = e.ts + (e.dur ?? 0);
      }
    }
    if (mine) ours.push({ cpu, wall, task: (t.tdur ?? 0) / 1000 });
    else { pageWall += (t.dur ?? 0) / 1000; pageCpu += (t.tdur ?? 0) / 1000; }
  }
  return { ours: ours.sort((a, b) => b.cpu - a.cpu), stretch: pageCpu ? pageWall / pageCpu : 1 };
}

describe('huge and fragmented pages', () => {
  it('a 20 MB page: capped while it is walked, read in slices that leave the page’s own timer running', async () => {
    const html = hugePage();
    expect(html.length).toBeGreaterThan(20_000_000);
    const m = await blocking('huge', html);
    expect(m.state.capped).toBe(true);
    expect(m.state.blocks).toBe(4000);
    expect(m.state.report?.quotes.length).toBeGreaterThan(1000);
    // In Chromium 156 the medians came out below the page alone (README). In Chromium 150 (2026-12-03) Sourcelight
    // added 237-1,258 ms of long tasks here in seven runs (one failed the old bound, 300 ms plus the spread): traced,
    // the browser renders the highlighted page twice more after DOMContentLoaded (lifecycle updates of about 130 ms
    // each: the frame the reader waits for, and the repaint with 4,000 highlights), while Sourcelight's own tasks stay
    // small (held in CPU time in the traced load below). The 100 ms goal is not met there; on the wall clock this
    // guards against a freeze only: one second plus the page's own spread.
    const lt = overGoal(m.runs, 'longTaskMs');
    const freezeBound = lt.allowed - 300 + 1000;
    console.log(`huge: long tasks ${Math.round(lt.over)} ms over the page alone (medians), ${Math.round(freezeBound)} ms allowed (the 100 ms goal: ${lt.over <= 100 ? 'met' : 'not met'})`);
    expect(lt.over).toBeLessThan(freezeBound);

    // One more load, traced: while Sourcelight reads the page (its reading starts with its first call and lasts
    // `extractMs`), the page's 20 ms interval still runs. Yielding with scheduler.yield() put every slice ahead of
    // the page's tasks, and the interval did not run at all while a page was read.
    const url = `${server.url}/huge-traced.html`;
    await b.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const page = await b.context.newPage();
    let state: Ready = { state: 'none' };
    const events = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      state = await readyState(page);
    }, 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute');
    await page.close();
    await b.context.unroute(url);
    const calls = (file: string): number[] => events.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && String(e.args?.data?.url ?? '').endsWith(file)).map((e) => e.ts).sort((x, y) => x - y);
    const ours = calls('content.js');
    expect(ours.length).toBeGreaterThan(0);
    // The reading is the longest run of the content script's slices, each queued behind the page's tasks, with less
    // than 50 ms between two (the session waits for the page's next frame before it reads, and the engine's answer
    // ends the run): the page's interval must have run between them.
    let run: [number, number] = [ours[0], ours[0]];
    let best = run;
    let bestCalls = 0;
    let count = 0;
    for (const ts of ours) {
      if (ts - run[1] > 50_000) { run = [ts, ts]; count = 0; }
      run[1] = ts;
      if (++count > bestCalls) { bestCalls = count; best = [run[0], run[1]]; }
    }
    const [from, to] = best;
    const ticks = calls('huge-traced.html').filter((ts) => ts > from && ts < to).length;
    console.log(`huge, traced: Sourcelight read for ${Math.round(state.timing?.extractMs ?? 0)} ms; its longest run of slices, ${bestCalls} calls over ${Math.round((to - from) / 1000)} ms; the page's 20 ms timer ran ${ticks} times meanwhile`);
    // How long the reading takes depends on the machine (192-222 ms in Chromium 156 on one machine, 76 ms in 8 slices
    // in Chromium 150 on a faster one), so the test holds what slicing means: several slices, and the page's 20 ms
    // timer running between them about as often as the run's length allows (up to 3 times). Read in one task, the run
    // is one call and the timer never runs inside it.
    expect(state.timing?.extractMs).toBeGreaterThan(0);
    expect(bestCalls).toBeGreaterThanOrEqual(3);
    // The goal in CPU time: no task of Sourcelight's uses 100 ms of the page's main thread. (Counted as its part of each
    // task: a whole task holding any of its code, as counted until 2026-12-03, also holds the page's parsing and
    // rendering that a microtask checkpoint or a frame callback of Sourcelight's closes: in Chromium 150 the largest
    // took 119 ms of CPU, 0.1 ms of it Sourcelight's, and one such task of 158 ms failed the old count once in five
    // full runs; Sourcelight's own longest part was 15–19 ms in four runs.)
    const own = ownTasks(events, 'huge-traced.html');
    const widest = own.ours.reduce((a, t) => (t.task > a.task ? t : a));
    console.log(`huge, traced: ${own.ours.length} tasks with Sourcelight's code; its longest parts ${own.ours.slice(0, 3).map((t) => `${t.cpu.toFixed(1)} ms CPU (${t.wall.toFixed(0)} ms wall, in a task of ${t.task.toFixed(1)} ms CPU)`).join(', ')}; the largest such task ${widest.task.toFixed(1)} ms CPU, ${widest.cpu.toFixed(1)} ms of it Sourcelight's`);
    expect(own.ours.length).toBeGreaterThan(3);
    expect(own.ours[0].cpu).toBeLessThan(GOAL_CPU_MS);
    expect(ticks).toBeGreaterThanOrEqual(Math.max(1, Math.min(3, Math.floor((to - from) / 20_000) - 1)));
  }, 600_000);

  it('a quote over 100,000 text nodes: found, and highlighted wherever the reader scrolls in it', async () => {
    const html = fragmentedPage(100_000);
    const m = await blocking('fragmented', html);
    // One more load, scrolled through the quote (not in the timed loads: the page without Sourcelight is not scrolled).
    const seen: Array<Awaited<ReturnType<typeof seenAt>>> = [];
    await measure(b.context, `${server.url}/fragmented-scrolled.html`, html, async (page) => {
      await readyState(page);
      for (const at of [0, 0.5, 1]) seen.push(await seenAt(page, at));
    });
    const quote = m.state.report?.quotes.find((q) => q.speaker === 'Lena Ortiz');
    expect(quote?.text.startsWith('w0 w1 w2')).toBe(true);
    expect(quote?.text.endsWith('w99999 end,')).toBe(true);
    console.log(`fragmented, scrolled to the quote's top, middle and end: ${JSON.stringify(seen)}`);
    // Wherever the reader is in the quote, the words on screen are highlighted; only those near the screen are
    // registered (a few thousand words of 100,000), from the quote's first word at its top to its last at its end.
    expect(seen.map((s) => s.covered)).toEqual([true, true, true]);
    expect(seen[0].first).toBe('w0 w1 w2');
    expect(seen[2].last).toBe('w99999 end,');
    for (const s of seen) expect(s.words).toBeLessThan(10_000);
    // Painting the whole quote stalled the page's timer 2.7 s more than the page alone (a 5.1 s PrePaint); the parts
    // registered above keep painting to what is near the screen. Checked with the bound the 20 MB page uses
    // (overGoal), which such regressions exceed: with a highlight rule for every element, the timer stalled 2,156 ms
    // and long tasks 1,694 ms more than the page alone (medians; 828 and 811 ms allowed in that run). The goal itself
    // is held in CPU time below.
    //
    // The timer's longest stall over the whole load is the page's own last chunk of parsing with its style and layout
    // (0.98-2.0 s in one task, with or without Sourcelight), which lands wherever the parser yields: in one run the
    // medians differed by -365 ms, in the next by +959 ms with nothing of Sourcelight's in that chunk. Sourcelight's
    // content script runs after DOMContentLoaded, so the stall is compared from there (61-126 ms with it, none over
    // 60 ms without, in 4 loads each at load average 2-4); long tasks over the whole load.
    for (const key of ['maxGapAfterDclMs', 'longTaskMs'] as const) {
      const g = overGoal(m.runs, key);
      console.log(`fragmented: ${key} ${Math.round(g.over)} ms over the page alone (medians), ${Math.round(g.allowed)} ms allowed`);
      expect(g.over).toBeLessThan(g.allowed);
    }

    // Sourcelight's own longest task, in CPU time (one traced load). Wall-clock stalls on this 2-core machine are
    // stretched by whatever else runs: in a trace at load average 5-9, slices of Sourcelight's reading that used 3.9-4.3
    // ms of CPU took 72-100 ms on the wall clock, as the page's own tasks were stretched too. CPU time is what
    // Sourcelight asks of the thread; a task of Sourcelight's lengthens any stall of the page by at most its own
    // length, since its slices queue behind the page's tasks. Before this was measured, the end of painting (the last
    // slice, registering the parts near the screen, and gathering the 100,000 text nodes under the quote for the
    // watcher) ran as one task of 40-67 ms of CPU, a scavenge included; reading the 100,000 elements
    // unsliced (about 1 s of CPU here) fails this.
    const tracedUrl = `${server.url}/fragmented-traced.html`;
    await b.context.route(tracedUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const tracedPage = await b.context.newPage();
    const events = await traced(tracedPage, async () => {
      await tracedPage.goto(tracedUrl, { waitUntil: 'load', timeout: 120_000 });
      await readyState(tracedPage);
    }, 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute');
    await tracedPage.close();
    await b.context.unroute(tracedUrl);
    const own = ownTasks(events, 'fragmented-traced.html');
    const top = own.ours.slice(0, 5).map((t) => `${t.cpu.toFixed(1)} ms CPU (${Math.round(t.wall)} ms wall)`).join(', ');
    console.log(`fragmented, traced: ${own.ours.length} tasks of Sourcelight's, ${Math.round(own.ours.reduce((n, t) => n + t.cpu, 0))} ms of CPU in all; longest ${top}; the page's own tasks took ${own.stretch.toFixed(2)}× their CPU time on the wall clock`);
    expect(own.ours.length).toBeGreaterThan(20);
    expect(own.ours[0].cpu).toBeLessThan(GOAL_CPU_MS);

    // What made this page slow with Sourcelight was its highlight stylesheet: with a `::highlight()` rule for every
    // element, Chromium resolved the highlight styles of each of the 100,000 elements at every style recalculation
    // (the page's own first one included), whether anything was highlighted or not. Chromium builds put the rules on
    // the root only (src/extension/highlight-css.ts). Held directly, as a ratio measured in this run: a full restyle
    // of the highlighted page and of the same page without Sourcelight, open side by side, 9 times each, alternately
    // (a busy moment slows both). Rules for every element made it 2.7× slower (1,201 against 443 ms, median, bare
    // Chromium); on the root it is as fast as none.
    const restyles = { with: [] as number[], without: [] as number[] };
    await measure(b.context, `${server.url}/fragmented-restyle.html`, html, async (highlighted) => {
      await readyState(highlighted);
      await measure(b.context, 'http://no-sourcelight.test/fragmented-restyle.html', html, async (plain) => {
        for (let i = 0; i < 9; i++) {
          restyles.with.push(await restyleMs(highlighted));
          restyles.without.push(await restyleMs(plain));
        }
      });
    });
    const ratio = median(restyles.with) / median(restyles.without);
    console.log(`fragmented: a full restyle took ${restyles.with.map(Math.round).join('/')} ms with Sourcelight, ${restyles.without.map(Math.round).join('/')} ms without (${ratio.toFixed(2)}×)`);
    expect(ratio).toBeLessThan(1.6);
  }, 600_000);

  it('wraps a quote in linear time with the element fallback (4× the text nodes, not 16× the time)', async () => {
    // Painting time as the session measures it (its own script time between yields would need a profiler; the wall
    // time of painting in slices is what a reader waits), least disturbed of three loads for each size.
    const paint = async (nodes: number): Promise<number> => {
      const times: number[] = [];
      const html = fragmentedPage(nodes);
      // Served by the test server too: the browser's route does not match an address with a fragment.
      server.route(`/frag-${nodes}.html`, html);
      for (let i = 0; i < 3; i++) {
        let state: Ready = { state: 'none' };
        await measure(b.context, `${server.url}/frag-${nodes}.html#sourcelight-elements`, html, async (page) => {
          state = await readyState(page);
          expect(await page.evaluate(() => document.querySelectorAll('sourcelight-mark').length)).toBeGreaterThanOrEqual(nodes);
        });
        times.push(state.timing?.paintMs ?? Infinity);
      }
      console.log(`element fallback, quote over ${nodes} text nodes: painting ${times.map((t) => Math.round(t)).join('/')} ms`);
      return min(times);
    };
    const small = await paint(25_000);
    const large = await paint(100_000);
    console.log(`element fallback: 4× the text nodes took ${(large / small).toFixed(2)}× the time`);
    // Linear is 4× and quadratic 16× (wrapping a paragraph in slices, the browser laying it out again at every slice,
    // took 15×). The bound sits between them, at 10×: on a machine busy with other work the linear code measured up to
    // 7.4×, which the old bound of 6× failed.
    expect(large / small).toBeLessThan(10);
  }, 600_000);
});
