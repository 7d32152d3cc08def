/**
 * Report → marks (what to paint, with the ids that hover and "reveal" look up), and painting them in slices, the
 * paragraphs on screen first.
 */
import type { Report } from '../engine/types';
import type { Category } from '../settings/sites';
import type { Flow } from './extract';
import type { Highlighter, Mark } from './highlight';
import { Slicer } from './slices';

/** Marks per slice at most before checking the clock (element mode paints a paragraph at once). */
const PAINT_BATCH = 50;

/** The marks of a report over the flows it was computed from, for the kinds shown. */
export function marksOf(report: Report, flows: readonly Flow[], show: Record<Category, boolean>): Mark[] {
  const marks: Mark[] = [];
  for (const q of report.quotes) {
    const flow = flows[q.span.block];
    if (flow && show[q.kind]) marks.push({ kind: q.kind, flow, start: q.span.start, end: q.span.end, id: q.id });
  }
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
 * back between slices. `cancelled` is asked after each yield; `afterBatch` runs after each batch is painted.
 */
export async function paintInSlices(highlighter: Highlighter, marks: readonly Mark[], flows: readonly Flow[], cancelled: () => boolean, afterBatch?: () => void): Promise<boolean> {
  const first = firstVisibleFlow(flows);
  const order = new Map<Flow, number>();
  flows.forEach((f, i) => order.set(f, i >= first ? i - first : flows.length + (first - i)));
  const sorted = [...marks].sort((a, b) => (order.get(a.flow) ?? 0) - (order.get(b.flow) ?? 0));
  const slicer = new Slicer();
  for (let i = 0; i < sorted.length;) {
    // Keep each paragraph's marks together.
    let j = Math.min(sorted.length, i + PAINT_BATCH);
    while (j < sorted.length && sorted[j].flow === sorted[j - 1].flow) j++;
    highlighter.add(sorted.slice(i, j));
    afterBatch?.();
    i = j;
    if (i < sorted.length && slicer.due()) {
      await slicer.next();
      if (cancelled()) return false;
    }
  }
  return true;
}
