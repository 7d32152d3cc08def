/** The last stage: drafts, mentions and the source registry become the report of `docs/report-spec.md`. */
import type { Draft } from './discourse';
import type { Entity } from './sources';
import type { AnonymousMention, ClauseTrace, Quote, Report, Source } from './types';

export interface ReportParts {
  drafts: Draft[];
  mentions: AnonymousMention[];
  /** The source of each mention, by `block:start`. */
  mentionEntity: ReadonlyMap<string, Entity>;
  url: string | null;
  truncated: boolean;
  clauses?: ClauseTrace[];
}

/**
 * A quotation inside a reported passage of the same source ("He said the plan was “dead on arrival” in Congress") is
 * one statement: the quote gets `within`, the id of the passage, so a reader is never shown the same words twice
 * under one source. One pass over quotes in page order, keeping the passages still open in the paragraph.
 */
function markQuotesWithinReports(quotes: Quote[]): void {
  let open: Quote[] = [];
  let block = -1;
  for (const q of quotes) {
    if (q.span.block !== block) { open = []; block = q.span.block; }
    open = open.filter((r) => r.span.end > q.span.start);
    if (q.kind === 'indirect') { open.push(q); continue; }
    const host = open.find((r) => r.sourceId === q.sourceId && r.span.start <= q.span.start && r.span.end >= q.span.end);
    if (host) q.within = host.id;
  }
}

export function buildReport({ drafts, mentions, mentionEntity, url, truncated, clauses }: ReportParts): Report {
  drafts.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start || (a.kind === 'direct' ? -1 : 1));
  mentions.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);
  const sourceOf = new Map<Entity, Source>();
  const sources: Source[] = [];
  const sourceFor = (e: Entity): Source => {
    let source = sourceOf.get(e);
    if (!source) {
      source = { id: `s${sources.length + 1}`, name: e.sourceName, anonymous: e.isAnonymous, kind: e.sourceKind, mentions: e.mentions.slice(), quoteIds: [] };
      sourceOf.set(e, source);
      sources.push(source);
    }
    return source;
  };
  const quotes: Quote[] = drafts.map((d, i) => {
    const id = `q${i + 1}`;
    const text = d.parts ? d.parts.map((part) => d.text.slice(part.start, part.end)).join(' ') : d.text.slice(d.span.start, d.span.end);
    const source = d.entity ? sourceFor(d.entity) : null;
    if (source) source.quoteIds.push(id);
    return {
      id, kind: d.kind, text,
      speaker: d.entity?.sourceName ?? null,
      anonymous: d.entity?.isAnonymous ?? false,
      cue: d.cue ? d.text.slice(d.cue.start, d.cue.end) : null,
      sourceId: source?.id ?? null,
      span: d.span, cueSpan: d.cue, speakerSpan: d.speakerAt,
      rule: d.rule, clauseRule: d.clauseRule,
      ...(d.parts ? { parts: d.parts } : {}),
    };
  });
  markQuotesWithinReports(quotes);
  const anonymousMentions = mentions.map((m, i) => {
    const e = mentionEntity.get(`${m.span.block}:${m.span.start}`);
    return { ...m, id: `m${i + 1}`, sourceId: e ? sourceFor(e).id : null };
  });
  return { url, quotes, sources, anonymousMentions, ...(truncated ? { truncated: true } : {}), ...(clauses ? { clauses } : {}) };
}
