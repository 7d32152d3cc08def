/**
 * Highlighting. The CSS Custom Highlight API paints ranges without touching the page's DOM. Where it is missing,
 * text is wrapped in <sourcelight-mark> elements that are removed cleanly: every split text node is put back
 * as it was, so switching off restores the original DOM.
 */
import type { Flow, Work } from './extract';
import { cutPoints, eachSegment, rangeFor } from './ranges';

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
  /** Add highlights for paragraphs not painted yet, all at once, and show them. */
  add(marks: readonly Mark[]): void;
  /**
   * The same as work that yields now and then, for painting in slices (marks.ts); what it painted shows after the
   * next `show()` (the Highlight API) or at once (element wrapping).
   */
  paint(marks: readonly Mark[]): Work<void>;
  /** Show what `paint` added since the last call. */
  show(): void;
  /**
   * Put back what the page removed or rewrote since painting (the highlight registry is shared with the page).
   * Returns how many things had to be repaired (0 when nothing was touched).
   */
  verify(): number;
  /** Flash one quote briefly (after "reveal"): every piece of it. */
  flash(marks: readonly Mark[]): void;
  /** Which mark is at this DOM point, if any. */
  markAt(node: Node, offset: number): Mark | null;
  /**
   * Where a mark is on the page now (for the tooltip and for scrolling to it): element wrapping splits the text nodes
   * a flow was read from, so its offsets no longer map through the flow; the wrappers say where the mark went.
   */
  rangeOf(mark: Mark): Range | null;
  clear(): void;
}

const PRIORITY: Record<HighlightKind, number> = { indirect: 1, direct: 2, anonymous: 3, flash: 4 };

/** Node.DOCUMENT_POSITION_PRECEDING and _FOLLOWING (no `Node` global where the command line runs this). */
const PRECEDING = 2;
const FOLLOWING = 4;

/** Ranges added between two looks at the clock. */
const CHECK_EVERY = 64;

function runAll(work: Work<void>): void {
  while (!work.next().done) { /* all at once */ }
}

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

/** Registry name of the parts of long marks near the viewport: sourcelight-direct-near, ... (styled the same). */
export function nearName(kind: HighlightKind, theme: 'standard' | 'high-contrast'): string {
  return `${highlightName(kind, theme)}-near`;
}

/**
 * A mark over more text nodes than this is painted in parts, and only the parts near the viewport are registered.
 * Chromium 156 walks every text node of a registered range before the next frame, on screen or not: one quote over
 * 100,000 text nodes cost a 5.1 s PrePaint. Parts near the viewport keep that cost to what the reader can see; the
 * parts follow scrolling (a scroll event comes before the frame it paints, so no unpainted part shows).
 */
const LONG_NODES = 2_000;
/** Text nodes per part of a long mark. */
const PART_NODES = 100;
/** Parts of a long mark registered at most (a page that reports no layout shows its first ones). */
const MAX_NEAR_PARTS = 40;

/**
 * Elements holding painted text whose highlight styles are compared with the root's in one check (each is one style
 * read; a page's rule on a tag or class shows on the first element it matches).
 */
const STYLE_CHECKS = 200;
/** The highlight properties the stylesheet sets on the root in both themes (a page that hides a highlight changes one). */
const STYLE_KEYS = ['backgroundColor', 'textDecorationLine', 'textDecorationStyle', 'textDecorationColor', 'textDecorationThickness'] as const;
const SHOW_TEXT = 4;

/** Where a painted range must start and end; a page that moves a range is put right. */
interface Painted {
  mark: Mark;
  range: Range;
  start: [Node, number];
  end: [Node, number];
}

function paintedOf(mark: Mark, range: Range): Painted {
  return { mark, range, start: [range.startContainer, range.startOffset], end: [range.endContainer, range.endOffset] };
}

