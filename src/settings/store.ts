/**
 * Settings in extension storage. Local storage is the source of truth; a copy goes to sync storage so a new install
 * on another device starts from the reader's choices. Sync quota errors (item size, write rate) are ignored: the
 * local copy is already saved.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings } from './sites';

export const SETTINGS_KEY = 'settings';

type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

function area(name: 'local' | 'sync'): Area | undefined {
  return (browser.storage as unknown as Record<string, Area | undefined> | undefined)?.[name];
}

async function read(name: 'local' | 'sync'): Promise<unknown> {
  try {
    const got = await area(name)?.get(SETTINGS_KEY);
    return got?.[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

export async function loadSettings(): Promise<Settings> {
  const local = await read('local');
  return normalizeSettings(local !== undefined ? local : await read('sync'));
}

export async function saveSettings(settings: Settings): Promise<{ synced: boolean }> {
  const value = normalizeSettings(settings);
  const local = area('local');
  if (!local) throw new Error('extension storage is not available');
  await local.set({ [SETTINGS_KEY]: value });
  try {
    await area('sync')?.set({ [SETTINGS_KEY]: value });
    return { synced: true };
  } catch {
    return { synced: false };
  }
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    if (areaName === 'local' && SETTINGS_KEY in changes) listener(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
