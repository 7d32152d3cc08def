/**
 * Keyboard commands (manifest `commands`, changeable in the browser's shortcut settings):
 * toggle-site switches highlighting on the current site; next-quote / previous-quote walk through its quotes.
 */
import { browser } from 'wxt/browser';
import type { Translate } from '../messages';
import { sendToTab } from '../messaging/bus';
import { siteOf } from '../settings/sites';
import { syncRegistration } from './registration';
import { switchMessage, toggleSite, type SwitchResult } from './site-switch';

export type Command = 'toggle-site' | 'next-quote' | 'previous-quote';

export interface CommandTab {
  id: number;
  url: string;
}

/** The browser's own strings: the background always runs inside the extension, so it carries no English copy. */
const browserText: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs.map(String));

/**
 * A failed switch is shown on the toolbar button of that tab: a "!" badge, and the reason as its tooltip (a
 * keyboard command has no page of its own to speak on).
 */
async function reportFailure(tabId: number, result: Extract<SwitchResult, { ok: false }>): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: '!' });
  await browser.action.setTitle({ tabId, title: browserText('commandFailed', switchMessage(result, browserText)) });
}

/**
 * Run a command on a tab (the one the browser passes with the key press). Returns what happened, for tests and logs.
 * Switching a site asks for host access at once, still inside the key press.
 */
export function runCommand(command: string, tab: CommandTab | undefined): Promise<string> {
  if (!tab) return Promise.resolve('no tab');
  if (command === 'next-quote' || command === 'previous-quote') {
    return sendToTab(tab.id, 'step', { direction: command === 'next-quote' ? 1 : -1 }).then((id) => (id ? `revealed ${id}` : 'no quotes'), () => 'no quotes');
  }
  if (command !== 'toggle-site') return Promise.resolve('unknown command');
  const site = siteOf(tab.url);
  if (!site) return Promise.resolve('unsupported page');
  return toggleSite(site, { tabId: tab.id, register: syncRegistration }).then(async (result) => {
    if (result.ok) {
      // An earlier failure's tooltip goes once a switch works.
      await browser.action.setTitle({ tabId: tab.id, title: browserText('actionTitle') }).catch(() => undefined);
      return result.on ? 'on' : 'off';
    }
    const message = switchMessage(result, browserText);
    await reportFailure(tab.id, result).catch((e: unknown) => console.warn('Sourcelight:', message, e));
    return `failed at ${result.step}: ${message}`;
  });
}

/**
 * `commands.onCommand`: the browser passes the active tab with the key press (its `url` readable: the press grants
 * activeTab), so the command can act, and ask for access, at once. Without it the tab is looked up.
 */
export function onCommand(command: string, tab?: { id?: number; url?: string }): Promise<string> {
  if (tab?.id !== undefined) return runCommand(command, { id: tab.id, url: tab.url ?? '' });
  return browser.tabs.query({ active: true, currentWindow: true }).then(([active]) =>
    runCommand(command, active?.id !== undefined ? { id: active.id, url: active.url ?? '' } : undefined));
}