/** A mark over more than LONG_NODES text nodes: its parts, and which of them are registered now ([from, to)). */
interface LongMark {
  kind: HighlightKind;
  parts: Painted[];
  from: number;
  to: number;
}

class ApiHighlighter implements Highlighter {
  readonly mode = 'highlight-api' as const;
  theme: 'standard' | 'high-contrast' = 'standard';
  private painted: Painted[] = [];
  private long: LongMark[] = [];
  /** Per kind: the highlight of the long marks' parts near the viewport, and the ranges it should hold. */
  private near = new Map<HighlightKind, { h: HighlightObject; name: string; ranges: Range[] }>();
  private following = false;
  /** Per kind: the registered highlight, and its ranges (those after `shown` are painted but not registered yet). */
  private highlights = new Map<HighlightKind, { h: HighlightObject | null; name: string; ranges: Range[]; shown: number }>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Page CSS overrode the highlight styles below the root, and `onOverridden` was told. */
  private overridden = false;

  constructor(
    private readonly api: { registry: HighlightRegistry; Highlight: HighlightCtor },
    private readonly win: Window,
    private readonly onOverridden?: () => void,
  ) {}

  add(marks: readonly Mark[]): void {
    runAll(this.paint(marks));
    this.show();
  }

  /**
   * Collects the ranges only: a registered highlight that changes is checked again whole at the next frame (in
   * Chromium 156), so ranges added to it slice by slice cost every frame as much as all ranges so far. `show()`
   * registers them in one step instead (painting a 20 MB page: 463 ms of painting and ~400 ms more long tasks
   * when every slice added to the registered highlights).
   */
  *paint(marks: readonly Mark[]): Work<void> {
    for (let i = 0; i < marks.length; i++) {
      if (i && i % CHECK_EVERY === 0) yield;
      const mark = marks[i];
      const range = rangeFor(mark.flow, mark.start, mark.end);
      if (!range) continue;
      this.painted.push(paintedOf(mark, range));
      const cuts = cutPoints(mark.flow, mark.start, mark.end, PART_NODES);
      if (cuts.length - 1 > LONG_NODES / PART_NODES) {
        const parts: Painted[] = [];
        for (let c = 0; c + 1 < cuts.length; c++) {
          // A quote over 100,000 text nodes has 1,000 parts: built in slices too.
          if (c && c % CHECK_EVERY === 0) yield;
          const r = rangeFor(mark.flow, cuts[c], cuts[c + 1]);
          if (r) parts.push(paintedOf(mark, r));
        }
        this.long.push({ kind: mark.kind, parts, from: 0, to: 0 });
        continue;
      }
      let entry = this.highlights.get(mark.kind);
      if (!entry) {
        entry = { h: null, name: highlightName(mark.kind, this.theme), ranges: [], shown: 0 };
        this.highlights.set(mark.kind, entry);
      }
      entry.ranges.push(range);
    }
  }

  show(): void {
    for (const [kind, entry] of this.highlights) {
      if (entry.h && entry.shown === entry.ranges.length) continue;
      // A new highlight filled before it is registered: one check of it by the browser, not one per range.
      const h = new this.api.Highlight();
      for (const r of entry.ranges) h.add(r);
      h.priority = PRIORITY[kind];
      entry.h = h;
      entry.shown = entry.ranges.length;
      this.api.registry.set(entry.name, h);
    }
    if (this.long.length) this.follow();
    this.checkStyles();
  }

