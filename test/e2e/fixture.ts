/// <reference types="chrome" />
/**
 * The one set-up every browser suite uses: a local server (127.0.0.1 only) and a browser with the test build, started
 * before the suite's first test and closed after its last. Call `useChromium()` or `useFirefox()` at the top of a
 * suite; the handles it returns are usable inside tests and hooks (they throw if touched before the browser is up).
 *
 *   const { server, b, open, popup } = useChromium();
 *   it('…', async () => { const { page, tabId } = await open('/article/seed-jerusalem-talks'); … });
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser, Page as FirefoxPage } from 'puppeteer-core';
import type { PageState } from '../../src/messaging/messages';
import type { Settings } from '../../src/settings/sites';
import { launchWithExtension, openPopup, tabIdOf, waitForHighlights, type ExtensionBrowser, type LaunchOptions } from './chromium';
import { firefoxHighlightCounts, launchFirefox, openExtensionPage, type FirefoxLaunchOptions } from './firefox';
import { startServer, type TestServer } from './server';

/** A stand-in that forwards to the object `get()` returns once the suite's browser is up. */
function live<T extends object>(name: string, get: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = get();
      if (!target) throw new Error(`${name} is not ready: use it inside a test or hook`);
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The page's state as the popup sees it (`getState`), or `{ state: 'none' }` while no content script answers. */
export type TestPageState = PageState | { state: 'none' };

export interface ChromiumSuite {
  server: TestServer;
  b: ExtensionBrowser;
  /** Open a path of the test server in a new tab; its extension-side tab id too. */
  open(path: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'commit' }): Promise<{ page: Page; tabId: number; url: string }>;
  /** The popup for a tab, opened as a page (a headless browser cannot click the toolbar button). */
  popup(tabId: number): Promise<Page>;
  /** The options page. */
  options(): Promise<Page>;
  /** What the content script in a tab says about its page. */
  state(tabId: number): Promise<TestPageState>;
  /** Wait until the tab's page is analysed (or the time is up) and return its state. */
  waitReady(tabId: number, timeout?: number): Promise<TestPageState>;
  /** Run a keyboard command as its shortcut would, minus the key press's user gesture (test builds only). */
  command(name: string, tabId: number, url?: string): Promise<string>;
  /** The extension-side id of the tab a page is in (works for sites the extension cannot read, too). */
  tabOf(page: Page): Promise<number>;
  /** Back to the default settings, in local and sync storage. */
  resetSettings(): Promise<void>;
  /** Merge into the stored settings, as if another page had changed them. */
  setSettings(patch: Partial<Settings>): Promise<void>;
}

export interface ChromiumSuiteOptions extends LaunchOptions {
  /** Start every test from the default settings. */
  resetSettings?: boolean;
}

