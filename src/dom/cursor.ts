/** Going to a quote: keyboard steps through the painted quotes, and "reveal" scrolls one into view and flashes it. */
import type { Report } from '../engine/types';
import type { Flow } from './extract';
import type { Highlighter, Mark } from './highlight';
import { firstVisibleFlow } from './marks';
import { rangeFor } from './ranges';

export class QuoteCursor {
  /** Index (into the quotes in page order) of the quote the keyboard last went to. */
  private at = -1;

  constructor(private readonly doc: Document, private readonly highlighter: Highlighter) {}

  reset(): void {
    this.at = -1;
  }

  /**
   * The next (1) or previous (-1) quote after the last one visited, or after the top of the screen on the first
   * press; null when there is none.
   */
  step(marks: readonly Mark[], flows: readonly Flow[], direction: 1 | -1): Mark | null {
    const quotes = marks.filter((m) => m.kind !== 'anonymous' && m.kind !== 'flash');
    if (!quotes.length) return null;
    let next: number;
    if (this.at < 0 || this.at >= quotes.length) {
      // The first quote in a paragraph on screen or below (quotes are in page order), else the first one.
      const firstVisible = firstVisibleFlow(flows);
      const index = new Map(flows.map((f, i) => [f, i]));
      next = Math.max(0, quotes.findIndex((m) => (index.get(m.flow) ?? -1) >= firstVisible));
      if (direction < 0) next = Math.max(0, next - 1);
    } else {
      next = (this.at + direction + quotes.length) % quotes.length;
    }
    this.at = next;
    return quotes[next];
  }

  /** Scroll to a quote and flash it (even one whose kind is hidden by the options). */
  reveal(report: Report | null, marks: readonly Mark[], flows: readonly Flow[], quoteId: string): boolean {
    const q = report?.quotes.find((x) => x.id === quoteId);
    const flow = q ? flows[q.span.block] : undefined;
    const mark = marks.find((m) => m.id === quoteId) ?? (q && flow ? { kind: q.kind, flow, start: q.span.start, end: q.span.end, id: q.id } : undefined);
    if (!mark) return false;
    const range = rangeFor(mark.flow, mark.start, mark.end);
    if (!range) return false;
    const target = range.startContainer.parentElement;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    this.highlighter.flash(mark);
    return true;
  }
}