  /**
   * Chromium builds put the highlight rules on the root element only (src/extension/highlight-css.ts): a page's rule
   * on a descendant (`p::highlight(sourcelight-direct) { background: none !important }`) wins there. Compare the
   * highlight styles of elements that hold painted text with the root's; at the first difference, tell
   * `onOverridden` (which asks for the rules written for every element), once. Returns whether it told.
   */
  private checkStyles(): boolean {
    if (!this.onOverridden || this.overridden) return false;
    const doc = this.win.document;
    const root = doc.documentElement;
    if (!root) return false;
    let budget = STYLE_CHECKS;
    const seen = new Set<Element>();
    for (const { name, ranges } of [...this.highlights.values(), ...this.near.values()]) {
      const pseudo = `::highlight(${name})`;
      const want = this.win.getComputedStyle(root, pseudo);
      const same = (el: Element): boolean => {
        const got = this.win.getComputedStyle(el, pseudo);
        return STYLE_KEYS.every((k) => got[k] === want[k]);
      };
      for (const range of ranges) {
        for (const el of textParents(doc, range, Math.min(budget, 16))) {
          if (seen.has(el)) continue;
          seen.add(el);
          if (!same(el)) {
            this.overridden = true;
            this.onOverridden();
            return true;
          }
          if (--budget <= 0) return false;
        }
      }
    }
    return false;
  }

  /** Register the parts of long marks near the viewport, and keep them following the reader's scrolling. */
  private follow(): void {
    if (!this.following) {
      this.following = true;
      this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      this.win.addEventListener('resize', this.onScroll, { passive: true });
    }
    this.moveNear(true);
  }

  private readonly onScroll = (): void => {
    this.moveNear(false);
  };

