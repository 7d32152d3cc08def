import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './sites';
import { SETTINGS_KEY, loadSettings, onSettingsChanged, saveSettings } from './store';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips settings and copies them to sync storage', async () => {
    expect(await saveSettings({ ...DEFAULT_SETTINGS, enabledByDefault: false, sites: { 'news.example': true } })).toEqual({ synced: true });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabledByDefault: false, sites: { 'news.example': true } });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, enabledByDefault: false, sites: { 'news.example': true } });
  });

  it('falls back to defaults when stored settings are missing or corrupted', async () => {
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabledByDefault: true, sites: {} });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabledByDefault: 42, sites: 'x' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabledByDefault: true, sites: {} });
  });

  it('seeds a new install from sync storage', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, enabledByDefault: false, sites: {} } });
    expect((await loadSettings()).enabledByDefault).toBe(false);
  });

  it('keeps the local copy when sync storage refuses (quota exceeded)', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await saveSettings({ ...DEFAULT_SETTINGS, enabledByDefault: true, sites: { 'a.example': false } })).toEqual({ synced: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabledByDefault: true, sites: { 'a.example': false } });
  });

  it('tells listeners about changes', async () => {
    const seen: boolean[] = [];
    const off = onSettingsChanged((s) => seen.push(s.enabledByDefault));
    await saveSettings({ ...DEFAULT_SETTINGS, enabledByDefault: false, sites: {} });
    off();
    await saveSettings({ ...DEFAULT_SETTINGS, enabledByDefault: true, sites: {} });
    expect(seen).toEqual([false]);
  });
});