export function useChromium(options: ChromiumSuiteOptions = {}): ChromiumSuite {
  let server: TestServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const b = live('the browser', () => browser);
  const suite: ChromiumSuite = {
    server: live('the test server', () => server),
    b,
    async open(path, { waitUntil = 'load' } = {}) {
      const page = await b.context.newPage();
      const url = `${suite.server.url}${path}`;
      await page.goto(url, { waitUntil });
      return { page, tabId: await tabIdOf(b.worker, url), url };
    },
    popup: (tabId) => openPopup(b, tabId),
    async options() {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/options.html`);
      return page;
    },
    // Answers come in the messaging envelope ({ ok, value }: src/messaging/bus.ts).
    state: (tabId) => b.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'getState', data: {} }) as Promise<{ ok?: boolean; json?: string } | undefined>, tabId)
      .then((a) => (a?.ok && a.json ? JSON.parse(a.json) as PageState : { state: 'none' as const }), () => ({ state: 'none' as const })),
    async waitReady(tabId, timeout = 30_000) {
      const end = Date.now() + timeout;
      for (;;) {
        const s = await suite.state(tabId);
        if (s.state === 'ready' || Date.now() > end) return s;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    command: (name, tabId, url) => b.worker.evaluate(([c, id, u]) => (globalThis as unknown as { sourcelightCommand(c: string, id: number, u?: string): Promise<string> }).sourcelightCommand(c, id, u ?? undefined), [name, tabId, url ?? null] as const),
    async tabOf(page) {
      await page.bringToFront();
      return b.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    },
    async resetSettings() {
      await b.worker.evaluate(async () => { await chrome.storage.local.remove('settings'); await chrome.storage.sync.remove('settings'); });
    },
    async setSettings(patch) {
      await b.worker.evaluate(async (p) => {
        const cur = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
        await chrome.storage.local.set({ settings: { ...cur, ...p } });
      }, patch as Record<string, unknown>);
    },
  };
  if (options.resetSettings) beforeEach(() => suite.resetSettings());
  return suite;
}

export { waitForHighlights };

export interface FirefoxSuite {
  server: TestServer;
  browser: Browser;
  /** Open a path of the test server in a new tab. */
  open(path: string): Promise<{ page: FirefoxPage; url: string }>;
  /**
   * Open a path and wait for its highlights. The add-on registers its content script as it starts, so a page opened
   * right after start-up may be reloaded a few times before the script runs on it.
   */
  openHighlighted(path: string, timeout?: number): Promise<{ page: FirefoxPage; url: string; counts: Record<string, number> }>;
  /** The popup for the tab showing `url`, in a tab the extension opened (see firefox.ts). */
  popup(url: string): Promise<FirefoxPage>;
  options(): Promise<FirefoxPage>;
  /** One extension page kept open for the whole suite (closed with it), to ask and set what extension pages can. */
  control(): Promise<FirefoxPage>;
  /** The page state of the tab showing `url` ({ state: 'none' } without one), asked from `control()` as the popup
   *  asks it. */
  tabState(url: string): Promise<FirefoxTabState>;
}

export type FirefoxTabState = { state: string; analyses?: number; repaired?: number; report?: { quotes: Array<{ text: string; speaker: string | null }> } };

export function useFirefox(options: FirefoxLaunchOptions = {}): FirefoxSuite {
  let server: TestServer | undefined;
  let running: Browser | undefined;
  let control: FirefoxPage | undefined;
  beforeAll(async () => {
    server = await startServer();
    running = (await launchFirefox(options)).browser;
  });
  afterAll(async () => {
    await control?.close().catch(() => undefined);
    await running?.close();
    await server?.close();
  });
  const browser = live('Firefox', () => running);
  const suite: FirefoxSuite = {
    server: live('the test server', () => server),
    browser,
    async open(path) {
      const page = await browser.newPage();
      const url = `${suite.server.url}${path}`;
      await page.goto(url);
      return { page, url };
    },
    async openHighlighted(path, timeout = 20_000) {
      const { page, url } = await suite.open(path);
      const end = Date.now() + timeout;
      for (;;) {
        const started = Date.now();
        while (Date.now() - started < 1500) {
          const counts = await firefoxHighlightCounts(page);
          if (counts.direct + counts.indirect + counts.anonymous > 0) return { page, url, counts };
          await new Promise((r) => setTimeout(r, 100));
        }
        if (Date.now() > end) return { page, url, counts: await firefoxHighlightCounts(page) };
        await page.reload();
      }
    },
    popup: (url) => openExtensionPage(browser, suite.server.url, 'popup.html', url),
    options: () => openExtensionPage(browser, suite.server.url, 'options.html'),
    async control() {
      control ??= await suite.options();
      return control;
    },
    async tabState(url) {
      return (await suite.control()).evaluate(async (u) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const tab = (await api.tabs.query({})).find((x) => x.url === u);
        if (tab?.id === undefined) return { state: 'none' };
        const a = await api.tabs.sendMessage(tab.id, { type: 'getState', data: {} }).catch(() => undefined) as { ok?: boolean; json?: string } | undefined;
        return a?.ok && a.json ? JSON.parse(a.json) as FirefoxTabState : { state: 'none' };
      }, url);
    },
  };
  return suite;
}

/** A small test page: UTF-8, no favicon request, the given body and extra head. */
export function testPage(title: string, body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** Three attributed paragraphs: two direct quotes (Lena Ortiz, Tom Reyes) and one anonymous source. */
export const QUOTES = `<p>“The bridge will reopen on Monday,” said Mayor Lena Ortiz after the council meeting.</p>
<p>Officials said the repairs cost more than planned, according to people familiar with the matter.</p>
<p>“We did everything by the book,” said Tom Reyes, the chief engineer, on Tuesday evening.</p>`;

/** The ways text is hidden that the invisible-text page uses, one paragraph each. */
export const HIDDEN_STYLES = ['display:none', 'visibility:hidden', 'font-size:0', 'opacity:0', 'position:absolute;left:-9999px', 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)'];

/**
 * The hostile pages of issue 15 that both browsers face (robust.e2e and robust-firefox.e2e), built in one place so
 * Chromium and Firefox are tested on the same HTML.
 */
export const attackPages = {
  /** Records every message posted to the page (`window.__msgs`), to see whether one carries the extension id. */
  switchOff: (): string => testPage('Off', `<article>${QUOTES}</article>`, `<script>window.__msgs = []; addEventListener('message', (e) => window.__msgs.push(JSON.stringify(e.data)));</script>`),
  /** Defines `sourcelight-tooltip` (to grab `attachInternals()`), rewrites and hides every foreign child of `<html>`. */
  seal: (): string => testPage('Seal', `<article>${QUOTES}</article>`, `<style>html > *:not(head):not(body)::after { content: 'Verified: Official Spokesman' !important; }
html > *:not(head):not(body) { display: none !important; }</style>
<script>customElements.define('sourcelight-tooltip', class extends HTMLElement { constructor() { super(); window.__internals = this.attachInternals(); } });</script>`),
  /** Page CSS that hides the direct-quote highlight. */
  hide: (): string => testPage('Hide', `<article>${QUOTES}</article>`, `<style>::highlight(sourcelight-direct) { background-color: transparent !important; text-decoration: none !important; }</style>`),
  /** "said <hidden>Vladimir Putin, not </hidden>Anna Visible", once per HIDDEN_STYLES entry. */
  invisible: (): string => testPage('Invisible', `<article>${HIDDEN_STYLES.map((css, i) => `<p>“Quote number ${i + 1} says the talks are over and the deal is dead,” said <span style="${css}">Vladimir Putin, not </span>Anna Visible, on Tuesday.</p>`).join('\n')}</article>`),
  /** Form fields named after the DOM properties a reader uses, inside the article. */
  clobber: (): string => testPage('Clobber', `<article>${QUOTES}
<form><input name="tagName"><input name="getAttribute"><input name="parentElement"><input name="nodeType"><input name="childNodes"><input name="hasAttribute"><p>A form inside the article.</p></form>
<p>“The form does not matter,” said Ada Quill, the editor.</p></article>`),
  /**
   * A live shell: a clock rewritten every 300 ms, and `window.addArticle()` to add QUOTES later. `shell` is the
   * text beside the clock before the article comes.
   */
  clock: (shell = ''): string => testPage('Clock', `<div class="clock" id="clock">00:00:00</div><div id="app">${shell}</div>
<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = 'Updated ' + (++n) + ' ticks ago'; }, 300);
window.addArticle = () => { const a = document.createElement('article'); a.innerHTML = ${JSON.stringify(QUOTES)}; document.getElementById('app').append(a); };</script>`),
};

/**
 * Run in the page (pass to `evaluate` with the extension id): what a page can dispatch and post to abort WXT's
 * content script or make it re-read — the "started" event as a CustomEvent and a message, and 50 location changes.
 */
export function forgeWxtEvents(id: string): void {
  const started = `${id}:content:wxt:content-script-started`;
  document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'page' } }));
  window.postMessage({ type: started, contentScriptName: 'content', messageId: 'page' }, '*');
  for (let i = 0; i < 50; i++) window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
}
