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
    // The highlight styles as a user stylesheet, in place before the page is built: added to a built page, a
    // stylesheet restyles every element at once (Chromium: 586–687 ms on a 20 MB page). Chromium 156 refuses
    // `cssOrigin` here, so a document-start script asks for the sheet there (styles.content.ts); Firefox (≥ 144)
    // registers the sheet itself, with no message (a document-start request made the extension's own pages open
    // late in the Firefox tests), and its script only notes that the sheet is there. Firefox 140-143 reject
    // `cssOrigin` (ESR 140 is the one Debian ships at times): there the script asks, as in Chromium.
    const firefox = import.meta.env.BROWSER === 'firefox';
    const scripts = (userSheet: boolean): Parameters<typeof browser.scripting.registerContentScripts>[0] => [{
      id: STYLES_SCRIPT_ID,
      matches: origins,
      js: [STYLES_JS],
      ...(userSheet ? { css: [CONTENT_CSS], cssOrigin: 'user' } : {}),
      runAt: 'document_start' as const,
      allFrames: false,
      persistAcrossSessions: true,
    }, {
      id: SCRIPT_ID,
      matches: origins,
      js: [CONTENT_JS],
      // Firefox inserts a registered script's CSS when the script runs (document idle here): the user sheet above
      // replaces it. Chromium inserts it before the page is built, an author copy that paints if the user sheet fails.
      ...(firefox ? {} : { css: [CONTENT_CSS] }),
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    }] as Parameters<typeof browser.scripting.registerContentScripts>[0];
    if (!firefox) await browser.scripting.registerContentScripts(scripts(false));
    else {
      // (Firefox checks the arguments before it returns a promise: the rejection is a throw.)
      try {
        await browser.scripting.registerContentScripts(scripts(true));
      } catch {
        await browser.scripting.registerContentScripts(scripts(false));
      }
    }
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
