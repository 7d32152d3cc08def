import { browser } from 'wxt/browser';
import { hasAccess, highlightTab, switchMessage, switchSite } from '../../src/extension/site-switch';
import { localizePage, t } from '../../src/i18n';
import { sendToTab } from '../../src/messaging/bus';
import type { PageState } from '../../src/messaging/messages';
import { renderMessage, renderReport } from '../../src/popup/render';
import { exportName, toCsv, toJson, toMarkdown, type PageInfo } from '../../src/report/export';
import { isEnabledFor, siteOf } from '../../src/settings/sites';
import { loadSettings } from '../../src/settings/store';

const content = document.getElementById('content') as HTMLElement;
const toggle = document.getElementById('site-switch') as HTMLInputElement;
const toggleText = document.getElementById('site-switch-text') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const exportsBox = document.getElementById('exports') as HTMLElement;

const POLL_MS = 150;
const POLL_LIMIT_MS = 15_000;

function say(text: string | null): void {
  notice.hidden = !text;
  notice.textContent = text ?? '';
}

async function targetTab(): Promise<{ id: number; url: string; title: string } | null> {
  // Tests may name the tab; a reader's click uses the active tab.
  const query = new URLSearchParams(location.search);
  const named = Number(query.get('tabId'));
  const tab = Number.isInteger(named) && named > 0
    ? await browser.tabs.get(named).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  // A click on the toolbar button lets the popup read the tab's address (activeTab); a test build's popup opened in a
  // tab has no such click, so the test tells it the address of a site the build holds no access to.
  const url = tab.url ?? (import.meta.env.MODE === 'e2e' ? query.get('url') : null) ?? '';
  return { id: tab.id, url, title: tab.title ?? '' };
}

async function pageState(tabId: number): Promise<PageState | null> {
  // Rejects when no content script runs in the tab yet.
  return sendToTab(tabId, 'getState', {}).catch(() => null);
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

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function wireExports(state: Extract<PageState, { state: 'ready' }>, tab: { url: string; title: string }): void {
  const page: PageInfo = { url: state.report.url ?? tab.url, title: state.title ?? tab.title ?? null, date: new Date().toISOString() };
  exportsBox.hidden = state.report.quotes.length === 0;
  (document.getElementById('export-md') as HTMLButtonElement).onclick = () => {
    navigator.clipboard.writeText(toMarkdown(state.report, page)).then(() => say(t('copied')), () => say(t('copyFailed')));
  };
  (document.getElementById('export-csv') as HTMLButtonElement).onclick = () => download(exportName(page, 'csv'), 'text/csv;charset=utf-8', toCsv(state.report, page));
  (document.getElementById('export-json') as HTMLButtonElement).onclick = () => download(exportName(page, 'json'), 'application/json', toJson(state.report, page));
}

function show(tab: { id: number; url: string; title: string }, state: PageState | null, site: string): void {
  exportsBox.hidden = true;
  if (!state) { renderMessage(document, content, 'unsupported', t('stateUnreadable')); return; }
  if (state.state === 'off') { renderMessage(document, content, 'off', t('stateOff', site)); return; }
  if (state.state === 'analysing') { renderMessage(document, content, 'analysing', t('stateAnalysing')); return; }
  if (state.state === 'error') {
    renderMessage(document, content, 'error', t('stateError', state.message));
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'retry';
    retry.textContent = t('retry');
    retry.addEventListener('click', () => void analysePage(tab, site, true));
    content.querySelector('.state')?.append(retry);
    return;
  }
  renderReport(document, content, state.report, {
    reveal: (quoteId) => void sendToTab(tab.id, 'reveal', { quoteId }).catch(() => say(t('pageChanged'))),
  }, state.capped, state.wholePage);
  wireExports(state, tab);
}

/**
 * Show the page's report, highlighting it first if Sourcelight is not running there (or is off). A failed analysis
 * is shown as it is and re-run only when the reader asks (`retry`).
 */
async function analysePage(tab: { id: number; url: string; title: string }, site: string, retry = false): Promise<void> {
  renderMessage(document, content, 'analysing', t('stateAnalysing'));
  const state = await pageState(tab.id);
  // No script yet, or switched off (or failed, when the reader asks again): start it; a failure to inject means the
  // page is off limits.
  if (!state || state.state === 'off' || (retry && state.state === 'error')) {
    try {
      await highlightTab(tab.id);
    } catch {
      renderMessage(document, content, 'unsupported', t('stateUnsupported'));
      return;
    }
  }
  show(tab, await waitForReport(tab.id), site);
}

async function main(): Promise<void> {
  localizePage(document);
  const settings = await loadSettings();
  document.body.classList.toggle('theme-high-contrast', settings.theme === 'high-contrast');
  document.getElementById('open-options')?.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const tab = await targetTab();
  const site = siteOf(tab?.url);
  if (!tab || !site || /\.pdf(?:$|[?#])/iu.test(tab.url)) {
    toggle.disabled = true;
    toggleText.textContent = t('highlightUnavailable');
    renderMessage(document, content, 'unsupported', t('stateUnsupported'));
    return;
  }
  toggleText.textContent = t('highlightOn', site);
  const enabled = isEnabledFor(settings, site);
  const granted = await hasAccess(site);
  toggle.checked = enabled && granted;
  if (enabled && !granted) say(t('turnOnHint', site));

  toggle.addEventListener('change', () => {
    const on = toggle.checked;
    // Synchronously, inside the click: switching on asks the browser for access first.
    void switchSite(site, on, { tabId: tab.id }).then(async (result) => {
      toggle.checked = result.on;
      say(result.ok ? null : switchMessage(result, t));
      if (result.on) {
        await analysePage(tab, site);
      } else {
        exportsBox.hidden = true;
        renderMessage(document, content, 'off', t('stateOff', site));
      }
    });
  });

  if (!enabled) {
    renderMessage(document, content, 'off', t('stateOff', site));
    return;
  }
  await analysePage(tab, site);
}

void main().catch((e: unknown) => renderMessage(document, content, 'error', t('stateError', e instanceof Error ? e.message : String(e))));
