/**
 * The private record of sourcing, in the extension's local storage on this device: never synced, never sent. Each
 * article is one item (`history:<url>`) and a small index lists them oldest first, so recording an article reads and
 * writes a few hundred bytes, whatever the size of the record. At most MAX_RECORDS articles are kept: the oldest go
 * first. Changes run one at a time across the background and the Sources page (Web Locks where the browser has them).
 */
import { browser } from 'wxt/browser';
import { validRecord, type HistoryRecord } from './record';

export const RECORDING_KEY = 'historyRecording';
export const INDEX_KEY = 'historyIndex';
export const RECORD_PREFIX = 'history:';
export const MAX_RECORDS = 2000;

/** [url, first analysed (ms)], oldest first. */
type Index = Array<[string, number]>;

const local = (): typeof browser.storage.local => browser.storage.local;

let chain: Promise<unknown> = Promise.resolve();

/** Run `fn` alone: across extension contexts with Web Locks, within this one with a promise chain otherwise. */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('sourcelight-history', fn) as Promise<T>;
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

async function readIndex(): Promise<Index> {
  const raw = (await local().get(INDEX_KEY))[INDEX_KEY];
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number');
}

/** Is the reader keeping a record? Off unless they turned it on. */
export async function isRecording(): Promise<boolean> {
  try {
    return (await local().get(RECORDING_KEY))[RECORDING_KEY] === true;
  } catch {
    return false;
  }
}

export async function setRecording(on: boolean): Promise<void> {
  await local().set({ [RECORDING_KEY]: on });
}

/** Keep the newest `max` of an index; returns the URLs dropped. */
function capIndex(index: Index, max: number): string[] {
  index.sort((a, b) => a[1] - b[1]);
  return index.length > max ? index.splice(0, index.length - max).map(([url]) => url) : [];
}

/**
 * Add an article, or update it when it was recorded before (its first date stays: re-analyses of a changing page
 * and later visits do not move it). Nothing is written when nothing changed.
 */
export function addRecord(record: HistoryRecord, max = MAX_RECORDS): Promise<void> {
  return exclusive(async () => {
    const key = RECORD_PREFIX + record.url;
    const old = validRecord((await local().get(key))[key]);
    const next = old ? { ...record, date: old.date } : record;
    if (old && JSON.stringify(old) === JSON.stringify(next)) return;
    const index = await readIndex();
    if (!index.some(([url]) => url === record.url)) index.push([record.url, Date.parse(next.date)]);
    const dropped = capIndex(index, max);
    await local().set({ [key]: next, [INDEX_KEY]: index });
    if (dropped.length) await local().remove(dropped.map((url) => RECORD_PREFIX + url));
  });
}

/** Every recorded article, newest first. */
export async function listRecords(): Promise<HistoryRecord[]> {
  const index = await readIndex();
  if (!index.length) return [];
  const items = await local().get(index.map(([url]) => RECORD_PREFIX + url));
  const out: HistoryRecord[] = [];
  for (const [url] of index) {
    const r = validRecord(items[RECORD_PREFIX + url]);
    if (r) out.push(r);
  }
  return out.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

export function deleteRecord(url: string): Promise<void> {
  return exclusive(async () => {
    const index = (await readIndex()).filter(([u]) => u !== url);
    await local().remove(RECORD_PREFIX + url);
    await local().set({ [INDEX_KEY]: index });
  });
}

/** Remove every article and the index: nothing of the record is left in storage (the on/off choice stays). */
export function deleteAll(): Promise<void> {
  return exclusive(async () => {
    const all = await local().get(null);
    await local().remove(Object.keys(all).filter((k) => k === INDEX_KEY || k.startsWith(RECORD_PREFIX)));
  });
}

export interface ExportFile {
  format: 'sourcelight-history';
  version: 1;
  exported: string;
  articles: HistoryRecord[];
}

export function exportFile(records: readonly HistoryRecord[], now = new Date()): string {
  const file: ExportFile = { format: 'sourcelight-history', version: 1, exported: now.toISOString(), articles: [...records] };
  return JSON.stringify(file, null, 2);
}

/**
 * Merge an exported file into the record: articles not yet recorded are added, recorded ones keep what this device
 * has. Anything that is not a valid article is counted and left out. Throws on a file that is not an export at all.
 */
export async function importFile(text: string, max = MAX_RECORDS): Promise<{ added: number; invalid: number }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('not a JSON file');
  }
  const articles = (parsed as Partial<ExportFile> | null)?.articles;
  if ((parsed as Partial<ExportFile> | null)?.format !== 'sourcelight-history' || !Array.isArray(articles)) throw new Error('not a Sourcelight history export');
  return exclusive(async () => {
    const index = await readIndex();
    const have = new Set(index.map(([url]) => url));
    const add: Record<string, HistoryRecord> = {};
    let invalid = 0;
    for (const raw of articles) {
      const r = validRecord(raw);
      if (!r) { invalid++; continue; }
      if (have.has(r.url)) continue;
      have.add(r.url);
      add[RECORD_PREFIX + r.url] = r;
      index.push([r.url, Date.parse(r.date)]);
    }
    const dropped = capIndex(index, max);
    const kept = Object.fromEntries(Object.entries(add).filter(([k]) => !dropped.includes(k.slice(RECORD_PREFIX.length))));
    await local().set({ ...kept, [INDEX_KEY]: index });
    if (dropped.length) await local().remove(dropped.map((url) => RECORD_PREFIX + url));
    return { added: Object.keys(kept).length, invalid };
  });
}

/** Call `listener` whenever the record or the on/off choice changes (from any extension context). */
export function onHistoryChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && Object.keys(changes).some((k) => k === INDEX_KEY || k === RECORDING_KEY || k.startsWith(RECORD_PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
