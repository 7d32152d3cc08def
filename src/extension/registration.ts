/**
 * Content scripts run only where the reader granted host access (uBlock Origin Lite's model): the script is
 * registered at run time for exactly the granted origins and re-registered whenever grants change.
 */
import { browser } from 'wxt/browser';

export const SCRIPT_ID = 'sourcelight';
/** The document-start script that asks for the user stylesheet before the page is built (styles.content.ts). */
export const STYLES_SCRIPT_ID = 'sourcelight-styles';
export const CONTENT_JS = 'content-scripts/content.js';
export const STYLES_JS = 'content-scripts/styles.js';
export const CONTENT_CSS = 'content-scripts/content.css';
/** Chromium builds: the highlight rules written for every element (wxt.config.ts copies entrypoints/content/style.css),
 *  for a page that overrode the root-only rules of CONTENT_CSS (src/extension/highlight-css.ts). */
export const EVERY_ELEMENT_CSS = 'content-scripts/every-element.css';

/** Granted web origins (http/https patterns), from optional host permissions. */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter((o) => /^(\*|https?):\/\//u.test(o));
}

async function register(): Promise<string[]> {
  const origins = await grantedOrigins();
  const ids = [SCRIPT_ID, STYLES_SCRIPT_ID];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (origins.length) {
    // Chromium only: there a stylesheet inserted after the page is built costs a whole-page style recalculation
    // (measured); Firefox keeps asking at document idle, its extension pages opened late beside a document-start
    // request in the browser tests (navigation timeouts in firefox.e2e), and its cost there was not measured.
    const early = import.meta.env.BROWSER === 'firefox' ? [] : [{
      id: STYLES_SCRIPT_ID,
      matches: origins,
      js: [STYLES_JS],
      runAt: 'document_start' as const,
      allFrames: false,
      persistAcrossSessions: true,
    }];
    await browser.scripting.registerContentScripts([...early, {
      id: SCRIPT_ID,
      matches: origins,
      js: [CONTENT_JS],
      css: [CONTENT_CSS],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    }]);
  }
  return origins;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Register the content script for exactly the granted origins. Calls run one after another: a grant fires
 * `permissions.onAdded` while the popup asks for the same re-registration, and two interleaved
 * unregister/register sequences would collide on the script id. Rejects with the browser's reason.
 */
export function syncRegistration(): Promise<string[]> {
  const run = queue.then(register, register);
  queue = run.catch(() => undefined);
  return run;
}

/** Run Sourcelight in a tab now (activeTab or a granted origin). Safe to call twice: the script guards itself. */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
  // WXT types `files` as the extension's public paths; the runtime content script is a build output, not public.
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] } as unknown as Parameters<typeof browser.scripting.executeScript>[0]);
}
