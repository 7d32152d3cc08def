import { browser } from 'wxt/browser';
import { injectInto } from '../../src/extension/registration';
import { sendToBackground, sendToTab } from '../../src/messaging/bus';
import type { PageState } from '../../src/messaging/messages';
import { renderMessage, renderReport } from '../../src/popup/render';
import { isEnabledFor, originsFor, siteOf, withSite } from '../../src/settings/sites';
import { loadSettings, saveSettings } from '../../src/settings/store';

const content = document.getElementById('content') as HTMLElement;
const toggle = document.getElementById('site-switch') as HTMLInputElement;
const toggleText = document.getElementById('site-switch-text') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;

const POLL_MS = 150;
const POLL_LIMIT_MS = 15_000;

function say(text: string | null): void {
  notice.hidden = !text;
  notice.textContent = text ?? '';
}

async function targetTab(): Promise<{ id: number; url: string } | null> {
  // Tests (and the options page) may name the tab; a reader's click uses the active tab.
  const named = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = Number.isInteger(named) && named > 0
    ? await browser.tabs.get(named).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

async function pageState(tabId: number): Promise<PageState | null> {
  try {
    const s = await sendToTab(tabId, 'getState', {});
    return s && typeof s === 'object' && 'state' in s ? s : null;
  } catch {
    return null; // no content script in the tab yet
  }
}

async function waitForReport(tabId: number): Promise<PageState | null> {
  const started = Date.now();
  for (;;) {
    const s = await pageState(tabId);
    if (s && s.state !== 'analysing') return s;
    if (Date.now() - started > POLL_LIMIT_MS) return s;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function show(tabId: number, state: PageState | null, site: string): void {
  if (!state) { renderMessage(document, content, 'unsupported', 'Sourcelight can’t read this page.'); return; }
  if (state.state === 'off') { renderMessage(document, content, 'off', `Highlighting is off for ${site}.`); return; }
  if (state.state === 'analysing') { renderMessage(document, content, 'analysing', 'Analysing…'); return; }
  if (state.state === 'error') { renderMessage(document, content, 'error', `Analysis failed: ${state.message}`); return; }
  renderReport(document, content, state.report, {
    reveal: (quoteId) => void sendToTab(tabId, 'reveal', { quoteId }).catch(() => say('The page has changed; reopen Sourcelight.')),
  }, state.capped);
}

async function analysePage(tabId: number, site: string): Promise<void> {
  renderMessage(document, content, 'analysing', 'Analysing…');
  let state = await pageState(tabId);
  if (!state) {
    try {
      await injectInto(tabId);
    } catch {
      renderMessage(document, content, 'unsupported', 'Sourcelight can’t run on this page (browser pages, extension stores and PDFs are off limits).');
      return;
    }
  } else if (state.state === 'off') {
    state = await sendToTab(tabId, 'setEnabled', { enabled: true }).catch(() => null);
  }
  show(tabId, await waitForReport(tabId), site);
}

async function main(): Promise<void> {
  document.getElementById('open-options')?.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const tab = await targetTab();
  const site = siteOf(tab?.url);
  if (!tab || !site || /\.pdf(?:$|[?#])/iu.test(tab.url)) {
    toggle.disabled = true;
    toggleText.textContent = 'Highlighting not available here';
    renderMessage(document, content, 'unsupported', 'Sourcelight can’t run on this page (browser pages, extension stores and PDFs are off limits).');
    return;
  }
  toggleText.textContent = `Highlight on ${site}`;
  const origins = originsFor(site);
  const settings = await loadSettings();
  const enabled = isEnabledFor(settings, site);
  const granted = await browser.permissions.contains({ origins }).catch(() => false);
  toggle.checked = enabled && granted;
  if (enabled && !granted) say(`Turn the switch on to highlight ${site} every time you visit.`);

  toggle.addEventListener('change', () => {
    if (toggle.checked) {
      // The permission request must come first, inside the click, or browsers refuse it.
      void browser.permissions.request({ origins }).then(async (ok) => {
        if (!ok) {
          toggle.checked = false;
          say(`Sourcelight needs access to ${site} to highlight it. Nothing was changed.`);
          return;
        }
        say(null);
        await saveSettings(withSite(await loadSettings(), site, true));
        await sendToBackground('syncRegistration', {}).catch(() => undefined);
        await analysePage(tab.id, site);
      }, () => { toggle.checked = false; say('The browser refused the permission request.'); });
    } else {
      void (async () => {
        await saveSettings(withSite(await loadSettings(), site, false));
        await sendToTab(tab.id, 'setEnabled', { enabled: false }).catch(() => null);
        say(null);
        renderMessage(document, content, 'off', `Highlighting is off for ${site}.`);
      })();
    }
  });

  if (!enabled) {
    renderMessage(document, content, 'off', `Highlighting is off for ${site}.`);
    return;
  }
  await analysePage(tab.id, site);
}

void main().catch((e: unknown) => renderMessage(document, content, 'error', `Sourcelight failed: ${e instanceof Error ? e.message : String(e)}`));
