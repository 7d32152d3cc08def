import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeBlocks } from '../engine/analyze';
import { recordAnalysis } from './hook';
import { articleUrl, recordOf, validRecord, type HistoryRecord } from './record';
import { bySite, byWeek, search, topVoices, totals, weekStart } from './stats';
import { addRecord, deleteAll, deleteRecord, exportFile, importFile, INDEX_KEY, isRecording, listRecords, RECORD_PREFIX, setRecording } from './store';

const ARTICLE = [
  '“We will rebuild the pier,” said Maria Lopez, the harbour master.',
  '“The money is not there,” an official said. Officials said the work could start in May.',
  '“Nobody asked us,” a fisherman shouted from the quay.',
];
const report = analyzeBlocks(ARTICLE, { url: 'https://news.example/pier#comments' });

function rec(url: string, date: string, quotes: Partial<HistoryRecord['quotes']> = {}, sources: HistoryRecord['sources'] = []): HistoryRecord {
  return { url, title: url, site: new URL(url).hostname, date, quotes: { named: 0, anonymous: 0, unidentified: 0, ...quotes }, sources };
}

describe('a record of an article', () => {
  it('counts named, anonymous and unidentified quotes and keeps the sources with their kinds, not the quote text', () => {
    const r = recordOf(report, { url: report.url, title: '  Pier   plan ', date: new Date('2026-11-02T10:00:00Z') });
    expect(r).toMatchObject({ url: 'https://news.example/pier', title: 'Pier plan', site: 'news.example', date: '2026-11-02T10:00:00.000Z' });
    const named = report.quotes.filter((q) => q.sourceId && !q.anonymous).length;
    const anonymous = report.quotes.filter((q) => q.anonymous).length;
    expect(r?.quotes).toEqual({ named, anonymous, unidentified: report.quotes.length - named - anonymous });
    expect(named).toBeGreaterThan(0);
    expect(anonymous).toBeGreaterThan(0);
    expect(r?.sources).toContainEqual({ name: 'Maria Lopez', kind: 'person', anonymous: false, quotes: 1 });
    expect(JSON.stringify(r)).not.toContain('rebuild');
  });

  it('records nothing for a page without quotes or a page that is not on the web', () => {
    expect(recordOf(analyzeBlocks(['No quotes here.']), { url: 'https://news.example/', title: 'x', date: new Date() })).toBeNull();
    expect(recordOf(report, { url: 'chrome://settings', title: 'x', date: new Date() })).toBeNull();
    expect(articleUrl('https://a.example/x?id=3#top')).toBe('https://a.example/x?id=3');
  });

  it('validates what comes back from storage or a file, field by field', () => {
    expect(validRecord(rec('https://a.example/1', '2026-01-01T00:00:00Z', { named: 2 }))).toMatchObject({ quotes: { named: 2, anonymous: 0, unidentified: 0 } });
    for (const bad of [null, 'x', { url: 'javascript:alert(1)', date: '2026-01-01', quotes: { named: 1, anonymous: 0, unidentified: 0 } }, { ...rec('https://a.example/1', 'not a date') }, { ...rec('https://a.example/1', '2026-01-01'), quotes: { named: -1, anonymous: 0, unidentified: 0 } }]) {
      expect(validRecord(bad)).toBeNull();
    }
    const odd = validRecord({ ...rec('https://a.example/1', '2026-01-01'), sources: [{ name: 'A', kind: 'alien', quotes: 2 }, { name: '', quotes: 1 }, 'x'] });
    expect(odd?.sources).toEqual([{ name: 'A', kind: 'unknown', anonymous: false, quotes: 2 }]);
  });
});

