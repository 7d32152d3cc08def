/**
 * Switching a site on or off has one owner: this module. The popup's switch, the options page's site list and the
 * keyboard command all come here, so the same steps run in the same order and every failure comes back to the
 * caller, which shows it to the reader.
 *
 * On:  host access, asked first and inside the reader's click or key press (browsers refuse a request made after an
 *      await) → the setting saved → the content script registered for the granted sites → the tab highlighted now
 *      (its running script told, or the script injected).
 * Off: the setting saved → the tab's script told to remove its highlights.
 *
 * Call `switchSite` / `toggleSite` synchronously from the event handler; everything after the permission request may
 * wait.
 */
import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '../messages';
import { failureOf, sendToBackground, sendToTab } from '../messaging/bus';
import type { PageState } from '../messaging/messages';
import { ALL_SITES, isEnabledFor, originsFor, withoutSite, withSite } from '../settings/sites';
import { loadSettings, saveSettings } from '../settings/store';
import { injectInto } from './registration';

/** Where a switch stopped: the reader is told which part failed. */
export type SwitchStep = 'access' | 'save' | 'register' | 'page';

/**
 * What happened. A failure says where it stopped and the browser's reason (`detail`); `switchMessage` words it for
 * the reader in the caller's language (the background words it without carrying an English copy of the strings).
 */
export type SwitchResult =
  | { ok: true; on: boolean }
  | { ok: false; on: boolean; step: SwitchStep; site: string; message: MessageKey; detail?: string };

/** A failed switch in the reader's words. */
export function switchMessage(result: Extract<SwitchResult, { ok: false }>, t: Translate): string {
  return t(result.message, result.site, result.detail ?? '');
}

export interface SwitchOptions {
  /** The tab showing the site, to highlight (or clear) right away. */
  tabId?: number;
  /**
   * Re-register the content script for the granted sites. The background passes its own `syncRegistration`;
   * extension pages (popup, options) ask the background, which owns registration.
   */
  register?: () => Promise<unknown>;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Ask the background to re-register the content script; rejects with the reason when it could not. */
export async function registerViaBackground(): Promise<void> {
  await sendToBackground('syncRegistration', {});
}

/** Nothing listens in the tab: no content script there yet (or the page cannot have one). */
function noReceiver(e: unknown): boolean {
  return failureOf(e).failure === 'no-receiver';
}

export function hasAccess(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originsFor(site) }).catch(() => false);
}

/**
 * Ask for access to `origins`. The request goes out at once (inside the reader's gesture); alongside, the current
 * grant is checked, so access the extension already holds counts even where the browser refuses to ask (no gesture).
 */
function requestAccess(origins: string[]): Promise<{ granted: boolean; error?: string }> {
  const held = browser.permissions.contains({ origins }).catch(() => false);
  let asked: Promise<{ granted: boolean; error?: string }>;
  try {
    asked = browser.permissions.request({ origins }).then((granted) => ({ granted }), (e: unknown) => ({ granted: false, error: messageOf(e) }));
  } catch (e) {
    asked = Promise.resolve({ granted: false, error: messageOf(e) });
  }
  return Promise.all([held, asked]).then(([had, answer]) => (had ? { granted: true } : answer));
}

/**
 * Highlight a tab now: tell its content script, or inject one (activeTab or host access allows it). Resolves with the
 * page's state when its script answered, null when a script was just injected.
 */
export async function highlightTab(tabId: number): Promise<PageState | null> {
  try {
    return await sendToTab(tabId, 'setEnabled', { enabled: true });
  } catch (e) {
    if (!noReceiver(e)) throw e;
  }
  await injectInto(tabId);
  return null;
}

async function finishOn(site: string, access: Promise<{ granted: boolean; error?: string }>, options: SwitchOptions): Promise<SwitchResult> {
  const { granted, error } = await access;
  if (!granted) return error ? { ok: false, on: false, step: 'access', site, message: 'switchAccessError', detail: error } : { ok: false, on: false, step: 'access', site, message: 'permissionRefused' };
  try {
    await saveSettings(withSite(await loadSettings(), site, true));
  } catch (e) {
    return { ok: false, on: false, step: 'save', site, message: 'switchSaveFailed', detail: messageOf(e) };
  }
  let failure: SwitchResult | null = null;
  try {
    await (options.register ?? registerViaBackground)();
  } catch (e) {
    failure = { ok: false, on: true, step: 'register', site, message: 'switchRegisterFailed', detail: messageOf(e) };
  }
  if (options.tabId !== undefined) {
    try {
      await highlightTab(options.tabId);
    } catch (e) {
      failure ??= { ok: false, on: true, step: 'page', site, message: 'switchPageFailed', detail: messageOf(e) };
    }
  }
  return failure ?? { ok: true, on: true };
}

