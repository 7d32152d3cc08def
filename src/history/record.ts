/**
 * One article in the reader's private record of sourcing: where it was, when it was read, how many of its quotes rest
 * on named, anonymous and unidentified sources, and who its sources were. Only counts and names are kept: no quote
 * text, nothing of the page beyond its URL and title.
 */
import type { Report, SourceKind } from '../engine/types';
import { siteOf } from '../settings/sites';

export interface RecordedSource {
  name: string;
  kind: SourceKind;
  anonymous: boolean;
  quotes: number;
}

export interface HistoryRecord {
  url: string;
  title: string;
  site: string;
  /** When the article was first analysed (ISO 8601). */
  date: string;
  quotes: { named: number; anonymous: number; unidentified: number };
  sources: RecordedSource[];
}

/** At most this many sources per article are kept (the most quoted): a record stays a few hundred bytes. */
export const MAX_SOURCES = 30;
const MAX_TEXT = 300;
const KINDS: readonly SourceKind[] = ['person', 'group', 'organization', 'document', 'unknown'];

/** The URL an article is recorded under: without its fragment, which names a place in the page, not a page. */
export function articleUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

const clip = (s: string): string => s.replace(/\s+/gu, ' ').trim().slice(0, MAX_TEXT);

/** The record of an analysed page, or null when there is nothing to record (no quotes, not a web page). */
export function recordOf(report: Report, page: { url: string | null | undefined; title: string | null | undefined; date: Date }): HistoryRecord | null {
  const url = page.url ? articleUrl(page.url) : null;
  const site = siteOf(url);
  if (!url || !site || report.quotes.length === 0) return null;
  const sources = report.sources
    .filter((s) => s.quoteIds.length > 0)
    .map((s) => ({ name: clip(s.name), kind: s.kind, anonymous: s.anonymous, quotes: s.quoteIds.length }))
    .sort((a, b) => b.quotes - a.quotes)
    .slice(0, MAX_SOURCES);
  return {
    url,
    title: clip(page.title || url),
    site,
    date: page.date.toISOString(),
    quotes: {
      named: report.quotes.filter((q) => q.sourceId !== null && !q.anonymous).length,
      anonymous: report.quotes.filter((q) => q.anonymous).length,
      unidentified: report.quotes.filter((q) => q.sourceId === null).length,
    },
    sources,
  };
}

const count = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e6 ? v : null);

/** A record read back from storage or an imported file, checked field by field; null when it is not one. */
export function validRecord(raw: unknown): HistoryRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const url = typeof r.url === 'string' ? articleUrl(r.url) : null;
  const site = siteOf(url);
  const date = typeof r.date === 'string' && !Number.isNaN(Date.parse(r.date)) ? new Date(r.date).toISOString() : null;
  const q = (r.quotes && typeof r.quotes === 'object' ? r.quotes : {}) as Record<string, unknown>;
  const named = count(q.named);
  const anonymous = count(q.anonymous);
  const unidentified = count(q.unidentified);
  if (!url || !site || !date || named === null || anonymous === null || unidentified === null) return null;
  const sources: RecordedSource[] = [];
  for (const s of Array.isArray(r.sources) ? r.sources.slice(0, MAX_SOURCES) : []) {
    if (!s || typeof s !== 'object') continue;
    const o = s as Record<string, unknown>;
    const quotes = count(o.quotes);
    if (typeof o.name !== 'string' || !o.name.trim() || quotes === null) continue;
    sources.push({ name: clip(o.name), kind: KINDS.includes(o.kind as SourceKind) ? (o.kind as SourceKind) : 'unknown', anonymous: o.anonymous === true, quotes });
  }
  return { url, title: clip(typeof r.title === 'string' && r.title.trim() ? r.title : url), site, date, quotes: { named, anonymous, unidentified }, sources };
}

export function totalQuotes(r: HistoryRecord): number {
  return r.quotes.named + r.quotes.anonymous + r.quotes.unidentified;
}
