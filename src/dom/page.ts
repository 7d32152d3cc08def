/**
 * One page's Sourcelight session: page → flows → (engine, via the injected `analyze`) → report → highlights, plus
 * the tooltip, "reveal" and keeping up with a changing page. DOM only: the browser API is wired in by the content
 * script entrypoint.
 */
import type { Report } from '../engine/types';
import type { PageState } from '../messaging/messages';
import { blockTexts, extractWork, runSliced, type Flow } from './extract';
import { createHighlighter, MARK_TAG, type Highlighter, type Mark } from './highlight';
import { rangeFor } from './ranges';
import { t } from '../i18n';
import { anonymityNotes } from '../report/group';
import { Tooltip, type TooltipContent } from './tooltip';

/** Paragraphs and characters analysed at most; larger pages are cut and the popup says so. */
export const MAX_BLOCKS = 4000;
export const MAX_CHARS = 1_500_000;
const MUTATION_DEBOUNCE_MS = 500;
const SLICE_MS = 8;
const PAINT_BATCH = 50;

/** Give the main thread back: scheduler.yield() where the browser has it, else a macrotask. */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface PageSessionOptions {
  analyze(blocks: string[]): Promise<Report>;
  onState?(state: PageState): void;
  /** Which kinds to highlight (all by default) and the colour theme. */
  show?: Record<'direct' | 'indirect' | 'anonymous', boolean>;
  theme?: 'standard' | 'high-contrast';
  /** Use element wrapping even where the Highlight API exists (tests, and browsers with a broken API). */
  forceElements?: boolean;
}

