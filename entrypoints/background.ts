/**
 * Background: runs the engine (compromise stays out of the content script), keeps the toolbar badge, and keeps the
 * content-script registration in step with the host permissions the reader granted.
 */
import { browser } from 'wxt/browser';
import { analyzeBlocks } from '../src/engine/index';
import { warmUpSteps } from '../src/engine/warm-up';
import { loadWordLists } from '../src/engine/wordlists';
import { fillDeferredWords } from '../src/extension/deferred-words';
import { CONTENT_CSS, EVERY_ELEMENT_CSS, syncRegistration } from '../src/extension/registration';
import { recordAnalysis } from '../src/history/hook';
import { onBackgroundMessage } from '../src/messaging/bus';
import { onCommand } from '../src/extension/commands';
import { isEnabledFor, siteOf } from '../src/settings/sites';
import { loadSettings } from '../src/settings/store';
import { installTestHooks } from '../src/extension/test-hooks';

/**
 * Test builds only: counts analysis requests per tab (one session per page shows as one request per change), and
 * holds requests from pages at a path without an answer, so a test can stop the worker while an analysis is in
 * flight. `sourcelightHold[path]` is the number of worker lives still to be held: the first request from that path
 * in a worker takes one, and from then on that worker holds every request from the path, so a second request the
 * page happens to send (a late change re-read) cannot be answered behind the test's back; the next worker answers
 * once no lives are left. Both live in session storage, which outlives the worker and which a test reads from an
 * extension page, so nothing the test asks needs this worker to be running; holds are per path, so another tab's
 * analysis can never use up a test's hold.
 */
let probeQueue: Promise<unknown> = Promise.resolve();
const holdingPaths = new Set<string>();
async function analysisProbe(tabId: number | undefined, url: unknown): Promise<void> {
  let path = '';
  try {
    path = new URL(String(url)).pathname;
  } catch {
    // No page address: no hold applies.
  }
  // One read-modify-write at a time: two tabs asking at once must not lose a count or a hold.
  const held = probeQueue.then(async () => {
    const got = await browser.storage.session.get(['sourcelightHold', 'sourcelightAnalyses']) as { sourcelightHold?: Record<string, number>; sourcelightAnalyses?: Record<string, number> };
    const counts = got.sourcelightAnalyses ?? {};
    if (tabId !== undefined) counts[tabId] = (counts[tabId] ?? 0) + 1;
    const holds = got.sourcelightHold ?? {};
    if (!holdingPaths.has(path) && (holds[path] ?? 0) > 0) {
      holds[path] -= 1;
      holdingPaths.add(path);
    }
    await browser.storage.session.set({ sourcelightHold: holds, sourcelightAnalyses: counts });
    return holdingPaths.has(path);
  });
  probeQueue = held.catch(() => undefined);
  if (await held) await new Promise(() => undefined);
}

/**
 * Cold start: a stopped worker is started by a page's first message, the content script's `warmUp`, which it sends
 * before it reads the article. The worker then warms the engine up (word lists decoded, patterns
 * compiled, code warmed) while the page is being read, in steps of a few milliseconds between which an analysis
 * request is answered first; once one has come, the rest of the warm-up is skipped. Without it, the first analysis
 * after a cold start paid for all of that itself.
 */
