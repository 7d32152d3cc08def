/**
 * Exports of who said what: Markdown for pasting, CSV for spreadsheets, JSON for tools (the report itself plus the
 * page's URL, title and the date). Text is escaped for each format; CSV cells that a spreadsheet would run as a
 * formula are neutralised.
 */
import type { Report } from '../engine/types';
import { displayText, groupBySource, statements } from './group';

export interface PageInfo {
  url: string | null;
  title: string | null;
  /** ISO 8601. */
  date: string;
}

function quoteCount(n: number): string {
  return `${n} ${n === 1 ? 'quote' : 'quotes'}`;
}

/** Markdown special characters in running text. */
function md(text: string): string {
  return displayText(text).replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}

export function toMarkdown(report: Report, page: PageInfo): string {
  const lines: string[] = [`# Who said what: ${md(page.title ?? page.url ?? 'this page')}`, ''];
  if (page.url) lines.push(`Source: <${page.url.replace(/[<>\s]/gu, encodeURIComponent)}>`, '');
  lines.push(`Analysed ${page.date.slice(0, 10)} with Sourcelight: ${quoteCount(statements(report).length)}.`, '');
  for (const g of groupBySource(report)) {
    const s = g.source;
    lines.push(`## ${s ? md(s.name) : 'Speaker not identified'}${s?.anonymous ? ' (anonymous)' : ''}`, '');
    if (s?.reason) lines.push(`*Why unnamed:* ${md(s.reason)}  `);
    if (s?.access) lines.push(`*Access:* ${md(s.access)}  `);
    if (s?.reason || s?.access) lines.push('');
    for (const q of g.quotes) lines.push(`- ${q.kind === 'direct' ? 'Quote' : 'Reported'}: “${md(q.text)}”`);
    lines.push('');
  }
  return lines.join('\n');
}

function csvCell(value: string | boolean | null): string {
  let s = value === null ? '' : String(value);
  // =, +, -, @ (and tab/CR) at the start make spreadsheets evaluate a cell: keep it text.
  if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** One CSV record (RFC 4180, CRLF-terminated), cells escaped and formulas neutralised. */
export function csvRecord(cells: ReadonlyArray<string | boolean | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The per-quote columns every CSV export shares. New columns go at the end, so spreadsheets keep their letters. */
export const QUOTE_COLUMNS = ['quote_id', 'kind', 'speaker', 'anonymous', 'source_kind', 'cue', 'text'] as const;
export const SOURCE_NOTE_COLUMNS = ['anonymity_reason', 'source_access'] as const;

/** Each quote as its QUOTE_COLUMNS and SOURCE_NOTE_COLUMNS cells, in report order. */
export function quoteCells(report: Report): Array<{ quote: string[]; notes: string[] }> {
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  return report.quotes.map((q) => {
    const s = q.sourceId ? byId.get(q.sourceId) : undefined;
    return {
      quote: [q.id, q.kind, q.speaker ?? '', String(q.anonymous), s?.kind ?? '', q.cue ?? '', displayText(q.text)],
      notes: [displayText(s?.reason ?? ''), displayText(s?.access ?? '')],
    };
  });
}

export function toCsv(report: Report, page: PageInfo): string {
  const rows = [csvRecord([...QUOTE_COLUMNS, 'page_url', 'page_title', 'date', ...SOURCE_NOTE_COLUMNS])];
  for (const { quote, notes } of quoteCells(report)) rows.push(csvRecord([...quote, page.url ?? '', page.title ?? '', page.date, ...notes]));
  return rows.join('');
}

export function toJson(report: Report, page: PageInfo): string {
  return JSON.stringify({ ...report, url: page.url ?? report.url, title: page.title, date: page.date }, null, 2);
}

/** A file name from the page title: letters, digits and dashes only. */
export function exportName(page: PageInfo, ext: 'csv' | 'json'): string {
  const base = (page.title ?? 'page').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60) || 'page';
  return `sourcelight-${base}-${page.date.slice(0, 10)}.${ext}`;
}
