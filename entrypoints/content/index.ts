/**
 * Content script: wires the page session to the background engine, the settings and the popup. Registered at run
 * time only for sites the reader granted, or injected by the popup through activeTab.
 *
 * Nothing the page does can switch it off or make it work: WXT's content-script context is not used at all (a page
 * can abort it by dispatching the event WXT uses to retire old scripts, and can fake WXT's location-change event),
 * and WXT's `postMessage` announcement, which told every page the extension id, is switched off. The script notices
 * on its own when its extension is gone, and SPA navigation is seen through `location.href`, which the page cannot
 * fake in this isolated world.
 */
import { PageSession } from '../../src/dom/page';
import { insertedEarly } from '../../src/extension/early-styles';
import { renderedCheck } from '../../src/dom/visible';
import { t } from '../../src/i18n';
import { MessageError, onContentMessage, sendToBackground } from '../../src/messaging/bus';
import { withRetry } from '../../src/messaging/retry';
import type { PageState } from '../../src/messaging/messages';
import type { Report } from '../../src/engine/types';
import { statements } from '../../src/report/group';
import { isEnabledFor, siteOf } from '../../src/settings/sites';
import { loadSettings, onSettingsChanged } from '../../src/settings/store';
import './style.css';

/** One session per page: a second injection (popup and registration racing) leaves the first in charge. */
const OWNER = Symbol.for('sourcelight.content');
const HEARTBEAT_MS = 1000;

type Owner = { alive(): boolean };

/** The extension is still there (after a reload or removal, this script's runtime has no id). */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Ask the background to analyse, again where a worker stopped or could not be reached (src/messaging/retry.ts). */
function analyzeOrRetry(blocks: string[]): Promise<Report> {
  return withRetry(() => sendToBackground('analyze', { blocks, url: location.href }));
}

function describeError(e: unknown): string {
  if (e instanceof MessageError) return e.failure === 'handler' ? t('errorEngine') : t('errorWorker');
  return t('errorPage');
}

export default defineContentScript({
  registration: 'runtime',
  matches: ['https://*/*', 'http://*/*'],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main() {
    const g = globalThis as unknown as Record<symbol, Owner | undefined>;
    if (g[OWNER]?.alive()) return;
    let stopped = false;
    g[OWNER] = { alive: () => !stopped && extensionAlive() };

    const site = siteOf(location.href);
    let count: number | null = null;
    const updateBadge = (state: PageState): void => {
      // The badge counts what the popup lists: a quotation inside a passage of the same source is one statement.
      const next = state.state === 'ready' ? statements(state.report).length : null;
      if (next === count || stopped) return;
      count = next;
      try {
        void sendToBackground('count', { count }).catch(() => undefined);
      } catch {
        // The extension was reloaded: nothing to tell.
      }
    };
    const settings = await loadSettings();
    const rendered = renderedCheck(window);
    // Test builds only (compiled out of shipped builds): the first n readings fail, to drive the error state and retry.
    let faults = import.meta.env.MODE === 'e2e' ? Number(/sourcelight-fault=(\d)/u.exec(location.hash)?.[1] ?? 0) : 0;
    // Highlight styles as a user stylesheet, whose !important rules page CSS cannot override (best effort: the
    // author-level copy injected with the script still paints if this fails). In Chromium the registered
    // document-start script asks for it before the page is built (entrypoints/styles.content.ts): added to a built
    // page it restyles every element at once (586–687 ms on a 20 MB page). Otherwise asked for once the article is
    // read: a stylesheet added while the page is read makes the next computed-style read restyle the whole page (5-17
    // ms on the benchmark's news pages); added now, that restyle runs while the worker analyses.
    let styled = false;
    const analyze = (blocks: string[]): Promise<Report> => {
      if (!styled) {
        styled = true;
        void insertedEarly()
          .then((early) => (early ? undefined : sendToBackground('insertStyles', {})))
          .catch(() => { styled = false; });
      }
      return analyzeOrRetry(blocks);
    };
    const session = new PageSession(document, {
      show: settings.show,
      theme: settings.theme,
      analyze,
      onState: updateBadge,
      visible: (el) => {
        if (faults) { faults--; throw new Error('injected fault'); }
        return rendered(el);
      },
      describeError,
      // Test builds only (compiled out of shipped builds): exercise the element-wrapping fallback in a real browser.
      forceElements: import.meta.env.MODE === 'e2e' && location.hash.includes('sourcelight-elements'),
      // Chromium builds put the highlight rules on the root only (src/extension/highlight-css.ts): a page that
      // overrides them below it gets them for every element, as a user stylesheet.
      onStylesOverridden: import.meta.env.BROWSER === 'firefox' ? undefined : () => {
        void sendToBackground('insertStyles', { everyElement: true }).catch(() => undefined);
      },
    });

    let enabled = site !== null && isEnabledFor(settings, site);
    // The worker is woken (and warms the engine up) while the article is read: after ~30 s idle it has stopped.
    let woken = false;
    const start = async (): Promise<void> => {
      if (!woken) { woken = true; void sendToBackground('warmUp', {}).catch(() => { woken = false; }); }
      await session.start();
    };

    const unlisten = onContentMessage({
      getState: () => session.state,
      reveal: ({ quoteId }) => session.reveal(quoteId),
      step: ({ direction }) => session.step(direction === -1 ? -1 : 1),
      setEnabled: async ({ enabled: on }) => {
        enabled = on;
        if (on) await start();
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
      if (on) void start();
      else session.stop();
    });

    // One timer for the script's whole life: notices that the extension is gone (reloaded or removed: stop quietly
    // and leave the page as it was), repairs highlights the page tampered with, and notices URL changes.
    const heartbeat = setInterval(() => {
      if (!extensionAlive()) {
        stopped = true;
        clearInterval(heartbeat);
        for (const off of [unlisten, unwatch]) {
          try {
            off();
          } catch {
            // The extension API is gone with the old extension context.
          }
        }
        session.stop();
        return;
      }
      session.check();
    }, HEARTBEAT_MS);

    if (enabled) await start();
    else session.stop();
  },
});
