/** Going to a quote: keyboard steps through the painted quotes, and "reveal" scrolls one into view and flashes it. */
import type { Report } from '../engine/types';
import type { Flow } from './extract';
import type { Highlighter, Mark } from './highlight';
import { firstVisibleFlow, quoteMarks } from './marks';

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
    // One stop per quote: a quote in pieces has a mark per piece, under one id.
    const seen = new Set<string>();
    const quotes = marks.filter((m) => m.kind !== 'anonymous' && m.kind !== 'flash' && !seen.has(m.id) && Boolean(seen.add(m.id)));
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
    const painted = marks.filter((m) => m.id === quoteId);
    // A quote of a kind the options hide is not painted: flash it all the same.
    const pieces = painted.length ? painted : q ? quoteMarks(q, flows) : [];
    if (!pieces.length) return false;
    const range = this.highlighter.rangeOf(pieces[0]);
    if (!range) return false;
    // A range around wrappers starts in their parent (element mode): scroll to the first wrapper itself.
    const start = range.startContainer;
    const target = start.nodeType === 1 ? ((start.childNodes[range.startOffset] ?? start) as Element) : start.parentElement;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    this.highlighter.flash(pieces);
    return true;
  }
}
