/**
 * Safety in Firefox ESR: the highlight styles are a user stylesheet in place before the page is built.
 *
 * A user stylesheet added to a built page makes Firefox restyle the whole page: on a 20 MB page with Sourcelight, the
 * page's 20 ms timer stalled 219 and 274 ms right when the content script asked for the sheet after reading (two
 * loads; README, Safety). Firefox (≥ 144) registers the sheet with a document-start content script as a user sheet
 * (`cssOrigin: 'user'`, src/extension/registration.ts), so it is there before the page has any element to restyle,
 * and the content script never asks for it; Firefox 140-143 reject `cssOrigin`, and there the document-start script
 * asks for the sheet, as in Chromium (the same test passes in ESR 140 and 153). Held here without timing: on a site switched off the content script stops
 * at once and asks for nothing, so a highlight named like Sourcelight's (set by the test) is painted amber through a
 * page rule that hides it only if the registered user sheet is in the page.
 */
import { describe, expect, it } from 'vitest';
import { amberShare } from './firefox';
import { QUOTES, testPage, useFirefox } from './fixture';

const { server, open, control, tabState } = useFirefox();

/** The state of the tab showing `url`, asked from one of the extension's own pages, as the popup asks it. */
const stateOf = async (url: string): Promise<string> => (await tabState(url)).state;

describe('the highlight stylesheet in Firefox ESR', () => {
  it('is a user sheet from document start, never added to a built page', async () => {
    await (await control()).evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const cur = ((await api.storage.local.get('settings')).settings ?? {}) as { sites?: Record<string, boolean> };
      await api.storage.local.set({ settings: { ...cur, sites: { ...(cur.sites ?? {}), '127.0.0.1': false } } });
    });
    server.route('/ff-early-sheet.html', testPage('Early sheet', `<article>${QUOTES}</article>`,
      '<style>article p::highlight(sourcelight-direct) { background-color: transparent !important; text-decoration: none !important; }</style>'));
    const { page: p, url } = await open('/ff-early-sheet.html');
    // The content script ran and stopped (the site is off): it asked for nothing and paints nothing.
    const end = Date.now() + 20_000;
    let state = await stateOf(url);
    while (state !== 'off' && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 200));
      state = await stateOf(url);
    }
    expect(state).toBe('off');
    const rect = await p.evaluate(() => {
      const range = new Range();
      range.selectNodeContents(document.querySelector('p') as Element);
      CSS.highlights.set('sourcelight-direct', new Highlight(range));
      const r = range.getClientRects()[0];
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    await new Promise((r) => setTimeout(r, 300));
    // Without the user sheet the page's rule wins over the author copy that comes with the content script (it is more
    // specific) and the text stays white.
    expect(await amberShare(p, rect)).toBeGreaterThan(0.05);
    await p.close();
  });
});
