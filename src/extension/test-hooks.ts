/**
 * Test builds only (`wxt build --mode e2e`; the background calls this behind `import.meta.env.MODE === 'e2e'`, so
 * shipped builds compile it out). Headless browsers cannot press a command's global shortcut or click the toolbar
 * button, and Firefox's WebDriver BiDi will not navigate to `moz-extension://` pages, so the test build offers:
 *  - `globalThis.sourcelightCommand(command, tabId, url?)`: run a keyboard command as the shortcut would (but outside a
 *    key press, so a permission request in it is refused as a browser refuses one without a user gesture);
 *  - `http://127.0.0.1:<port>/__sourcelight-e2e/open?page=popup.html&target=<page url>`: loading this address makes
 *    the extension itself turn that tab into its popup (or options page) for the tab showing <page url>, a tab the
 *    test can then drive in either browser.
 */
import { browser } from 'wxt/browser';
import { runCommand } from './commands';

/**
 * Run a command on a tab as its shortcut would, but without the key press's user gesture. A key press also grants
 * activeTab, which lets the browser pass the tab's address; here the test passes it for sites the build cannot read.
 */
async function command(name: string, tabId: number, url?: string): Promise<string> {
  return runCommand(name, { id: tabId, url: url ?? (await browser.tabs.get(tabId)).url ?? '' });
}

export const OPEN_PATH = '/__sourcelight-e2e/open';
const PAGES = new Set(['popup.html', 'options.html', 'sources.html']);

async function openExtensionPage(tabId: number, url: URL): Promise<void> {
  const page = url.searchParams.get('page') ?? '';
  if (!PAGES.has(page)) return;
  const query = new URLSearchParams();
  const target = url.searchParams.get('target');
  if (target) {
    const tabs = await browser.tabs.query({});
    // A site the build has no access to hides its tabs' addresses: then the target is the tab used last before this one.
    const tab = tabs.find((t) => t.url === target)
      ?? tabs.filter((t) => t.id !== tabId && t.url === undefined).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (tab?.id !== undefined) query.set('tabId', String(tab.id));
    if (tab?.url === undefined) query.set('url', target);
  }
  const suffix = query.size ? `?${query.toString()}` : '';
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(`/${page}${suffix}` as '/popup.html') });
}

export function installTestHooks(): void {
  (globalThis as unknown as Record<string, unknown>).sourcelightCommand = command;
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    let url: URL;
    try {
      url = new URL(change.url);
    } catch {
      return;
    }
    if (url.hostname === '127.0.0.1' && url.pathname === OPEN_PATH) void openExtensionPage(tabId, url).catch((e: unknown) => console.warn('Sourcelight test hook failed', e));
  });
}