  /**
   * The parts of a long mark from half a screen above the screen to half a screen below (by binary search: few layout
   * reads). The margin covers scrolling that the compositor shows before the page's scroll event reaches this.
   */
  private nearParts(parts: readonly Painted[]): [number, number] {
    const view = this.win.innerHeight || 800;
    const doc = this.win.document;
    const top = (i: number): number => {
      const [node, offset] = parts[i].start;
      const caret = doc.createRange();
      try {
        caret.setStart(node, offset);
      } catch {
        return 0;
      }
      return caret.getBoundingClientRect().top;
    };
    /** The first part that starts below `y` (parts are in reading order, so their tops rise with the index). */
    const firstBelow = (y: number): number => {
      let lo = 0;
      let hi = parts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (top(mid) <= y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = Math.max(0, firstBelow(-view / 2) - 1);
    const to = Math.min(parts.length, Math.max(from + 1, firstBelow(1.5 * view)), from + MAX_NEAR_PARTS);
    return [from, to];
  }

  /** Re-register the near parts of each kind whose window moved (or all, when `all`). */
  private moveNear(all: boolean): void {
    const moved = new Set<HighlightKind>();
    for (const m of this.long) {
      const [from, to] = this.nearParts(m.parts);
      if (all || from !== m.from || to !== m.to) moved.add(m.kind);
      m.from = from;
      m.to = to;
    }
    for (const kind of moved) {
      const ranges = this.long.filter((m) => m.kind === kind).flatMap((m) => m.parts.slice(m.from, m.to).map((p) => p.range));
      const name = nearName(kind, this.theme);
      // A new highlight each time: the browser checks a registered highlight whole when it changes anyway.
      const h = new this.api.Highlight(...ranges);
      h.priority = PRIORITY[kind];
      this.near.set(kind, { h, name, ranges });
      this.api.registry.set(name, h);
    }
  }

  verify(): number {
    let repaired = 0;
    for (const p of [...this.painted, ...this.long.flatMap((m) => m.parts.slice(m.from, m.to))]) {
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
    const entries = [...this.highlights, ...this.near].map(([kind, e]) => ({ kind, ...e }));
    for (const { kind, h, name, ranges } of entries) {
      if (!h) continue;
      if (this.api.registry.get(name) !== h) { this.api.registry.set(name, h); repaired++; }
      if (h.priority !== PRIORITY[kind]) { h.priority = PRIORITY[kind]; repaired++; }
      if (h.type !== undefined && h.type !== 'highlight') { h.type = 'highlight'; repaired++; }
      if (h.size !== ranges.length || ranges.some((r) => !h.has(r))) {
        h.clear();
        for (const r of ranges) h.add(r);
        repaired++;
      }
    }
    if (this.checkStyles()) repaired++;
    // Names of ours that the page set (a quote repainted as another kind): removed.
    for (const kind of HIGHLIGHT_KINDS) {
      if (kind === 'flash') continue;
      for (const theme of THEMES) {
        for (const [name, ours] of [[highlightName(kind, theme), this.highlights], [nearName(kind, theme), this.near]] as const) {
          if (ours.get(kind)?.name === name) continue;
          if (this.api.registry.get(name) !== undefined) { this.api.registry.delete(name); repaired++; }
        }
      }
    }
    return repaired;
  }

  flash(marks: readonly Mark[]): void {
    // A long quote flashes from its start (where "reveal" scrolls) over as many text nodes as a long mark shows.
    const ranges = marks.map((m) => {
      const cuts = cutPoints(m.flow, m.start, m.end, LONG_NODES);
      return rangeFor(m.flow, m.start, cuts[1] ?? m.end);
    }).filter((r): r is Range => r !== null);
    if (!ranges.length) return;
    const h = new this.api.Highlight(...ranges);
    h.priority = PRIORITY.flash;
    this.api.registry.set(highlightName('flash', this.theme), h);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.api.registry.delete(highlightName('flash', this.theme)), 1600);
  }

  rangeOf(mark: Mark): Range | null {
    return rangeFor(mark.flow, mark.start, mark.end);
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
    for (const kind of HIGHLIGHT_KINDS) {
      for (const theme of THEMES) {
        this.api.registry.delete(highlightName(kind, theme));
        this.api.registry.delete(nearName(kind, theme));
      }
    }
    if (this.following) {
      this.following = false;
      this.win.removeEventListener('scroll', this.onScroll, { capture: true });
      this.win.removeEventListener('resize', this.onScroll);
    }
    this.highlights.clear();
    this.near.clear();
    this.long = [];
    this.painted = [];
  }
}

/** The elements holding the first `max` text nodes of a range (their highlight styles paint its text). */
function textParents(doc: Document, range: Range, max: number): Element[] {
  const out: Element[] = [];
  const start = range.startContainer;
  const common = range.commonAncestorContainer;
  if (start.nodeType === 3 && start === range.endContainer) {
    if (start.parentElement) out.push(start.parentElement);
    return out;
  }
  const walker = doc.createTreeWalker(common, SHOW_TEXT);
  walker.currentNode = start;
  let node: Node | null = start.nodeType === 3 ? start : walker.nextNode();
  while (node && out.length < max) {
    try {
      if (range.comparePoint(node, 0) > 0) break;
    } catch {
      break;
    }
    const parent = node.parentElement;
    if (parent && out[out.length - 1] !== parent) out.push(parent);
    node = walker.nextNode();
  }
  return out;
}

/**
 * The runs of one paragraph's marks, each character given to the highest-priority mark over it (the first one given,
 * among equals): a sweep over the marks' boundaries, so its cost does not depend on the paragraph's length.
 */
function runsOf(marks: readonly Mark[], length: number): Array<{ mark: Mark; start: number; end: number }> {
  const order = marks.map((m, i) => ({ m, i, start: Math.max(0, m.start), end: Math.min(m.end, length) })).filter((x) => x.end > x.start);
  const points = [...new Set(order.flatMap((x) => [x.start, x.end]))].sort((a, b) => a - b);
  order.sort((a, b) => a.start - b.start);
  const runs: Array<{ mark: Mark; start: number; end: number }> = [];
  let active: typeof order = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    while (next < order.length && order[next].start <= a) active.push(order[next++]);
    active = active.filter((x) => x.end > a);
    let best: (typeof order)[number] | null = null;
    for (const x of active) if (!best || PRIORITY[x.m.kind] > PRIORITY[best.m.kind] || (PRIORITY[x.m.kind] === PRIORITY[best.m.kind] && x.i < best.i)) best = x;
    if (!best) continue;
    const last = runs[runs.length - 1];
    if (last && last.mark === best.m && last.end === a) last.end = b;
    else runs.push({ mark: best.m, start: a, end: b });
  }
  return runs;
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
  /** Each mark's wrappers, in the order they were made. */
  private wrappers = new Map<Mark, Element[]>();
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
    runAll(this.paint(marks));
  }