let engineUsed = false;
let warming = false;
function warmUpEngine(): void {
  if (warming || engineUsed) return;
  warming = true;
  void wordLists.then(warmUpSteadily, () => undefined);
}
function warmUpSteadily(): void {
  const steps = warmUpSteps();
  const next = (): void => {
    const step = steps.shift();
    if (!step || engineUsed) return;
    try {
      step();
    } catch (e) {
      console.warn('Sourcelight: engine warm-up failed', e);
      return;
    }
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

async function warmUpIfOn(url: string | undefined): Promise<void> {
  const site = siteOf(url);
  if (site && isEnabledFor(await loadSettings(), site)) warmUpEngine();
}

/**
 * The engine's word lists, read from the compressed wordlists.bin (scripts/wordlists.ts) as soon as the worker starts:
 * a few milliseconds, done long before a page has been read, and awaited by the first analysis.
 */
let wordLists: Promise<void> = Promise.resolve();

/**
 * User Timing entries in the worker's own timeline (0 = the worker started), which `npm run bench` reads after a cold
 * load: `sourcelight:started` when the script has been evaluated, `sourcelight:word-lists` when the lists are read,
 * and the measure `sourcelight:first-analysis`. A handful of entries per worker life, visible to no page.
 */
const mark = (name: string): void => void performance.mark(`sourcelight:${name}`);

export default defineBackground(() => {
  mark('started');
  const lists = fetch(browser.runtime.getURL('/wordlists.bin' as '/')).then(async (r) => {
    if (!r.ok || !r.body) throw new Error(`wordlists.bin: ${r.status}`);
    await loadWordLists(r.body);
  });
  // The engine's own word sets and entry tables, which the build moved out of this script into data
  // (scripts/deferred-words.ts).
  const tables = fetch(browser.runtime.getURL('/table-words.json' as '/')).then(async (r) => {
    if (!r.ok) throw new Error(`table-words.json: ${r.status}`);
    fillDeferredWords(await r.json() as unknown[]);
  });
  wordLists = Promise.all([lists, tables]).then(() => mark('word-lists'));
  wordLists.catch((e: unknown) => console.warn('Sourcelight: could not read the word lists', e));
  onBackgroundMessage({
    analyze: async ({ blocks, url }, sender) => {
      const first = !engineUsed;
      engineUsed = true;
      const asked = performance.now();
      await wordLists;
      if (import.meta.env.MODE === 'e2e') await analysisProbe(sender.tab?.id, url);
      const safe = Array.isArray(blocks) ? blocks.filter((b): b is string => typeof b === 'string') : [];
      const report = analyzeBlocks(safe, { url: typeof url === 'string' ? url : null });
      if (first) performance.measure('sourcelight:first-analysis', { start: asked });
      // The reader's private record of sourcing, when they keep one (src/history/); never delays the answer.
      void recordAnalysis(report, sender.tab).catch((e: unknown) => console.warn('Sourcelight: could not record the article', e));
      return report;
    },
    warmUp: async () => {
      // A page is about to be read and analysed.
      warmUpEngine();
    },
    insertStyles: async ({ everyElement }, sender) => {
      // In Chromium this comes from the document-start script (entrypoints/styles.content.ts), while the page is
      // still loading: the first sign of a page to analyse, 100-300 ms before the content script's warmUp. Warm up
      // now where Sourcelight is on for the site (the script asks on every granted site).
      void warmUpIfOn(sender.tab?.url).catch(() => undefined);
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      // User-origin !important rules outrank every author rule, so page CSS cannot hide or restyle the highlights.
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      // Chromium builds narrow the file's highlight rules to the root; a page that overrode them below the root gets
      // the rules as written, for every element (src/extension/highlight-css.ts), from a file the build writes.
      const file = everyElement === true && import.meta.env.BROWSER !== 'firefox' ? EVERY_ELEMENT_CSS : CONTENT_CSS;
      await browser.scripting.insertCSS({ target, files: [file], origin: 'USER' });
    },
    count: async ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3cc4' }).catch(() => undefined);
      await browser.action.setBadgeText({ tabId, text: count === null ? '' : count > 999 ? '999+' : String(count) }).catch(() => undefined);
    },
    syncRegistration: async () => {
      await syncRegistration();
    },
  });

  // Keyboard commands: switch the current site, or walk through its quotes.
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number; url?: string }) => void onCommand(command, tab));
  // Test builds only (compiled out of shipped builds): what a headless browser cannot do by hand.
  if (import.meta.env.MODE === 'e2e') installTestHooks();

  const resync = (): void => void syncRegistration().catch((e: unknown) => console.warn('Sourcelight: registration failed', e));
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
});
