import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '../settings/store';
import { DEFAULT_SETTINGS } from '../settings/sites';
import { englishText } from '../messages';
import { switchMessage, switchSite, toggleSite } from './site-switch';

const NO_SCRIPT = 'Could not establish connection. Receiving end does not exist.';

function stubBrowser(options: { granted?: boolean; grant?: boolean | Error; contentScript?: boolean } = {}) {
  let granted = options.granted ?? false;
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
    if (options.grant instanceof Error) throw options.grant;
    if (options.grant ?? true) granted = true;
    return granted;
  });
  const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (!options.contentScript) throw new Error(NO_SCRIPT);
    return { ok: true, json: JSON.stringify({ state: 'ready' }) };
  });
  const insertCSS = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
  const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  const register = vi.fn(async () => undefined);
  return { request, contains, sendMessage, insertCSS, executeScript, register };
}

describe('switching a site', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks for access synchronously, inside the gesture, then saves, registers and highlights the tab', async () => {
    const b = stubBrowser();
    const pending = switchSite('news.example', true, { tabId: 5, register: b.register });
    // Nothing awaited yet: the request is already out, as browsers require.
    expect(b.request).toHaveBeenCalledWith({ origins: ['http://news.example/*', 'https://news.example/*', 'http://www.news.example/*', 'https://www.news.example/*'] });
    expect(await pending).toEqual({ ok: true, on: true });
    expect(b.register).toHaveBeenCalledTimes(1);
    expect(b.sendMessage).toHaveBeenCalledWith(5, { type: 'setEnabled', data: { enabled: true } });
    // No script in the tab yet: it is injected.
    expect(b.executeScript).toHaveBeenCalledTimes(1);
    expect(b.insertCSS).toHaveBeenCalledTimes(1);
  });

  it('changes nothing and says why when access is refused', async () => {
    const b = stubBrowser({ grant: false });
    await saveSettings({ ...DEFAULT_SETTINGS, enabledByDefault: false, sites: {} });
    const result = await switchSite('news.example', true, { tabId: 5, register: b.register });
    expect(result).toMatchObject({ ok: false, on: false, step: 'access' });
    expect(result.ok ? '' : switchMessage(result, englishText)).toBe('Sourcelight needs access to news.example to highlight it. Nothing was changed.');
    expect((await loadSettings()).sites).toEqual({});
    expect(b.register).not.toHaveBeenCalled();
    expect(b.executeScript).not.toHaveBeenCalled();
  });

  it('reports the browser’s refusal to ask (no user gesture) instead of swallowing it', async () => {
    const b = stubBrowser({ grant: new Error('This function must be called during a user gesture') });
    const result = await switchSite('news.example', true, { register: b.register });
    expect(result).toMatchObject({ ok: false, on: false, step: 'access' });
    expect(result.ok ? '' : switchMessage(result, englishText)).toBe('The browser refused the permission request: This function must be called during a user gesture');
  });

  it('reports a registration failure, and still highlights the tab with the setting saved', async () => {
    const b = stubBrowser({ contentScript: true });
    b.register.mockRejectedValueOnce(new Error('Duplicate script ID'));
    await saveSettings({ ...DEFAULT_SETTINGS, enabledByDefault: false, sites: {} });
    const result = await switchSite('news.example', true, { tabId: 5, register: b.register });
    expect(result).toMatchObject({ ok: false, on: true, step: 'register' });
    expect(result.ok ? '' : switchMessage(result, englishText)).toBe('Highlighting is on for news.example, but Sourcelight could not set itself up to run there on later visits: Duplicate script ID');
    expect((await loadSettings()).sites).toEqual({ 'news.example': true });
    expect(b.sendMessage).toHaveBeenCalledWith(5, { type: 'setEnabled', data: { enabled: true } });
  });

  it('switches off without asking for anything; a tab without the script has nothing to clear', async () => {
    const b = stubBrowser({ granted: true });
    expect(await switchSite('news.example', false, { tabId: 5, register: b.register })).toEqual({ ok: true, on: false });
    expect(b.request).not.toHaveBeenCalled();
    expect((await loadSettings()).sites).toEqual({ 'news.example': false });
  });
});

describe('the keyboard toggle', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('on a site not yet granted (default "on"), asks for access and switches it on instead of saving it off', async () => {
    const b = stubBrowser({ granted: false });
    const pending = toggleSite('news.example', { tabId: 3, register: b.register });
    expect(b.request).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ ok: true, on: true });
    expect(await loadSettings()).toMatchObject({ enabledByDefault: true, sites: {} });
    expect(b.register).toHaveBeenCalledTimes(1);
  });

  it('on a granted site that is on, switches it off', async () => {
    const b = stubBrowser({ granted: true, contentScript: true });
    expect(await toggleSite('news.example', { tabId: 3, register: b.register })).toEqual({ ok: true, on: false });
    expect((await loadSettings()).sites).toEqual({ 'news.example': false });
    expect(b.sendMessage).toHaveBeenCalledWith(3, { type: 'setEnabled', data: { enabled: false } });
  });

  it('on a granted site switched off, switches it back on', async () => {
    const b = stubBrowser({ granted: true, contentScript: true });
    await saveSettings({ ...DEFAULT_SETTINGS, sites: { 'news.example': false } });
    expect(await toggleSite('news.example', { tabId: 3, register: b.register })).toEqual({ ok: true, on: true });
    expect((await loadSettings()).sites).toEqual({});
  });
});