describe('the pictures', () => {
  const records = [
    rec('https://a.example/1', '2026-11-02T09:00:00', { named: 3, anonymous: 1 }, [{ name: 'Ana Silva', kind: 'person', anonymous: false, quotes: 3 }, { name: 'officials', kind: 'group', anonymous: true, quotes: 1 }]),
    rec('https://a.example/2', '2026-11-10T09:00:00', { named: 1, anonymous: 3 }, [{ name: 'ana silva', kind: 'person', anonymous: false, quotes: 1 }]),
    rec('https://b.example/1', '2026-11-11T09:00:00', { named: 2, unidentified: 2 }, [{ name: 'Tom Brandt', kind: 'person', anonymous: false, quotes: 2 }]),
  ];

  it('gives the anonymous share per site and in total', () => {
    expect(bySite(records)).toEqual([{ label: 'a.example', articles: 2, quotes: 8, anonymous: 4 }, { label: 'b.example', articles: 1, quotes: 4, anonymous: 0 }]);
    expect(totals(records)).toEqual({ articles: 3, quotes: 12, anonymous: 4, sites: 2 });
  });

  it('gives the share per week, empty weeks included, weeks starting on Monday', () => {
    expect(weekStart(new Date('2026-11-11T09:00:00')).getDay()).toBe(1);
    const weeks = byWeek(records, new Date('2026-11-12T12:00:00'), 4);
    expect(weeks.map((w) => [w.start.getDate(), w.articles, w.quotes, w.anonymous])).toEqual([[19, 0, 0, 0], [26, 0, 0, 0], [2, 1, 4, 1], [9, 2, 8, 3]]);
  });

  it('ranks named voices over all articles, names compared without case', () => {
    expect(topVoices(records)).toEqual([{ name: 'Ana Silva', quotes: 4, articles: 2 }, { name: 'Tom Brandt', quotes: 2, articles: 1 }]);
  });

  it('finds articles by title, site, URL or source', () => {
    expect(search(records, 'tom').map((r) => r.url)).toEqual(['https://b.example/1']);
    expect(search(records, 'A.EXAMPLE 2').map((r) => r.url)).toEqual(['https://a.example/2']);
    expect(search(records, '  ')).toHaveLength(3);
  });
});

describe('the stored record', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off by default and records nothing then', async () => {
    expect(await isRecording()).toBe(false);
    await recordAnalysis(report, { title: 'Pier' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('records analysed articles when on, once per URL, keeping the first date', async () => {
    await setRecording(true);
    await recordAnalysis(report, { title: 'Pier' }, new Date('2026-11-02T10:00:00Z'));
    await recordAnalysis(report, { title: 'Pier (updated)' }, new Date('2026-11-05T10:00:00Z'));
    const list = await listRecords();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ url: 'https://news.example/pier', title: 'Pier (updated)', date: '2026-11-02T10:00:00.000Z' });
  });

  it('keeps at most the cap, dropping the oldest first, and lists newest first', async () => {
    for (let i = 1; i <= 5; i++) await addRecord(rec(`https://a.example/${i}`, `2026-11-0${i}T00:00:00Z`, { named: 1 }), 3);
    expect((await listRecords()).map((r) => r.url)).toEqual(['https://a.example/5', 'https://a.example/4', 'https://a.example/3']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(RECORD_PREFIX))).toHaveLength(3);
  });

  it('deletes one article, and everything, leaving nothing of the record behind', async () => {
    await setRecording(true);
    for (let i = 1; i <= 3; i++) await addRecord(rec(`https://a.example/${i}`, `2026-11-0${i}T00:00:00Z`, { named: 1 }));
    await deleteRecord('https://a.example/2');
    expect((await listRecords()).map((r) => r.url)).toEqual(['https://a.example/3', 'https://a.example/1']);
    await deleteAll();
    expect(await listRecords()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ historyRecording: true });
  });

  it('exports and imports JSON: new articles added, known ones kept, invalid ones counted, other files refused', async () => {
    await addRecord(rec('https://a.example/1', '2026-11-01T00:00:00Z', { named: 1 }));
    const file = exportFile([
      rec('https://a.example/1', '2026-10-01T00:00:00Z', { named: 9 }),
      rec('https://b.example/2', '2026-11-02T00:00:00Z', { anonymous: 2 }),
      { url: 'not a url' } as unknown as HistoryRecord,
    ]);
    expect(await importFile(file)).toEqual({ added: 1, invalid: 1 });
    const list = await listRecords();
    expect(list.map((r) => [r.url, totalsOf(r)])).toEqual([['https://b.example/2', 2], ['https://a.example/1', 1]]);
    await expect(importFile('{"articles": []}')).rejects.toThrow('not a Sourcelight history export');
    await expect(importFile('<html>')).rejects.toThrow('not a JSON file');
    expect((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY]).toHaveLength(2);
  });
});

function totalsOf(r: HistoryRecord): number {
  return r.quotes.named + r.quotes.anonymous + r.quotes.unidentified;
}
