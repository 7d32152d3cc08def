/**
 * Asks for the highlight styles as a user stylesheet at document start, before the page has built its DOM.
 *
 * A stylesheet added later makes Chromium recompute the style of every element of the page at once (user-origin
 * sheets are not invalidated selectively): 586–687 ms on a 20 MB page when the content script asked for it at
 * document idle. Registered for the same sites as the content script (src/extension/registration.ts); the content
 * script, which shares this isolated world, asks only when this did not run (a page the popup injected it into).
 */
import { sendToBackground } from '../src/messaging/bus';
import { EARLY_STYLES, sheetRegisteredWithScript } from '../src/extension/early-styles';

export default defineContentScript({
  registration: 'runtime',
  matches: ['https://*/*', 'http://*/*'],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    const g = globalThis as unknown as Record<symbol, Promise<void> | undefined>;
    // Firefox ≥ 144 registers the sheet with this script (src/extension/registration.ts): nothing to ask for.
    g[EARLY_STYLES] ??= sheetRegisteredWithScript(navigator.userAgent) ? Promise.resolve() : sendToBackground('insertStyles', {});
  },
});
