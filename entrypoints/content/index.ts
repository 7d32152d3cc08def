/**
 * Content script: wires the page session to the background engine, the settings and the popup. Registered at run
 * time only for sites the reader granted, or injected by the popup through activeTab.
 */
import { PageSession } from '../../src/dom/page';
import { onContentMessage, sendToBackground } from '../../src/messaging/bus';
import type { PageState } from '../../src/messaging/messages';
import { isEnabledFor, siteOf } from '../../src/settings/sites';
import { loadSettings, onSettingsChanged } from '../../src/settings/store';
import './style.css';

const LOADED = Symbol.for('sourcelight.content');

export default defineContentScript({
  registration: 'runtime',
  matches: ['https://*/*', 'http://*/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The isolated world's global (never visible to the page) stops a second injection from running twice.
    const g = globalThis as unknown as Record<symbol, boolean>;
    if (g[LOADED]) return;
    g[LOADED] = true;

    const site = siteOf(location.href);
    let count: number | null = null;
    const report = (state: PageState): void => {
      const next = state.state === 'ready' ? state.report.quotes.length : null;
      if (next === count || ctx.isInvalid) return;
      count = next;
      try {
        void sendToBackground('count', { count }).catch(() => undefined);
      } catch {
        // The extension was reloaded: nothing to tell.
      }
    };
    const settings = await loadSettings();
    const session = new PageSession(document, {
      show: settings.show,
      theme: settings.theme,
      analyze: async (blocks) => {
        const r = await sendToBackground('analyze', { blocks, url: location.href });
        if (!r || typeof r !== 'object' || !('quotes' in r)) throw new Error((r as { error?: string } | null)?.error ?? 'analysis failed');
        return r;
      },
      onState: report,
      // Test builds only (compiled out of shipped builds): exercise the element-wrapping fallback in a real browser.
      forceElements: import.meta.env.MODE === 'e2e' && location.hash.includes('sourcelight-elements'),
    });

    let enabled = site !== null && isEnabledFor(settings, site);

    onContentMessage({
      getState: () => session.state,
      reveal: ({ quoteId }) => session.reveal(quoteId),
      step: ({ direction }) => session.step(direction === -1 ? -1 : 1),
      setEnabled: async ({ enabled: on }) => {
        enabled = on;
        if (on) await session.start();
        else session.stop();
        return session.state;
      },
    });

    let look = JSON.stringify([settings.show, settings.theme]);
    const unwatch = onSettingsChanged((s) => {
      if (!site) return;
      const nextLook = JSON.stringify([s.show, s.theme]);
      if (nextLook !== look) {
        look = nextLook;
        void session.configure(s.show, s.theme);
      }
      const on = isEnabledFor(s, site);
      if (on === enabled) return;
      enabled = on;
      if (on) void session.start();
      else session.stop();
    });

    // SPA navigation: the article changes under the same document. The event fires as the URL changes, before the
    // app renders the new article, so the re-scan waits a moment (the mutation observer catches later renders).
    let navigation: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!enabled) return;
      clearTimeout(navigation);
      navigation = ctx.setTimeout(() => void session.restart(), 300);
    });
    // Extension reloaded or updated: this script is orphaned; stop quietly and leave the page as it was. WXT notices
    // invalidation when one of its timers fires, so a light heartbeat makes sure it is noticed within a second.
    ctx.setInterval(() => undefined, 1000);
    ctx.onInvalidated(() => {
      try {
        unwatch();
      } catch {
        // The storage API is gone with the old extension context.
      }
      session.stop();
      g[LOADED] = false;
    });

    if (enabled) await session.start();
    else session.stop();
  },
});
