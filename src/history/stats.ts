/** What the Sources page draws, computed from the records: pure functions, tested without a browser. */
import { totalQuotes, type HistoryRecord } from './record';

export interface ShareRow {
  label: string;
  articles: number;
  quotes: number;
  anonymous: number;
}

/** Quotes resting on anonymous sources, per site; the sites with most quotes first. */
export function bySite(records: readonly HistoryRecord[], limit = 12): ShareRow[] {
  const rows = new Map<string, ShareRow>();
  for (const r of records) {
    let row = rows.get(r.site);
    if (!row) { row = { label: r.site, articles: 0, quotes: 0, anonymous: 0 }; rows.set(r.site, row); }
    row.articles++;
    row.quotes += totalQuotes(r);
    row.anonymous += r.quotes.anonymous;
  }
  return [...rows.values()].sort((a, b) => b.quotes - a.quotes || a.label.localeCompare(b.label)).slice(0, limit);
}

/** Monday 00:00 (local time) of the week holding `d`. */
export function weekStart(d: Date): Date {
  const s = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  s.setDate(s.getDate() - ((s.getDay() + 6) % 7));
  return s;
}

export interface WeekRow extends ShareRow {
  start: Date;
}

/** The last `weeks` weeks up to `now`, oldest first, empty weeks included so the axis is honest. */
export function byWeek(records: readonly HistoryRecord[], now: Date, weeks = 12): WeekRow[] {
  const last = weekStart(now);
  const rows: WeekRow[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const start = new Date(last);
    start.setDate(start.getDate() - 7 * i);
    rows.push({ start, label: '', articles: 0, quotes: 0, anonymous: 0 });
  }
  const index = new Map(rows.map((r, i) => [r.start.getTime(), i]));
  for (const r of records) {
    const i = index.get(weekStart(new Date(r.date)).getTime());
    if (i === undefined) continue;
    rows[i].articles++;
    rows[i].quotes += totalQuotes(r);
    rows[i].anonymous += r.quotes.anonymous;
  }
  return rows;
}

export interface VoiceRow {
  name: string;
  quotes: number;
  articles: number;
}

/** The most-quoted named voices over all records (names compared without case). */
export function topVoices(records: readonly HistoryRecord[], limit = 10): VoiceRow[] {
  const voices = new Map<string, VoiceRow>();
  for (const r of records) {
    for (const s of r.sources) {
      if (s.anonymous) continue;
      const key = s.name.toLowerCase();
      let v = voices.get(key);
      if (!v) { v = { name: s.name, quotes: 0, articles: 0 }; voices.set(key, v); }
      v.quotes += s.quotes;
      v.articles++;
    }
  }
  return [...voices.values()].sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, limit);
}

export interface Totals {
  articles: number;
  quotes: number;
  anonymous: number;
  sites: number;
}

export function totals(records: readonly HistoryRecord[]): Totals {
  let quotes = 0;
  let anonymous = 0;
  for (const r of records) { quotes += totalQuotes(r); anonymous += r.quotes.anonymous; }
  return { articles: records.length, quotes, anonymous, sites: new Set(records.map((r) => r.site)).size };
}

/** Records whose title, site, URL or a source's name contains every word of the query (case-insensitive). */
export function search(records: readonly HistoryRecord[], query: string): HistoryRecord[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (!words.length) return [...records];
  return records.filter((r) => {
    const hay = [r.title, r.site, r.url, ...r.sources.map((s) => s.name)].join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
