/// <reference types="chrome" />
/** Debian's Chromium with the unpacked test build loaded, driven by playwright-core. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_CANDIDATES, findChromium } from '../../scripts/browsers.mjs';

export const CHROME_BUILD = resolve('.output/chrome-mv3-e2e');

/** Switches for a quiet, local-only headless browser (tests and bench alike). */
export const QUIET_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(`Chromium not found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). Install it: apt-get install -y chromium`);
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker as it is now (a stopped worker comes back as a new one). */
  readonly worker: Worker;
  extensionId: string;
  /**
   * Stop the extension's service worker, as Chrome does after about 30 s idle: the next event starts it cold.
   * Resolves true once the DevTools protocol reports it stopped (within 10 s), false otherwise.
   */
  stopWorker(): Promise<boolean>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (default: the e2e build). */
  build?: string;
  /** Extra command-line switches. */
  args?: string[];
}

/** Loopback hosts: 127.0.0.1, [::1], and localhost with its subdomains (with or without a trailing dot). */
export function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === '[::1]' || /^(?:[^/]*\.)?localhost\.?$/u.test(hostname);
}

/**
 * Refuse every request that would leave the machine, at once instead of timing out. `localhost` reaches the same
 * test server as 127.0.0.1 but is another site, one the test build holds no access to.
 */
export async function localOnly(context: BrowserContext): Promise<void> {
  await context.route((url) => !isLoopback(url.hostname) && (url.protocol === 'http:' || url.protocol === 'https:'), (route) => route.abort());
}

export async function launchWithExtension(options: string | LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { build = CHROME_BUILD, args = [] } = typeof options === 'string' ? { build: options } : options;
  if (!existsSync(resolve(build, 'manifest.json'))) throw new Error(`no extension build at ${build}: run the e2e build first`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, ...QUIET_ARGS, ...args],
  });
  await localOnly(context);
  const first = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(first.url()).host;
  const current = (): Worker => context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)).at(-1) ?? first;
  // The content script is registered at run time (onInstalled): wait for it before opening pages.
  for (let i = 0; i < 100; i++) {
    const ids = await current().evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    if (ids.includes('sourcelight')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // The DevTools protocol's view of the extension's workers: Playwright keeps listing a stopped worker (Chrome reuses
  // its target when it starts again) and sends it no "close" until it restarts, so stopping is confirmed here.
  let cdp: { page: Page; session: CDPSession } | null = null;
  const ours = (scriptURL: string): boolean => scriptURL.startsWith(`chrome-extension://${extensionId}/`);
  const running = new Map<string, string>();
  let stops = 0;
  return {
    context,
    get worker() { return current(); },
    extensionId,
    async stopWorker() {
      if (!cdp) {
        const page = await context.newPage();
        const session = await context.newCDPSession(page);
        session.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) => {
          for (const v of versions) {
            if (!ours(v.scriptURL)) continue;
            if (v.runningStatus === 'stopped' && running.get(v.versionId) !== 'stopped') stops++;
            running.set(v.versionId, v.runningStatus);
          }
        });
        await session.send('ServiceWorker.enable');
        cdp = { page, session };
      }
      const before = stops;
      const allStopped = (): boolean => running.size > 0 && [...running.values()].every((s) => s === 'stopped');
      await cdp.session.send('ServiceWorker.stopAllWorkers');
      // Stopped once the protocol says so (something may start it again at once: a content script's retry).
      const end = Date.now() + 10_000;
      while (stops === before && !allStopped()) {
        if (Date.now() > end) return false;
        await new Promise((r) => setTimeout(r, 25));
      }
      return true;
    },
    close: () => context.close(),
  };
}

/** The id of the tab showing `url`, from the extension's side. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const id = await worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

/** Sizes of Sourcelight's highlights in a page (the registry is per document, so the page's world sees it). */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const kind of ['direct', 'indirect', 'anonymous', 'flash']) out[kind] = CSS.highlights.get(`sourcelight-${kind}`)?.size ?? 0;
    return out;
  });
}

export async function waitForHighlights(page: Page, timeout = 15_000): Promise<Record<string, number>> {
  const end = Date.now() + timeout;
  for (;;) {
    const counts = await highlightCounts(page);
    if (counts.direct + counts.indirect + counts.anonymous > 0 || Date.now() > end) return counts;
    await page.waitForTimeout(100);
  }
}

export async function openPopup(b: Pick<ExtensionBrowser, 'context' | 'extensionId'>, tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