async function finishOff(site: string, options: SwitchOptions): Promise<SwitchResult> {
  try {
    await saveSettings(withSite(await loadSettings(), site, false));
  } catch (e) {
    return { ok: false, on: true, step: 'save', site, message: 'switchSaveFailed', detail: messageOf(e) };
  }
  if (options.tabId !== undefined) {
    try {
      await sendToTab(options.tabId, 'setEnabled', { enabled: false });
    } catch (e) {
      // A tab without Sourcelight's script has no highlights to remove.
      if (!noReceiver(e)) return { ok: false, on: false, step: 'page', site, message: 'switchPageFailed', detail: messageOf(e) };
    }
  }
  return { ok: true, on: false };
}

/** Switch a site on or off. Call it synchronously from the reader's click: switching on asks for access first. */
export function switchSite(site: string, on: boolean, options: SwitchOptions = {}): Promise<SwitchResult> {
  if (!on) return finishOff(site, options);
  return finishOn(site, requestAccess(originsFor(site)), options);
}

/**
 * Flip a site (the keyboard command): on unless it is on now, "on" meaning switched on and with host access. Call it
 * synchronously from the key press: the access request goes out at once. It shows no prompt when access is already
 * granted, and when access is missing the site is off, so the request is always the right first step.
 */
export function toggleSite(site: string, options: SwitchOptions = {}): Promise<SwitchResult> {
  const before = hasAccess(site); // asked first, so it answers for the state before any grant
  const access = requestAccess(originsFor(site));
  return Promise.all([before, loadSettings()]).then(([granted, settings]) =>
    granted && isEnabledFor(settings, site) ? finishOff(site, options) : finishOn(site, access, options));
}

/** Forget a site: its setting dropped, its host access removed, the content script re-registered. */
export async function forgetSite(site: string, options: Pick<SwitchOptions, 'register'> = {}): Promise<SwitchResult> {
  try {
    await saveSettings(withoutSite(await loadSettings(), site));
  } catch (e) {
    return { ok: false, on: false, step: 'save', site, message: 'switchSaveFailed', detail: messageOf(e) };
  }
  try {
    await browser.permissions.remove({ origins: originsFor(site) });
  } catch (e) {
    // For instance access the extension was installed with, which only uninstalling removes.
    return { ok: false, on: false, step: 'access', site, message: 'switchAccessKept', detail: messageOf(e) };
  }
  try {
    await (options.register ?? registerViaBackground)();
  } catch (e) {
    return { ok: false, on: false, step: 'register', site, message: 'switchRegisterFailed', detail: messageOf(e) };
  }
  return { ok: true, on: false };
}

/** Access to every site, asked inside the click ("Allow on all sites"), or given back. */
export function setAllSites(allow: boolean, options: Pick<SwitchOptions, 'register'> = {}): Promise<SwitchResult> {
  const change: Promise<{ granted: boolean; error?: string }> = allow
    ? requestAccess(ALL_SITES)
    : browser.permissions.remove({ origins: ALL_SITES }).then(() => ({ granted: true }), (e: unknown) => ({ granted: false, error: messageOf(e) }));
  return change.then(async ({ granted, error }): Promise<SwitchResult> => {
    if (!granted) return error ? { ok: false, on: !allow, step: 'access', site: '*', message: 'switchAccessError', detail: error } : { ok: false, on: !allow, step: 'access', site: '*', message: 'optionsAllRefused' };
    try {
      await (options.register ?? registerViaBackground)();
    } catch (e) {
      return { ok: false, on: allow, step: 'register', site: '*', message: 'switchRegisterFailed', detail: messageOf(e) };
    }
    return { ok: true, on: allow };
  });
}