  /**
   * Wrap each paragraph's marks, one kind per character (the highest priority wins) so wrapped runs never overlap.
   * Linear in the marks and the text nodes they cover (never in the paragraph's characters). It yields between
   * paragraphs, never inside one: the browser lays a changed paragraph out again at every frame, so a paragraph of
   * 100,000 text nodes wrapped in slices cost Chromium 156 a layout of all of it per slice (3.2 s for 25,000 nodes,
   * 48–66 s for 100,000, where wrapping it at once is linear).
   */
  *paint(marks: readonly Mark[]): Work<void> {
    const byFlow = new Map<Flow, Mark[]>();
    for (const m of marks) {
      const list = byFlow.get(m.flow);
      if (list) list.push(m);
      else byFlow.set(m.flow, [m]);
    }
    for (const [flow, list] of byFlow) {
      if (this.painted.has(flow)) continue;
      this.painted.add(flow);
      // Wrap right to left within each text node, so earlier offsets stay valid after splitting.
      const byNode = new Map<Text, Array<{ start: number; end: number; mark: Mark }>>();
      for (const r of runsOf(list, flow.text.length)) {
        for (const s of eachSegment(flow, r.start, r.end)) {
          const seg = { start: s.start, end: s.end, mark: r.mark };
          const segs = byNode.get(s.node);
          if (segs) segs.push(seg);
          else byNode.set(s.node, [seg]);
        }
      }
      for (const [node, segs] of byNode) {
        for (const s of segs.length > 1 ? segs.sort((a, b) => b.start - a.start) : segs) this.wrap(node, s.start, s.end, s.mark);
      }
      yield;
    }
  }

  /** Wrapped text shows at once. */
  show(): void {}

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
    const list = this.wrappers.get(mark);
    if (list) list.push(el);
    else this.wrappers.set(mark, [el]);
  }

  rangeOf(mark: Mark): Range | null {
    const els = this.wrappers.get(mark)?.filter((el) => el.isConnected);
    // A mark of a paragraph not wrapped (a kind the options hide): its flow still maps.
    if (!els?.length) return this.painted.has(mark.flow) ? null : rangeFor(mark.flow, mark.start, mark.end);
    let first = els[0];
    let last = els[0];
    for (const el of els) {
      if (first.compareDocumentPosition(el) & PRECEDING) first = el;
      if (last.compareDocumentPosition(el) & FOLLOWING) last = el;
    }
    const range = this.doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    return range;
  }

  flash(marks: readonly Mark[]): void {
    clearTimeout(this.flashTimer);
    for (const el of this.flashed) el.removeAttribute('data-flash');
    const ids = new Set(marks.map((m) => m.id));
    this.flashed = [...this.elements].filter(([, m]) => ids.has(m.id)).map(([el]) => el);
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
    this.wrappers.clear();
    this.painted.clear();
    this.flashed = [];
  }
}

/**
 * The Highlight API where the browser has it, element wrapping elsewhere (or when `force` says so).
 * `onStylesOverridden`: where the highlight rules are on the root only (Chromium builds), called once when page CSS
 * overrides them on an element that holds painted text; without it, styles are not checked.
 */
export function createHighlighter(doc: Document, force?: 'elements', onStylesOverridden?: () => void): Highlighter {
  const win = doc.defaultView ?? window;
  const api = force ? null : highlightApi(win);
  return api ? new ApiHighlighter(api, win, onStylesOverridden) : new ElementHighlighter(doc);
}
