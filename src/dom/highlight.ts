/**
 * Highlighting. The CSS Custom Highlight API paints ranges without touching the page's DOM. Where it is missing,
 * text is wrapped in <sourcelight-mark> elements that are removed cleanly: every split text node is put back
 * as it was, so switching off restores the original DOM.
 */
import type { Flow } from './extract';
import { rangeFor, segmentsFor } from './ranges';

export type HighlightKind = 'direct' | 'indirect' | 'anonymous' | 'flash';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['indirect', 'direct', 'anonymous', 'flash'];
export const MARK_TAG = 'sourcelight-mark';

export interface Mark {
  kind: HighlightKind;
  flow: Flow;
  start: number;
  end: number;
  /** Quote or mention id, so hover and "reveal" find it. */
  id: string;
}

export interface Highlighter {
  readonly mode: 'highlight-api' | 'elements';
  /** Colour theme of the next paint: the stylesheet has a palette for each. */
  theme: 'standard' | 'high-contrast';
  /** Add highlights for paragraphs not painted yet (painting in slices). */
  add(marks: readonly Mark[]): void;
  /**
   * Put back what the page removed or rewrote since painting (the highlight registry is shared with the page).
   * Returns how many things had to be repaired (0 when nothing was touched).
   */
  verify(): number;
  /** Flash one mark briefly (after "reveal"). */
  flash(mark: Mark): void;
  /** Which mark is at this DOM point, if any. */
  markAt(node: Node, offset: number): Mark | null;
  clear(): void;
}

const PRIORITY: Record<HighlightKind, number> = { indirect: 1, direct: 2, anonymous: 3, flash: 4 };

interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}
interface HighlightObject {
  add(r: Range): void;
  has(r: Range): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
  type?: string;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightObject;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** Highlight registry name of a kind in a theme: sourcelight-direct, sourcelight-hc-direct, ... */
const THEMES = ['standard', 'high-contrast'] as const;

export function highlightName(kind: HighlightKind, theme: 'standard' | 'high-contrast'): string {
  return `sourcelight-${theme === 'high-contrast' ? 'hc-' : ''}${kind}`;
}

/** Where a painted range must start and end; a page that moves a range is put right. */
interface Painted {
  mark: Mark;
  range: Range;
  start: [Node, number];
  end: [Node, number];
}

class ApiHighlighter implements Highlighter {
  readonly mode = 'highlight-api' as const;
  theme: 'standard' | 'high-contrast' = 'standard';
  private painted: Painted[] = [];
  private highlights = new Map<HighlightKind, { h: HighlightObject; name: string; ranges: Range[] }>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly api: { registry: HighlightRegistry; Highlight: HighlightCtor }) {}

  add(marks: readonly Mark[]): void {
    for (const mark of marks) {
      const range = rangeFor(mark.flow, mark.start, mark.end);
      if (!range) continue;
      this.painted.push({ mark, range, start: [range.startContainer, range.startOffset], end: [range.endContainer, range.endOffset] });
      let entry = this.highlights.get(mark.kind);
      if (!entry) {
        const h = new this.api.Highlight();
        h.priority = PRIORITY[mark.kind];
        entry = { h, name: highlightName(mark.kind, this.theme), ranges: [] };
        this.highlights.set(mark.kind, entry);
        this.api.registry.set(entry.name, h);
      }
      entry.h.add(range);
      entry.ranges.push(range);
    }
  }

  verify(): number {
    let repaired = 0;
    for (const p of this.painted) {
      const [sn, so] = p.start;
      const [en, eo] = p.end;
      if (p.range.startContainer === sn && p.range.startOffset === so && p.range.endContainer === en && p.range.endOffset === eo) continue;
      // A range moved: by the page's script, or because its text changed (then the article watcher re-reads it).
      if (!sn.isConnected || !en.isConnected) continue;
      try {
        p.range.setStart(sn, so);
        p.range.setEnd(en, eo);
        repaired++;
      } catch {
        // The text is shorter now: the article watcher re-reads it.
      }
    }
    for (const [kind, entry] of this.highlights) {
      const { h, name, ranges } = entry;
      if (this.api.registry.get(name) !== h) { this.api.registry.set(name, h); repaired++; }
      if (h.priority !== PRIORITY[kind]) { h.priority = PRIORITY[kind]; repaired++; }
      if (h.type !== undefined && h.type !== 'highlight') { h.type = 'highlight'; repaired++; }
      if (h.size !== ranges.length || ranges.some((r) => !h.has(r))) {
        h.clear();
        for (const r of ranges) h.add(r);
        repaired++;
      }
    }
    // Names of ours that the page set (a quote repainted as another kind): removed.
    for (const kind of HIGHLIGHT_KINDS) {
      if (kind === 'flash') continue;
      for (const theme of THEMES) {
        const name = highlightName(kind, theme);
        if (this.highlights.get(kind)?.name === name) continue;
        if (this.api.registry.get(name) !== undefined) { this.api.registry.delete(name); repaired++; }
      }
    }
    return repaired;
  }

  flash(mark: Mark): void {
    const range = rangeFor(mark.flow, mark.start, mark.end);
    if (!range) return;
    const h = new this.api.Highlight(range);
    h.priority = PRIORITY.flash;
    this.api.registry.set(highlightName('flash', this.theme), h);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.api.registry.delete(highlightName('flash', this.theme)), 1600);
  }

  markAt(node: Node, offset: number): Mark | null {
    let best: Mark | null = null;
    for (const { mark, range } of this.painted) {
      try {
        if (range.comparePoint(node, offset) === 0 && (!best || PRIORITY[mark.kind] > PRIORITY[best.kind])) best = mark;
      } catch {
        // A point in another document or a detached node.
      }
    }
    return best;
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    for (const kind of HIGHLIGHT_KINDS) for (const theme of THEMES) this.api.registry.delete(highlightName(kind, theme));
    this.highlights.clear();
    this.painted = [];
  }
}

