/**
 * Exports of who said what: Markdown for pasting, CSV for spreadsheets, JSON for tools (the report itself plus the
 * page's URL, title and the date). Text is escaped for each format; CSV cells that a spreadsheet would run as a
 * formula are neutralised.
 */
import type { Report } from '../engine/types';
import { displayText, groupBySource } from './group';

export interface PageInfo {
  url: string | null;
  title: string | null;
  /** ISO 8601. */
  date: string;
}

/** Markdown special characters in running text. */
function md(text: string): string {
  return displayText(text).replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}

export function toMarkdown(report: Report, page: PageInfo): string {
  const lines: string[] = [`# Who said what: ${md(page.title ?? page.url ?? 'this page')}`, ''];
  if (page.url) lines.push(`Source: <${page.url.replace(/[<>\s]/gu, encodeURIComponent)}>`, '');
  lines.push(`Analysed ${page.date.slice(0, 10)} with Sourcelight: ${report.quotes.length} quotes.`, '');
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

export function toCsv(report: Report, page: PageInfo): string {
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  // New columns go at the end, so spreadsheets built on the earlier layout keep their column letters.
  const rows = [['quote_id', 'kind', 'speaker', 'anonymous', 'source_kind', 'cue', 'text', 'page_url', 'page_title', 'date', 'anonymity_reason', 'source_access']];
  for (const q of report.quotes) {
    const s = q.sourceId ? byId.get(q.sourceId) : undefined;
    rows.push([q.id, q.kind, q.speaker ?? '', String(q.anonymous), s?.kind ?? '', q.cue ?? '', displayText(q.text), page.url ?? '', page.title ?? '', page.date, displayText(s?.reason ?? ''), displayText(s?.access ?? '')]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toJson(report: Report, page: PageInfo): string {
  return JSON.stringify({ ...report, url: page.url ?? report.url, title: page.title, date: page.date }, null, 2);
}

/** A file name from the page title: letters, digits and dashes only. */
export function exportName(page: PageInfo, ext: 'csv' | 'json'): string {
  const base = (page.title ?? 'page').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60) || 'page';
  return `sourcelight-${base}-${page.date.slice(0, 10)}.${ext}`;
}
