/**
 * Report → marks (what to paint, with the ids that hover and "reveal" look up), and painting them in slices, the
 * paragraphs on screen first.
 */
import type { Quote, Report, Span } from '../engine/types';
import type { Category } from '../settings/sites';
import type { Flow } from './extract';
import type { Highlighter, Mark } from './highlight';
import { Slicer } from './slices';

/** Marks per slice at most before checking the clock (element mode paints a paragraph at once). */
const PAINT_BATCH = 50;

/**
 * Where a quote's words are on the page: its pieces when the report splits it ("The goal, he said, is a cease-fire":
 * the attribution between them is not the quote), else its span.
 */
export function quoteSpans(q: Pick<Quote, 'span' | 'parts'>): readonly Span[] {
  return q.parts?.length ? q.parts : [q.span];
}

/** One mark per piece of a quote, all under the quote's id (hover, reveal and the flash find every piece). */
export function quoteMarks(q: Quote, flows: readonly Flow[]): Mark[] {
  const marks: Mark[] = [];
  for (const s of quoteSpans(q)) {
    const flow = flows[s.block];
    if (flow) marks.push({ kind: q.kind, flow, start: s.start, end: s.end, id: q.id });
  }
  return marks;
}

/** The marks of a report over the flows it was computed from, for the kinds shown. */
export function marksOf(report: Report, flows: readonly Flow[], show: Record<Category, boolean>): Mark[] {
  const marks: Mark[] = [];
  for (const q of report.quotes) if (show[q.kind]) marks.push(...quoteMarks(q, flows));
  if (show.anonymous) {
    for (const m of report.anonymousMentions) {
      const flow = flows[m.span.block];
      if (flow) marks.push({ kind: 'anonymous', flow, start: m.span.start, end: m.span.end, id: m.id });
    }
  }
  return marks;
}

/** The first paragraph on screen (flows are in document order), by binary search: few layout reads. */
export function firstVisibleFlow(flows: readonly Flow[]): number {
  let lo = 0;
  let hi = flows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const el = flows[mid].element;
    const bottom = el.isConnected ? el.getBoundingClientRect().bottom : -1;
    if (bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, flows.length - 1));
}

/**
 * Paint `marks`, the paragraphs from the first visible one down first, then those above, giving the main thread
 * back every few milliseconds. With the Highlight API all of it shows at once at the end: registering highlights
 * costs the browser a pass over every marked text fragment (PrePaint: 69 ms for the first 50 marks of a 20 MB page,
 * 230 ms for all), so it is done once. `cancelled` is asked after each yield; `afterBatch` runs after each slice.
 */
export async function paintInSlices(highlighter: Highlighter, marks: readonly Mark[], flows: readonly Flow[], cancelled: () => boolean, afterBatch?: () => void): Promise<boolean> {
  const first = firstVisibleFlow(flows);
  const order = new Map<Flow, number>();
  flows.forEach((f, i) => order.set(f, i >= first ? i - first : flows.length + (first - i)));
  const sorted = [...marks].sort((a, b) => (order.get(a.flow) ?? 0) - (order.get(b.flow) ?? 0));
  const slicer = new Slicer();
  for (let i = 0; i < sorted.length;) {
    // Keep each paragraph's marks together (element mode wraps a paragraph in one go, in slices of its own).
    let j = Math.min(sorted.length, i + PAINT_BATCH);
    while (j < sorted.length && sorted[j].flow === sorted[j - 1].flow) j++;
    const work = highlighter.paint(sorted.slice(i, j));
    for (let r = work.next(); !r.done; r = work.next()) {
      if (!slicer.due()) continue;
      afterBatch?.();
      await slicer.next();
      if (cancelled()) return false;
    }
    afterBatch?.();
    i = j;
    if (slicer.due()) {
      await slicer.next();
      if (cancelled()) return false;
    }
  }
  highlighter.show();
  afterBatch?.();
  return true;
}
