/** Presentation helpers shared by the CLI and the popup: who said what, grouped by source, in page order. */
import type { Quote, Report, Source } from '../engine/types';
import { t } from '../i18n';

export interface SourceGroup {
  source: Source | null;
  quotes: Quote[];
}

export interface ReportSummary {
  quotes: number;
  direct: number;
  indirect: number;
  sources: number;
  anonymousSources: number;
  anonymousQuotes: number;
  namedQuotes: number;
}

/** Named sources first, then anonymous ones, then unattributed quotes; each group and its quotes in page order. */
export function groupBySource(report: Report): SourceGroup[] {
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  const groups = new Map<string, SourceGroup>();
  const unattributed: Quote[] = [];
  for (const q of report.quotes) {
    const s = q.sourceId ? byId.get(q.sourceId) : undefined;
    if (!s) { unattributed.push(q); continue; }
    let g = groups.get(s.id);
    if (!g) { g = { source: s, quotes: [] }; groups.set(s.id, g); }
    g.quotes.push(q);
  }
  const ordered = [...groups.values()];
  const named = ordered.filter((g) => !g.source?.anonymous);
  const anonymous = ordered.filter((g) => g.source?.anonymous);
  const out = [...named, ...anonymous];
  if (unattributed.length) out.push({ source: null, quotes: unattributed });
  return out;
}

export function summarizeReport(report: Report): ReportSummary {
  const speaking = new Set(report.quotes.map((q) => q.sourceId).filter((id): id is string => id !== null));
  const sources = report.sources.filter((s) => speaking.has(s.id));
  const anonymousQuotes = report.quotes.filter((q) => q.anonymous).length;
  return {
    quotes: report.quotes.length,
    direct: report.quotes.filter((q) => q.kind === 'direct').length,
    indirect: report.quotes.filter((q) => q.kind === 'indirect').length,
    sources: sources.length,
    anonymousSources: sources.filter((s) => s.anonymous).length,
    anonymousQuotes,
    namedQuotes: report.quotes.filter((q) => !q.anonymous && q.sourceId !== null).length,
  };
}

/** "12 quotes · 5 sources · 2 anonymous", from the UI messages (English outside the extension). */
export function summaryLine(s: ReportSummary): string {
  return [
    s.quotes === 1 ? t('summaryQuote') : t('summaryQuotes', s.quotes),
    s.sources === 1 ? t('summarySource') : t('summarySources', s.sources),
    t('summaryAnonymous', s.anonymousSources),
  ].join(' · ');
}

/** Whitespace runs (line breaks from the page) as single spaces, for display. */
export function displayText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
