/**
 * Presentation helpers shared by the CLI and the popup: who said what, grouped by source, in page order. Strings come
 * through an injected lookup (the extension's `t`, or `englishText` in Node), so the CLI never loads the browser API.
 */
import type { Quote, Report, Source } from '../engine/types';
import { plural, type Translate } from '../messages';

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
  /** Quoted anonymous sources for which the article says why they are unnamed. */
  anonymousWithReason: number;
}

/**
 * The statements a reader is shown: every quote except a quotation inside a reported passage of the same source
 * (`within`), which the passage already shows — the same words never twice under one source.
 */
export function statements(report: Pick<Report, 'quotes'>): Quote[] {
  return report.quotes.filter((q) => !q.within);
}

/** Named sources first, then anonymous ones, then unattributed quotes; each group and its quotes in page order. */
export function groupBySource(report: Report): SourceGroup[] {
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  const groups = new Map<string, SourceGroup>();
  const unattributed: Quote[] = [];
  for (const q of statements(report)) {
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
  const shown = statements(report);
  const speaking = new Set(shown.map((q) => q.sourceId).filter((id): id is string => id !== null));
  const sources = report.sources.filter((s) => speaking.has(s.id));
  const anonymousQuotes = shown.filter((q) => q.anonymous).length;
  return {
    quotes: shown.length,
    direct: shown.filter((q) => q.kind === 'direct').length,
    indirect: shown.filter((q) => q.kind === 'indirect').length,
    sources: sources.length,
    anonymousSources: sources.filter((s) => s.anonymous).length,
    anonymousQuotes,
    namedQuotes: shown.filter((q) => !q.anonymous && q.sourceId !== null).length,
    anonymousWithReason: sources.filter((s) => s.anonymous && s.reason).length,
  };
}

/** "12 quotes · 5 sources · 2 anonymous", from the UI messages. */
export function summaryLine(s: ReportSummary, t: Translate): string {
  return [
    plural(t, 'quoteCount', s.quotes),
    plural(t, 'sourceCount', s.sources),
    t('summaryAnonymous', s.anonymousSources),
  ].join(' · ');
}

/** "2 of 3 anonymous sources: reason given", or null when no anonymous source speaks. */
export function reasonLine(s: ReportSummary, t: Translate): string | null {
  return s.anonymousSources ? t('sourcingReasons', s.anonymousWithReason, plural(t, 'anonymousSourceCount', s.anonymousSources)) : null;
}

/**
 * What a view shows under an anonymous source: "Why unnamed: …" and "Access: …". An access that only repeats the
 * source's name ("senior diplomatic source") is left out of views; the report and the exports keep it.
 */
export function anonymityNotes(source: Source, t: Translate): string[] {
  const notes: string[] = [];
  if (source.reason) notes.push(t('anonymityReason', displayText(source.reason)));
  if (source.access && displayText(source.access).toLowerCase() !== displayText(source.name).toLowerCase()) notes.push(t('anonymityAccess', displayText(source.access)));
  return notes;
}

/** Whitespace runs (line breaks from the page) as single spaces, for display. */
export function displayText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
