/// <reference types="chrome" />
/**
 * Robust against the page (issue 15): live pages, hostile pages, dying workers, and one session per page — in Debian's
 * Chromium with the test build. Each test here failed on the code before the fix it covers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { amberShareOfPng } from './amber';
import { highlightCounts, waitForHighlights } from './chromium';
import { attackPages, forgeWxtEvents, HIDDEN_STYLES, QUOTES, testPage, useChromium } from './fixture';
import { waitForTooltip } from './probe';

const { server, b, open, state: suiteState, waitReady: suiteWaitReady, popup } = useChromium();

type State = { state: string; message?: string; analyses?: number; repaired?: number; report?: { quotes: Array<{ text: string; speaker: string | null }> } };
const state = (tabId: number): Promise<State> => suiteState(tabId) as Promise<State>;
const waitReady = (tabId: number, timeout?: number): Promise<State> => suiteWaitReady(tabId, timeout) as Promise<State>;

/** Wait until the tab's state is `want` (or the time is up); returns the last state. */
async function waitState(tabId: number, want: string, timeout = 20_000): Promise<State> {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await state(tabId);
    if (s.state === want || Date.now() > end) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Share of wall time the content script's own code ran on the page's main thread, from a CPU profile. */
async function contentScriptShare(p: Page, ms: number): Promise<{ share: number; ownMs: number }> {
  const cdp = await b.context.newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await p.waitForTimeout(ms);
  const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number } };
  await cdp.detach();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const r = Boolean(n && (n.callFrame.url.includes(`chrome-extension://${b.extensionId}/`) || (parent.has(id) && isOurs(parent.get(id) as number))));
    ours.set(id, r);
    return r;
  };
  let own = 0;
  profile.samples.forEach((id, i) => { if (isOurs(id)) own += profile.timeDeltas[i + 1] ?? 0; });
  const wall = profile.endTime - profile.startTime;
  return { share: own / wall, ownMs: own / 1000 };
}