interface SplitRecord {
  /** The page's own text node, which keeps the text before the first mark. */
  original: Text;
  data: string;
  /** Nodes this highlighter added after it (marks and the remainder text nodes). */
  added: Node[];
}

class ElementHighlighter implements Highlighter {
  readonly mode = 'elements' as const;
  theme: 'standard' | 'high-contrast' = 'standard';
  private records: SplitRecord[] = [];
  private recordOf = new Map<Text, SplitRecord>();
  private elements = new Map<Element, Mark>();
  private flashed: Element[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** The page's own elements are not watched here: this mode exists only where the Highlight API is missing. */
  verify(): number {
    return 0;
  }

  /** Paragraphs already wrapped: `add` paints each paragraph once, with all of its marks. */
  private painted = new Set<Flow>();

  add(marks: readonly Mark[]): void {
    // One kind per character (the highest priority wins) so wrapped runs never overlap.
    const byFlow = new Map<Flow, Mark[]>();
    for (const m of marks) {
      const list = byFlow.get(m.flow);
      if (list) list.push(m);
      else byFlow.set(m.flow, [m]);
    }
    for (const [flow, list] of byFlow) {
      if (this.painted.has(flow)) continue;
      this.painted.add(flow);
      const owner: Array<Mark | undefined> = new Array(flow.text.length);
      for (const m of list) for (let i = Math.max(0, m.start); i < Math.min(m.end, owner.length); i++) {
        const cur = owner[i];
        if (!cur || PRIORITY[m.kind] > PRIORITY[cur.kind]) owner[i] = m;
      }
      const runs: Array<{ mark: Mark; start: number; end: number }> = [];
      for (let i = 0; i < owner.length; i++) {
        const m = owner[i];
        if (!m) continue;
        const last = runs[runs.length - 1];
        if (last && last.mark === m && last.end === i) last.end = i + 1;
        else runs.push({ mark: m, start: i, end: i + 1 });
      }
      // Wrap right to left within each text node, so earlier offsets stay valid after splitting.
      const byNode = new Map<Text, Array<{ start: number; end: number; mark: Mark }>>();
      for (const r of runs) {
        for (const s of segmentsFor(flow, r.start, r.end)) {
          const seg = { start: s.start, end: s.end, mark: r.mark };
          const list = byNode.get(s.node);
          if (list) list.push(seg);
          else byNode.set(s.node, [seg]);
        }
      }
      for (const [node, segs] of byNode) for (const s of segs.sort((a, b) => b.start - a.start)) this.wrap(node, s.start, s.end, s.mark);
    }
  }

  private recordFor(node: Text): SplitRecord {
    let rec = this.recordOf.get(node);
    if (!rec) {
      rec = { original: node, data: node.data, added: [] };
      this.records.push(rec);
      this.recordOf.set(node, rec);
    }
    return rec;
  }

  private wrap(node: Text, start: number, end: number, mark: Mark): void {
    if (!node.parentNode || end <= start || end > node.data.length) return;
    const rec = this.recordFor(node);
    if (end < node.data.length) rec.added.push(node.splitText(end));
    const middle = start > 0 ? node.splitText(start) : node;
    if (middle === node) {
      // The mark starts at offset 0: keep the page's node in place (empty) so it can be restored.
      const copy = this.doc.createTextNode(node.data);
      node.data = '';
      node.parentNode.insertBefore(copy, node.nextSibling);
      this.wrapNode(copy, mark, rec);
      return;
    }
    this.wrapNode(middle, mark, rec);
  }

  private wrapNode(text: Text, mark: Mark, rec: SplitRecord): void {
    const el = this.doc.createElement(MARK_TAG);
    el.setAttribute('data-kind', mark.kind);
    if (this.theme === 'high-contrast') el.setAttribute('data-theme', 'hc');
    text.parentNode?.insertBefore(el, text);
    el.appendChild(text);
    rec.added.push(el);
    this.elements.set(el, mark);
  }

  flash(mark: Mark): void {
    clearTimeout(this.flashTimer);
    for (const el of this.flashed) el.removeAttribute('data-flash');
    this.flashed = [...this.elements].filter(([, m]) => m.id === mark.id).map(([el]) => el);
    for (const el of this.flashed) el.setAttribute('data-flash', '');
    this.flashTimer = setTimeout(() => { for (const el of this.flashed) el.removeAttribute('data-flash'); }, 1600);
  }

  markAt(node: Node): Mark | null {
    const el = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(MARK_TAG);
    return el ? this.elements.get(el) ?? null : null;
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    // Undo in reverse: each page text node gets its text back and everything added after it goes.
    for (const rec of this.records.reverse()) {
      for (const n of rec.added) n.parentNode?.removeChild(n);
      rec.original.data = rec.data;
    }
    this.records = [];
    this.recordOf.clear();
    this.elements.clear();
    this.painted.clear();
    this.flashed = [];
  }
}

/** The Highlight API where the browser has it, element wrapping elsewhere (or when `force` says so). */
export function createHighlighter(doc: Document, force?: 'elements'): Highlighter {
  const api = force ? null : highlightApi(doc.defaultView ?? window);
  return api ? new ApiHighlighter(api) : new ElementHighlighter(doc);
}
