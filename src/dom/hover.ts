/**
 * Hover and caret: the tooltip follows the pointer (once per animation frame) or the caret into a highlight and
 * says who said it.
 */
import type { Report } from '../engine/types';
import { t } from '../i18n';
import { anonymityNotes } from '../report/group';
import type { Mark } from './highlight';
import { Tooltip, type TooltipContent } from './tooltip';

/** What the tooltip says about a mark, from the report it was painted from. */
export function describeMark(report: Report, mark: Mark): TooltipContent | null {
  if (mark.kind === 'anonymous') {
    const m = mentionById(report).get(mark.id);
    if (!m) return null;
    const source = report.sources.find((s) => s.id === m.sourceId);
    return { kind: t('kindAnonymousSource'), speaker: source?.name ?? m.text, anonymous: true, detail: source ? anonymityNotes(source, t).join(' · ') : undefined };
  }
  const q = report.quotes.find((x) => x.id === mark.id);
  if (!q) return null;
  const source = q.anonymous ? report.sources.find((s) => s.id === q.sourceId) : undefined;
  return { kind: q.kind === 'direct' ? t('kindDirect') : t('kindIndirect'), speaker: q.speaker ?? t('speakerUnknown'), anonymous: q.anonymous, detail: source ? anonymityNotes(source, t).join(' · ') : undefined };
}

const mentionIndex = new WeakMap<Report, Map<string, Report['anonymousMentions'][number]>>();
function mentionById(report: Report): Map<string, Report['anonymousMentions'][number]> {
  let index = mentionIndex.get(report);
  if (!index) {
    index = new Map(report.anonymousMentions.map((m) => [m.id, m]));
    mentionIndex.set(report, index);
  }
  return index;
}

export interface HoverSource {
  /** The mark at a DOM point, if any. */
  markAt(node: Node, offset: number): Mark | null;
  /** Where that mark is on the page now. */
  rangeOf(mark: Mark): Range | null;
  describe(mark: Mark): TooltipContent | null;
  /** Are there marks at all (no work on pages without any). */
  hasMarks(): boolean;
}

export class HoverTips {
  private readonly tooltip: Tooltip;
  private readonly offs: Array<() => void> = [];
  private frame = 0;

  constructor(private readonly doc: Document, private readonly source: HoverSource) {
    this.tooltip = new Tooltip(doc);
  }

  start(): void {
    if (this.offs.length || !this.tooltip.supported) return;
    const doc = this.doc;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void): void => {
      doc.addEventListener(type, fn as EventListener, { passive: true, capture: true });
      this.offs.push(() => doc.removeEventListener(type, fn as EventListener, { capture: true }));
    };
    let last: MouseEvent | null = null;
    on('mousemove', (e) => {
      last = e;
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (!last || !this.source.hasMarks()) return;
        const point = caretAt(doc, last.clientX, last.clientY);
        if (point) this.showAt(point.node, point.offset, last.clientY);
        else this.tooltip.hide();
      });
    });
    // Keyboard and caret users: the tooltip follows the selection into a quote.
    on('selectionchange', () => {
      const sel = doc.getSelection();
      if (sel && sel.anchorNode && this.source.hasMarks()) this.showAt(sel.anchorNode, sel.anchorOffset);
    });
    on('scroll', () => this.tooltip.hide());
    this.offs.push(() => cancelAnimationFrame(this.frame));
  }

  owns(node: Node): boolean {
    return this.tooltip.owns(node);
  }

  stop(): void {
    for (const off of this.offs.splice(0)) off();
    this.frame = 0;
    this.tooltip.destroy();
  }

  /** Show the tooltip for the mark at a DOM point (hidden if there is none); `y` picks the line under the pointer. */
  showAt(node: Node, offset: number, y?: number): void {
    const mark = this.source.markAt(node, offset);
    if (mark) this.showFor(mark, y);
    else this.tooltip.hide();
  }

  /** Show the tooltip for a mark (keyboard steps go straight to one). */
  showFor(mark: Mark, y?: number): void {
    const content = this.source.describe(mark);
    const range = this.source.rangeOf(mark);
    if (!content || !range) { this.tooltip.hide(); return; }
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const line = (y !== undefined ? rects.find((r) => y >= r.top && y <= r.bottom) : undefined) ?? rects[0] ?? range.getBoundingClientRect();
    this.tooltip.show(content, { line, block: mark.flow.element.getBoundingClientRect() });
  }
}

/** The text position under the pointer, across browsers. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