describe('live pages', () => {
  it('analyses paragraphs that arrive while a clock ticks every 300 ms, within 2.5 s', async () => {
    server.route('/clock.html', attackPages.clock());
    const { page: p, tabId } = await open('/clock.html');
    await waitReady(tabId);
    await p.waitForTimeout(1500);
    const added = Date.now();
    await p.evaluate(() => (window as unknown as { addArticle(): void }).addArticle());
    await p.waitForFunction(() => (CSS.highlights.get('sourcelight-direct')?.size ?? 0) === 2, undefined, { timeout: 10_000 });
    const latency = Date.now() - added;
    console.log(`clock page: late paragraphs highlighted ${latency} ms after they were added`);
    expect(latency).toBeLessThanOrEqual(2500);
    await p.close();
  });

  it('keeps a 50 Hz mutation storm in the article under 5 % of one core, and still re-analyses', async () => {
    server.route('/storm.html', testPage('Storm', `<article id="a">${QUOTES}<p>Live: <span id="t">0</span> updates so far in this story.</p></article>
<script>let n = 0; setInterval(() => { document.getElementById('t').textContent = String(++n); }, 20);</script>`));
    const { page: p, tabId } = await open('/storm.html');
    const first = await waitReady(tabId);
    const { share, ownMs } = await contentScriptShare(p, 8000);
    const after = await waitReady(tabId);
    console.log(`50 Hz storm: content script ${ownMs.toFixed(1)} ms of main-thread time in 8 s (${(share * 100).toFixed(2)} % of one core); analyses ${first.analyses} → ${after.analyses}`);
    expect(share).toBeLessThan(0.05);
    // Not starved: the changing article is re-read at least every 2 s (the debounce's maximum wait).
    expect((after.analyses ?? 0) - (first.analyses ?? 0)).toBeGreaterThanOrEqual(2);
    expect((await highlightCounts(p)).direct).toBe(2);
    await p.close();
  });

  it('reads paragraphs added later and drops the report the moment the article is replaced', async () => {
    server.route('/late.html', testPage('Late', `<main id="main"><article id="a"><p>The council met on Tuesday to discuss the budget for the coming year.</p></article></main>
<script>window.more = () => { const p = document.createElement('p'); p.textContent = '“We will cut nothing,” said Mayor Lena Ortiz after the vote was taken.'; document.getElementById('a').append(p); };
window.expand = () => { document.getElementById('rest').hidden = false; };
window.replace = () => { const m = document.getElementById('main'); const d = document.createElement('div'); d.textContent = 'Error 404: this story is no longer available.'; m.replaceChildren(d); };</script>`));
    const { page: p, tabId } = await open('/late.html');
    await waitReady(tabId);
    expect((await highlightCounts(p)).direct).toBe(0);
    await p.evaluate(() => (window as unknown as { more(): void }).more());
    await p.waitForFunction(() => (CSS.highlights.get('sourcelight-direct')?.size ?? 0) === 1, undefined, { timeout: 5000 });
    expect((await waitReady(tabId)).report?.quotes.map((q) => q.speaker)).toContain('Lena Ortiz');
    // The article is replaced by an error page: in the same task, nothing may describe the old text any more.
    const [afterReplace] = await Promise.all([
      p.evaluate(() => { (window as unknown as { replace(): void }).replace(); return new Promise<number>((r) => setTimeout(() => r(CSS.highlights.get('sourcelight-direct')?.size ?? 0), 0)); }),
    ]);
    expect(afterReplace).toBe(0);
    const s = await state(tabId);
    expect(s.state === 'analysing' || (s.state === 'ready' && s.report?.quotes.length === 0)).toBe(true);
    expect(await b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    const final = await waitReady(tabId);
    expect(final.report?.quotes ?? []).toEqual([]);
    await p.close();
  });

  it('reads a "read more" section when it is shown', async () => {
    server.route('/more.html', testPage('More', `<article><p>The council met on Tuesday to discuss the budget for the coming year.</p>
<div id="rest" hidden><p>“We will cut nothing,” said Mayor Lena Ortiz after the vote was taken.</p></div><button onclick="document.getElementById('rest').hidden = false">Read more</button></article>`));
    const { page: p, tabId } = await open('/more.html');
    await waitReady(tabId);
    expect((await highlightCounts(p)).direct).toBe(0);
    await p.click('button');
    await p.waitForFunction(() => (CSS.highlights.get('sourcelight-direct')?.size ?? 0) === 1, undefined, { timeout: 5000 });
    await p.close();
  });

  it('adds no listeners and no work over 200 SPA navigations', async () => {
    server.route('/spa.html', testPage('SPA', `<main><article id="story">${QUOTES}</article></main>
<script>window.go = (i) => { history.pushState({}, '', '/spa.html?page=' + i); };</script>`));
    const { page: p, tabId } = await open('/spa.html');
    await waitReady(tabId);
    const cdp = await b.context.newCDPSession(p);
    const listeners = async (): Promise<number> => {
      const counters = await cdp.send('Memory.getDOMCounters') as { jsEventListeners: number };
      return counters.jsEventListeners;
    };
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await listeners();
    for (let i = 0; i < 200; i++) await p.evaluate((n) => (window as unknown as { go(n: number): void }).go(n), i);
    await p.waitForTimeout(2500);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await listeners();
    console.log(`200 SPA navigations: page event listeners ${before} → ${after}`);
    expect(after).toBeLessThanOrEqual(before);
    await cdp.detach();
    const s = await waitReady(tabId);
    expect(s.state).toBe('ready');
    await p.close();
  });
});

describe('pages that try to switch Sourcelight off or make it work', () => {
  it('ignores WXT’s started and location-change events and leaks no extension id', async () => {
    server.route('/switch-off.html', attackPages.switchOff());
    const { page: p, tabId } = await open('/switch-off.html');
    const before = await waitForHighlights(p);
    const ready = await waitReady(tabId);
    expect(before.direct).toBe(2);
    expect(await p.evaluate(() => (window as unknown as { __msgs: string[] }).__msgs.join(' '))).not.toContain(b.extensionId);
    await p.evaluate(forgeWxtEvents, b.extensionId);
    await p.waitForTimeout(2500);
    expect(await highlightCounts(p)).toEqual(before);
    const after = await state(tabId);
    expect(after.state).toBe('ready');
    expect(after.analyses).toBe(ready.analyses);
    await p.close();
  });
});

describe('a sealed tooltip and guarded highlights', () => {
  it('cannot be defined, read or restyled by the page', async () => {
    server.route('/seal.html', attackPages.seal());
    const { page: p } = await open('/seal.html');
    await waitForHighlights(p);
    const box = await p.evaluate(() => {
      const r = [...(CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>)][0].getClientRects()[0];
      return { x: r.left + 5, y: r.top + r.height / 2 };
    });
    await p.mouse.move(box.x, box.y);
    const tip = await waitForTooltip(b.context, p);
    expect(tip.texts).toContain('Lena Ortiz');
    expect(tip.texts.join(' ')).not.toContain('Verified');
    expect(tip.rect && tip.rect.right > tip.rect.left).toBe(true);
    const seen = await p.evaluate(() => {
      const host = [...document.documentElement.children].find((e) => e !== document.head && e !== document.body) as Element;
      return { internals: (window as unknown as { __internals?: unknown }).__internals !== undefined, shadow: host?.shadowRoot ?? null, after: host ? getComputedStyle(host, '::after').content : '', display: host ? getComputedStyle(host).display : '' };
    });
    expect(seen).toEqual({ internals: false, shadow: null, after: 'none', display: 'block' });
    await p.close();
  });

  it('puts back highlights the page deletes or repaints, and says so', async () => {
    server.route('/tamper.html', testPage('Tamper', `<article>${QUOTES}</article>`));
    const { page: p, tabId } = await open('/tamper.html');
    const before = await waitForHighlights(p);
    await waitReady(tabId);
    await p.evaluate(() => {
      const direct = CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>;
      const named = [...direct][0];
      CSS.highlights.delete('sourcelight-direct');
      // A named speaker's quote repainted as an anonymous source.
      (CSS.highlights.get('sourcelight-anonymous') as unknown as { add(r: Range): void }).add(named);
      (CSS.highlights.get('sourcelight-indirect') as unknown as { clear(): void }).clear();
    });
    await p.waitForFunction((n) => (CSS.highlights.get('sourcelight-direct')?.size ?? 0) === n, before.direct, { timeout: 5000 });
    expect(await highlightCounts(p)).toEqual(before);
    expect((await state(tabId)).repaired).toBeGreaterThan(0);
    await p.close();
  });

  it('keeps its highlight colours when page CSS tries to hide them', async () => {
    server.route('/hide.html', attackPages.hide());
    const { page: p } = await open('/hide.html');
    await waitForHighlights(p);
    await p.waitForTimeout(500);
    const rect = await p.evaluate(() => {
      const r = [...(CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>)][0].getClientRects()[0];
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const shot = await p.screenshot({ clip: rect });
    // The direct-quote background is amber: a page that hid it would leave white (PNG pixels compared as a whole).
    const plain = await p.evaluate(amberShareOfPng, shot.toString('base64'));
    // Without the user stylesheet the share was 0.
    expect(plain).toBeGreaterThan(0.05);
    await p.close();
  });

  it('places the tooltip beside or below the line, never over the line above', async () => {
    const long = '“' + 'The new harbour bridge will carry trams, buses and bicycles across the river from next spring, '.repeat(4) + 'and it will be finished on time,” said Mayor Lena Ortiz.';
    server.route('/tip.html', testPage('Tip', `<article style="max-width: 600px; margin: 0 auto"><p>Intro paragraph with enough words to fill a line or two above the quote that follows it here.</p><p id="q">${long}</p></article>`));
    for (const width of [1200, 620]) {
      const { page: p } = await open('/tip.html');
      await p.setViewportSize({ width, height: 700 });
      await waitForHighlights(p);
      // Hover the quote's second line.
      const lines = await p.evaluate(() => {
        const r = [...(CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>)][0];
        return [...r.getClientRects()].filter((x) => x.width > 1).map((x) => ({ left: x.left, right: x.right, top: x.top, bottom: x.bottom }));
      });
      const tops = [...new Set(lines.map((l) => Math.round(l.top)))];
      const line = lines.find((l) => Math.round(l.top) === tops[1]) as { left: number; right: number; top: number; bottom: number };
      const above = lines.find((l) => Math.round(l.top) === tops[0]) as typeof line;
      await p.mouse.move(line.left + 20, (line.top + line.bottom) / 2);
      const tip = await waitForTooltip(b.context, p);
      const r = tip.rect as NonNullable<typeof tip.rect>;
      const overlaps = (a: typeof line): boolean => r.left < a.right && r.right > a.left && r.top < a.bottom && r.bottom > a.top;
      expect(overlaps(line), `width ${width}`).toBe(false);
      expect(overlaps(above), `width ${width}`).toBe(false);
      await p.close();
    }
  });
});

describe('invisible text, clobbering and errors', () => {
  it('reads only rendered text: hidden words never change who said it', async () => {
    server.route('/invisible.html', attackPages.invisible());
    const { page: p, tabId } = await open('/invisible.html');
    const s = await waitReady(tabId);
    expect(s.report?.quotes.map((q) => q.speaker)).toEqual(HIDDEN_STYLES.map(() => 'Anna Visible'));
    await p.close();
  });

  it('is not stopped by form fields named after DOM properties', async () => {
    server.route('/clobber.html', attackPages.clobber());
    const { page: p, tabId } = await open('/clobber.html');
    const s = await waitReady(tabId, 15_000);
    expect(s.state).toBe('ready');
    expect(s.report?.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Lena Ortiz', 'Ada Quill']));
    await p.close();
  });

  it('ends a failure in the error state with a plain message, and the popup’s retry works', async () => {
    server.route('/fault.html', testPage('Fault', `<article>${QUOTES}</article>`));
    const { page: p, tabId } = await open('/fault.html#sourcelight-fault=1');
    const failed = await waitState(tabId, 'error');
    expect(failed.state).toBe('error');
    expect(failed.message).toMatch(/stopped Sourcelight from reading it/u);
    const pop = await popup(tabId);
    await pop.waitForSelector('[data-state="error"] button.retry');
    expect(await pop.textContent('#content')).not.toMatch(/injected|Error:/u);
    await pop.click('button.retry');
    await pop.waitForSelector('#summary', { timeout: 10_000 });
    expect((await state(tabId)).state).toBe('ready');
    await pop.close();
    await p.close();
  });
});

describe('dying workers and racing injections', () => {
  /**
   * Everything these tests ask of the extension goes through one of its own pages, never through the service worker:
   * Playwright keeps a stopped worker listed and an evaluation in it waits, with no time limit, until something
   * starts the worker again (that wait was main's 90 s CI timeout). The test build's hold and request counts live in
   * session storage (entrypoints/background.ts), which an extension page reads whether the worker runs or not.
   */
  let control: Page | null = null;
  async function ext<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    if (!control || control.isClosed()) {
      control = await b.context.newPage();
      await control.goto(`chrome-extension://${b.extensionId}/options.html`);
    }
    // Playwright's own types unbox the argument (handles); plain JSON values go through unchanged.
    return control.evaluate(fn as (arg: unknown) => Promise<R>, arg);
  }
  const holds = (): Promise<Record<string, number>> => ext(async () => ((await chrome.storage.session.get('sourcelightHold')).sourcelightHold ?? {}) as Record<string, number>, null);
  /**
   * Hold analysis requests from pages at `path` without an answer in the next `n` lives of the worker: a worker that
   * took one holds every request from the path until it is stopped (entrypoints/background.ts).
   */
  const hold = (path: string, n: number): Promise<void> => ext(async ([p, k]) => {
    const cur = ((await chrome.storage.session.get('sourcelightHold')).sourcelightHold ?? {}) as Record<string, number>;
    await chrome.storage.session.set({ sourcelightHold: { ...cur, [p]: k } });
  }, [path, n] as const);
  /** Wait until the lives left for `path` are down to `left`: the running worker is holding its requests. */
  async function waitHolds(path: string, left: number, timeout = 30_000): Promise<void> {
    const end = Date.now() + timeout;
    while ((await holds())[path] !== left) {
      if (Date.now() > end) throw new Error(`the worker never held a request from ${path} (holds ${JSON.stringify(await holds())})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  /** How many analysis requests the worker has had from a tab (test builds count them in session storage). */
  const analyses = (tabId: number): Promise<number> => ext(async (id) => (((await chrome.storage.session.get('sourcelightAnalyses')).sourcelightAnalyses ?? {}) as Record<string, number>)[id] ?? 0, tabId);
  /** The page's state as the popup sees it, asked from an extension page. */
  const extState = (tabId: number): Promise<State> => ext(async (id) => {
    const a = await chrome.tabs.sendMessage(id, { type: 'getState', data: {} }).catch(() => undefined) as { ok?: boolean; json?: string } | undefined;
    return a?.ok && a.json ? JSON.parse(a.json) as State : { state: 'none' };
  }, tabId);
  async function waitExtState(tabId: number, want: string, timeout = 30_000): Promise<State> {
    const end = Date.now() + timeout;
    for (;;) {
      const s = await extState(tabId);
      if (s.state === want || Date.now() > end) return s;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  // A failed test must not leave a hold behind for the next one.
  afterEach(async () => { await ext(() => chrome.storage.session.remove('sourcelightHold'), null); });

  it('asks a worker that died mid-analysis once more', async () => {
    server.route('/dies.html', testPage('Dies', `<article>${QUOTES}</article>`));
    await hold('/dies.html', 1);
    const { page: p, tabId } = await open('/dies.html');
    await waitHolds('/dies.html', 0);
    const asked = await analyses(tabId);
    expect((await extState(tabId)).state, `${asked} request(s) held`).toBe('analysing');
    expect(await b.stopWorker()).toBe(true);
    const s = await waitExtState(tabId, 'ready');
    expect(s.state, JSON.stringify(s)).toBe('ready');
    // The answer came from a new worker, to the content script's second asking.
    expect(await analyses(tabId)).toBeGreaterThan(asked);
    expect((await highlightCounts(p)).direct).toBe(2);
    await p.close();
  });

  it('after a second death, says so in plain words and retries from the popup', async () => {
    server.route('/dies-twice.html', testPage('Dies twice', `<article>${QUOTES}</article>`));
    await hold('/dies-twice.html', 2);
    const { page: p, tabId } = await open('/dies-twice.html');
    await waitHolds('/dies-twice.html', 1);
    expect(await b.stopWorker()).toBe(true);
    // The content script asks once more, and that request is held too: the worker dies a second time under it.
    await waitHolds('/dies-twice.html', 0);
    expect(await b.stopWorker()).toBe(true);
    const failed = await waitExtState(tabId, 'error');
    expect(failed.state).toBe('error');
    const pop = await popup(tabId);
    await pop.waitForSelector('[data-state="error"] button.retry');
    const text = (await pop.textContent('#content')) ?? '';
    expect(text).toContain('background part stopped');
    expect((await highlightCounts(p)).direct).toBe(0);
    expect(text).not.toMatch(/listener|message channel|asynchronous/iu);
    await pop.click('button.retry');
    await pop.waitForSelector('#summary', { timeout: 30_000 });
    expect((await highlightCounts(p)).direct).toBe(2);
    await pop.close();
    await p.close();
  });

  it('runs one session per page when the popup opens while the page is still loading', async () => {
    await b.context.route('**/slow.js', async (route) => { await new Promise((r) => setTimeout(r, 2500)); await route.fulfill({ contentType: 'text/javascript', body: '' }); });
    server.route('/loading.html', testPage('Loading', `<article id="a">${QUOTES}</article><script src="/slow.js"></script>`));
    const p = await b.context.newPage();
    const url = `${server.url}/loading.html`;
    void p.goto(url).catch(() => undefined);
    await p.waitForSelector('#a');
    const tabId = await ext(async (u) => {
      for (let i = 0; i < 100; i++) {
        const t = (await chrome.tabs.query({})).find((x) => x.url === u);
        if (t?.id !== undefined) return t.id;
        await new Promise((r) => setTimeout(r, 50));
      }
      return -1;
    }, url);
    const pop = await popup(tabId);
    await pop.waitForSelector('#summary', { timeout: 15_000 });
    await p.waitForLoadState('load');
    await p.waitForTimeout(1000);
    // After load, the popup's session and the registered script's would both answer: only one may exist.
    const count = (): Promise<number> => analyses(tabId);
    const before = await count();
    await p.evaluate(() => { const x = document.createElement('p'); x.textContent = '“One more thing,” said Tom Reyes, leaving the room.'; document.getElementById('a')?.append(x); });
    await p.waitForFunction(() => (CSS.highlights.get('sourcelight-direct')?.size ?? 0) === 3, undefined, { timeout: 5000 });
    await p.waitForTimeout(1500);
    expect(await count()).toBe(before + 1);
    expect((await extState(tabId)).state).toBe('ready');
    const box = await p.evaluate(() => { const r = [...(CSS.highlights.get('sourcelight-direct') as unknown as Set<Range>)][0].getClientRects()[0]; return { x: r.left + 5, y: r.top + r.height / 2 }; });
    await p.mouse.move(box.x, box.y);
    await waitForTooltip(b.context, p);
    expect(await p.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length)).toBe(1);
    await b.context.unroute('**/slow.js');
    await pop.close();
    await p.close();
  });
});
