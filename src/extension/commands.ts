/**
 * Keyboard commands (manifest `commands`, changeable in the browser's shortcut settings):
 * toggle-site switches highlighting on the current site; next-quote / previous-quote walk through its quotes.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/bus';
import { isEnabledFor, siteOf, withSite } from '../settings/sites';
import { loadSettings, saveSettings } from '../settings/store';
import { injectInto } from './registration';

export type Command = 'toggle-site' | 'next-quote' | 'previous-quote';

async function activeTab(): Promise<{ id: number; url: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

/** Run a command on the active tab (or `tabId`). Returns what happened, for tests and logs. */
export async function runCommand(command: string, tabId?: number): Promise<string> {
  const tab = tabId !== undefined ? { id: tabId, url: (await browser.tabs.get(tabId)).url ?? '' } : await activeTab();
  if (!tab) return 'no tab';
  if (command === 'next-quote' || command === 'previous-quote') {
    const id = await sendToTab(tab.id, 'step', { direction: command === 'next-quote' ? 1 : -1 }).catch(() => null);
    return id ? `revealed ${id}` : 'no quotes';
  }
  if (command !== 'toggle-site') return 'unknown command';
  const site = siteOf(tab.url);
  if (!site) return 'unsupported page';
  const settings = await loadSettings();
  const on = !isEnabledFor(settings, site);
  await saveSettings(withSite(settings, site, on));
  const answered = await sendToTab(tab.id, 'setEnabled', { enabled: on }).then(() => true, () => false);
  // A command grants activeTab: a page without the content script yet can still be analysed now.
  if (on && !answered) await injectInto(tab.id).catch(() => undefined);
  return on ? 'on' : 'off';
}