export class PageSession {
  private flows: Flow[] = [];
  private texts: string[] = [];
  private report: Report | null = null;
  private marks: Mark[] = [];
  private current: PageState = { state: 'analysing' };
  private highlighter: Highlighter;
  private tooltip: Tooltip;
  private observer: MutationObserver | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private running = false;
  private generation = 0;
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly doc: Document, private readonly options: PageSessionOptions) {
    this.highlighter = createHighlighter(doc, options.forceElements ? 'elements' : undefined);
    this.highlighter.theme = options.theme ?? 'standard';
    this.show = options.show ?? { direct: true, indirect: true, anonymous: true };
    this.tooltip = new Tooltip(doc);
  }

  private show: Record<'direct' | 'indirect' | 'anonymous', boolean>;
  /** Index (into the quotes in page order) of the quote the keyboard last went to. */
  private cursor = -1;

  /** New categories or theme from the options page: repaint what is already analysed. */
  async configure(show: Record<'direct' | 'indirect' | 'anonymous', boolean>, theme: 'standard' | 'high-contrast'): Promise<void> {
    this.show = show;
    this.highlighter.clear();
    this.highlighter.theme = theme;
    if (this.running && this.report) await this.paint(this.generation);
  }

  /**
   * Keyboard navigation: go to the next (1) or previous (-1) quote after the last one visited, or after the top of
   * the screen on the first press. Returns the quote id.
   */
  step(direction: 1 | -1): string | null {
    const quotes = this.marks.filter((m) => m.kind !== 'anonymous' && m.kind !== 'flash');
    if (!quotes.length) return null;
    let next: number;
    if (this.cursor < 0 || this.cursor >= quotes.length) {
      // The first quote in a paragraph on screen or below (quotes are in page order), else the first one.
      const firstVisible = this.firstVisibleFlow();
      const at = new Map(this.flows.map((f, i) => [f, i]));
      next = Math.max(0, quotes.findIndex((m) => (at.get(m.flow) ?? -1) >= firstVisible));
      if (direction < 0) next = Math.max(0, next - 1);
    } else {
      next = (this.cursor + direction + quotes.length) % quotes.length;
    }
    this.cursor = next;
    const mark = quotes[next];
    this.reveal(mark.id);
    const range = rangeFor(mark.flow, mark.start, mark.end);
    if (range) this.showTooltipAt(range.startContainer, range.startOffset);
    return mark.id;
  }

  get state(): PageState {
    return this.current;
  }

  get highlightMode(): Highlighter['mode'] {
    return this.highlighter.mode;
  }

  private setState(state: PageState): void {
    this.current = state;
    this.options.onState?.(state);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.listen();
    await this.analyse();
    this.observe();
  }

  /** Remove every highlight, listener and observer: the page is as it was. */
  stop(state: PageState = { state: 'off' }): void {
    this.running = false;
    this.generation++;
    clearTimeout(this.debounce);
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = null;
    for (const off of this.listeners.splice(0)) off();
    this.highlighter.clear();
    this.tooltip.destroy();
    this.marks = [];
    this.setState(state);
  }

  /** Start over on a new document state (SPA navigation). */
  async restart(): Promise<void> {
    this.stop({ state: 'analysing' });
    this.flows = [];
    this.texts = [];
    await this.start();
  }

  /** Read the article in slices of a few milliseconds, so a huge page never freezes. */
  private async readFlows(): Promise<{ flows: Flow[]; texts: string[]; capped: boolean }> {
    let flows = await runSliced(extractWork(this.doc), yieldToMain);
    let capped = false;
    if (flows.length > MAX_BLOCKS) { flows = flows.slice(0, MAX_BLOCKS); capped = true; }
    let total = 0;
    const kept: Flow[] = [];
    for (const f of flows) {
      total += f.text.length;
      if (total > MAX_CHARS) { capped = true; break; }
      kept.push(f);
    }
    return { flows: kept, texts: blockTexts(kept), capped };
  }

  /** Analyse the article; `read` is an article already read (and still valid) by the caller. */
  private async analyse(read?: { flows: Flow[]; texts: string[]; capped: boolean }): Promise<void> {
    const generation = ++this.generation;
    this.setState({ state: 'analysing' });
    const t0 = performance.now();
    const { flows, texts, capped } = read ?? await this.readFlows();
    if (generation !== this.generation || !this.running) return;
    const t1 = performance.now();
    let report: Report;
    try {
      report = await this.options.analyze(texts);
    } catch (e) {
      if (generation === this.generation) this.setState({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (generation !== this.generation || !this.running) return;
    const t2 = performance.now();
    this.flows = flows;
    this.texts = texts;
    this.report = report;
    await this.paint(generation);
    if (generation !== this.generation || !this.running) return;
    const t3 = performance.now();
    this.timing = { extractMs: t1 - t0, engineMs: t2 - t1, paintMs: t3 - t2 };
    this.setState({ state: 'ready', report, capped: capped || Boolean(report.truncated), blocks: flows.length, title: this.doc.title, timing: this.timing });
  }

  /** Script time this session spent on the page's main thread (reading and painting; the engine runs elsewhere). */
  timing: { extractMs: number; engineMs: number; paintMs: number } | null = null;

  /** The first paragraph on screen (flows are in document order), by binary search: few layout reads. */
  private firstVisibleFlow(): number {
    let lo = 0;
    let hi = this.flows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = this.flows[mid].element;
      const bottom = el.isConnected ? el.getBoundingClientRect().bottom : -1;
      if (bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, Math.max(0, this.flows.length - 1));
  }

  private async paint(generation: number): Promise<void> {
    const report = this.report;
    if (!report) return;
    const marks: Mark[] = [];
    for (const q of report.quotes) {
      const flow = this.flows[q.span.block];
      if (flow && this.show[q.kind]) marks.push({ kind: q.kind, flow, start: q.span.start, end: q.span.end, id: q.id });
    }
    if (this.show.anonymous) report.anonymousMentions.forEach((m, i) => {
      const flow = this.flows[m.span.block];
      if (flow) marks.push({ kind: 'anonymous', flow, start: m.span.start, end: m.span.end, id: `m${i + 1}` });
    });
    this.marks = marks;
    // What the reader sees first: paragraphs from the first visible one down, then those above; each slice of
    // paragraphs is painted in one go and the main thread is given back between slices.
    const first = this.firstVisibleFlow();
    const order = new Map<Flow, number>();
    this.flows.forEach((f, i) => order.set(f, i >= first ? i - first : this.flows.length + (first - i)));
    const sorted = [...marks].sort((a, b) => (order.get(a.flow) ?? 0) - (order.get(b.flow) ?? 0));
    this.highlighter.clear();
    let sliceStart = performance.now();
    for (let i = 0; i < sorted.length;) {
      // Keep each paragraph's marks together (element mode paints a paragraph at once).
      let j = Math.min(sorted.length, i + PAINT_BATCH);
      while (j < sorted.length && sorted[j].flow === sorted[j - 1].flow) j++;
      this.highlighter.add(sorted.slice(i, j));
      i = j;
      // Our own wrapping (element mode) is not a page change.
      this.observer?.takeRecords();
      if (i < sorted.length && performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        if (generation !== this.generation || !this.running) return;
        sliceStart = performance.now();
      }
    }
  }

  /** Scroll to a quote and flash it (even one whose kind is hidden by the options). */
  reveal(quoteId: string): boolean {
    const q = this.report?.quotes.find((x) => x.id === quoteId);
    const flow = q ? this.flows[q.span.block] : undefined;
    const mark = this.marks.find((m) => m.id === quoteId) ?? (q && flow ? { kind: q.kind, flow, start: q.span.start, end: q.span.end, id: q.id } : undefined);
    if (!mark) return false;
    const range = rangeFor(mark.flow, mark.start, mark.end);
    if (!range) return false;
    const target = range.startContainer.parentElement;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    this.highlighter.flash(mark);
    return true;
  }

  private tooltipFor(mark: Mark): TooltipContent | null {
    const report = this.report;
    if (!report) return null;
    if (mark.kind === 'anonymous') {
      const m = report.anonymousMentions[Number(mark.id.slice(1)) - 1];
      const source = report.sources.find((s) => s.id === m?.sourceId);
      return { kind: t('kindAnonymousSource'), speaker: source?.name ?? m?.text ?? '', anonymous: true, detail: source ? anonymityNotes(source, t).join(' · ') : undefined };
    }
    const q = report.quotes.find((x) => x.id === mark.id);
    if (!q) return null;
    const source = q.anonymous ? report.sources.find((s) => s.id === q.sourceId) : undefined;
    return { kind: q.kind === 'direct' ? t('kindDirect') : t('kindIndirect'), speaker: q.speaker ?? t('speakerUnknown'), anonymous: q.anonymous, detail: source ? anonymityNotes(source, t).join(' · ') : undefined };
  }

  private showTooltipAt(node: Node, offset: number): void {
    const mark = this.highlighter.markAt(node, offset);
    const content = mark ? this.tooltipFor(mark) : null;
    const range = mark ? rangeFor(mark.flow, mark.start, mark.end) : null;
    if (!mark || !content || !range) { this.tooltip.hide(); return; }
    const rects = range.getClientRects();
    this.tooltip.show(content, rects.length ? rects[0] : range.getBoundingClientRect());
  }

  private listen(): void {
    const doc = this.doc;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void): void => {
      doc.addEventListener(type, fn as EventListener, { passive: true, capture: true });
      this.listeners.push(() => doc.removeEventListener(type, fn as EventListener, { capture: true }));
    };
    let last: MouseEvent | null = null;
    on('mousemove', (e) => {
      last = e;
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (!last || !this.marks.length) return;
        const point = caretAt(doc, last.clientX, last.clientY);
        if (point) this.showTooltipAt(point.node, point.offset);
        else this.tooltip.hide();
      });
    });
    // Keyboard and caret users: the tooltip follows the selection into a quote.
    on('selectionchange', () => {
      const sel = doc.getSelection();
      if (sel && sel.anchorNode && this.marks.length) this.showTooltipAt(sel.anchorNode, sel.anchorOffset);
    });
    on('scroll', () => this.tooltip.hide());
  }

  /** One debounced observer: re-read the article when its text changes, ignoring our own marks. */
  private observe(): void {
    if (!this.running || this.observer || !this.doc.body) return;
    const view = this.doc.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => {
      const relevant = records.some((r) => !isOurs(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOurs));
      if (!relevant) return;
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.refresh(), MUTATION_DEBOUNCE_MS);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  /** Re-analyse when the article's paragraphs changed; keep highlights as they are otherwise. */
  private async refresh(): Promise<void> {
    if (!this.running) return;
    const read = await this.readFlows();
    if (!this.running) return;
    const flowsGone = this.flows.some((f) => !f.element.isConnected);
    if (!flowsGone && read.texts.length === this.texts.length && read.texts.every((text, i) => text === this.texts[i])) return;
    // The Highlight API leaves the DOM alone, so this reading stays valid; unwrapping marks (element mode) rejoins
    // the text nodes it was read from, so the article is read again after clearing.
    const reusable = this.highlighter.mode === 'highlight-api';
    this.highlighter.clear();
    this.observer?.takeRecords();
    await this.analyse(reusable ? read : undefined);
  }
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el && (el.localName === MARK_TAG || el.localName === 'sourcelight-tooltip' || el.closest?.(`${MARK_TAG},sourcelight-tooltip`)));
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
