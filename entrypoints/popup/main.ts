import { browser } from 'wxt/browser';
import { injectInto } from '../../src/extension/registration';
import { localizePage, t } from '../../src/i18n';
import { sendToBackground, sendToTab } from '../../src/messaging/bus';
import type { PageState } from '../../src/messaging/messages';
import { renderMessage, renderReport } from '../../src/popup/render';
import { exportName, toCsv, toJson, toMarkdown, type PageInfo } from '../../src/report/export';
import { isEnabledFor, originsFor, siteOf, withSite } from '../../src/settings/sites';
import { loadSettings, saveSettings } from '../../src/settings/store';

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
  const named = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = Number.isInteger(named) && named > 0
    ? await browser.tabs.get(named).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' } : null;
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
  }, state.capped);
  wireExports(state, tab);
}

async function analysePage(tab: { id: number; url: string; title: string }, site: string, retry = false): Promise<void> {
  renderMessage(document, content, 'analysing', t('stateAnalysing'));
  const state = await pageState(tab.id);
  if (!state) {
    try {
      await injectInto(tab.id);
    } catch {
      renderMessage(document, content, 'unsupported', t('stateUnsupported'));
      return;
    }
  } else if (state.state === 'off' || (retry && state.state === 'error')) {
    await sendToTab(tab.id, 'setEnabled', { enabled: true }).catch(() => null);
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
  const origins = originsFor(site);
  const enabled = isEnabledFor(settings, site);
  const granted = await browser.permissions.contains({ origins }).catch(() => false);
  toggle.checked = enabled && granted;
  if (enabled && !granted) say(t('turnOnHint', site));

  toggle.addEventListener('change', () => {
    if (toggle.checked) {
      // The permission request must come first, inside the click, or browsers refuse it.
      void browser.permissions.request({ origins }).then(async (ok) => {
        if (!ok) {
          toggle.checked = false;
          say(t('permissionRefused', site));
          return;
        }
        say(null);
        await saveSettings(withSite(await loadSettings(), site, true));
        await sendToBackground('syncRegistration', {}).catch(() => undefined);
        await analysePage(tab, site);
      }, () => { toggle.checked = false; say(t('permissionError')); });
    } else {
      void (async () => {
        await saveSettings(withSite(await loadSettings(), site, false));
        await sendToTab(tab.id, 'setEnabled', { enabled: false }).catch(() => null);
        say(null);
        exportsBox.hidden = true;
        renderMessage(document, content, 'off', t('stateOff', site));
      })();
    }
  });

  if (!enabled) {
    renderMessage(document, content, 'off', t('stateOff', site));
    return;
  }
  await analysePage(tab, site);
}

void main().catch((e: unknown) => renderMessage(document, content, 'error', t('stateError', e instanceof Error ? e.message : String(e))));
