/**
 * One page's Sourcelight session: page → flows → (engine, via the injected `analyze`) → report → highlights, kept up
 * to date as the page changes. The pieces each have one job: `watch.ts` notices changes, `marks.ts` turns a report
 * into painted marks, `hover.ts` shows the tooltip, `highlight.ts` paints. DOM only: the browser API is wired in by
 * the content script entrypoint.
 */
import type { Report } from '../engine/types';
import { t } from '../i18n';
import type { PageState } from '../messaging/messages';
import type { Category, Theme } from '../settings/sites';
import { QuoteCursor } from './cursor';
import { runSliced, type Flow, type Work } from './extract';
import { createHighlighter, MARK_TAG, type Highlighter, type Mark } from './highlight';
import { describeMark, HoverTips } from './hover';
import { marksOf, paintInSlices } from './marks';
import { readArticle } from './read';
import { addCoveredNodes } from './ranges';
import { afterRendering, SLICE_MS, yieldToMain } from './slices';
import { elementOf, isElement, localNameOf, parentElementOf } from './safe-dom';
import { ArticleWatcher, commonAncestor } from './watch';


export interface PageSessionOptions {
  analyze(blocks: string[]): Promise<Report>;
  onState?(state: PageState): void;
  /** Which kinds to highlight (all by default) and the colour theme. */
  show?: Record<Category, boolean>;
  theme?: Theme;
  /** Use element wrapping even where the Highlight API exists (tests, and browsers with a broken API). */
  forceElements?: boolean;
  /** Page CSS overrode the root-only highlight rules below the root (src/dom/highlight.ts `createHighlighter`). */
  onStylesOverridden?(): void;
  /** Is an element rendered? Text inside elements that are not is not read (invisible text must not count). */
  visible?(el: Element): boolean;
  /** Plain-language text for a failure (the popup shows it with a way to try again). */
  describeError?(error: unknown): string;
}

export class PageSession {
  private flows: Flow[] = [];
  private texts: string[] = [];
  private report: Report | null = null;
  private marks: Mark[] = [];
  private current: PageState = { state: 'analysing' };
  private readonly highlighter: Highlighter;
  private readonly hover: HoverTips;
  private readonly watcher: ArticleWatcher;
  private show: Record<Category, boolean>;
  private running = false;
  private generation = 0;
  private busy = false;
  private again = false;
  private analysedUrl = '';
  private analyses = 0;
  private repaired = 0;
  private readonly cursor: QuoteCursor;
  /** Script time this session spent on the page's main thread (reading and painting; the engine runs elsewhere). */
  timing: { extractMs: number; engineMs: number; paintMs: number } | null = null;

  constructor(private readonly doc: Document, private readonly options: PageSessionOptions) {
    this.highlighter = createHighlighter(doc, options.forceElements ? 'elements' : undefined, options.onStylesOverridden);
    this.highlighter.theme = options.theme ?? 'standard';
    this.show = options.show ?? { direct: true, indirect: true, anonymous: true };
    this.cursor = new QuoteCursor(doc, this.highlighter);
    this.hover = new HoverTips(doc, {
      markAt: (node, offset) => this.highlighter.markAt(node, offset),
      rangeOf: (mark) => this.highlighter.rangeOf(mark),
      describe: (mark) => (this.report ? describeMark(this.report, mark) : null),
      hasMarks: () => this.marks.length > 0,
    });
    this.watcher = new ArticleWatcher(doc, {
      onChange: () => void this.refresh(),
      onStale: () => this.dropReport(),
      isOurs: (node) => this.isOurs(node),
    });
  }

  get state(): PageState {
    return this.current;
  }

  get highlightMode(): Highlighter['mode'] {
    return this.highlighter.mode;
  }

  /** Start, or try again after an error. */
  async start(): Promise<void> {
    if (this.running && this.current.state !== 'error') return;
    this.running = true;
    this.hover.start();
    // Analysing from now on, not from when the article has been read: a popup that asks right after switching the
    // site on must not be told "off" by a session that has already started (its first steps wait for rendering).
    this.setState({ state: 'analysing' });
    await this.refresh(true);
  }

  /** Remove every highlight, listener and observer: the page is as it was. */
  stop(state: PageState = { state: 'off' }): void {
    this.running = false;
    this.generation++;
    this.watcher.stop();
    this.hover.stop();
    this.highlighter.clear();
    this.marks = [];
    this.report = null;
    this.flows = [];
    this.texts = [];
    this.setState(state);
  }

  /** New categories or theme from the options page: repaint what is already analysed. */
  async configure(show: Record<Category, boolean>, theme: Theme): Promise<void> {
    this.show = show;
    this.highlighter.theme = theme;
    if (!this.running || !this.report) return;
    this.highlighter.clear();
    this.watcher.ignorePending();
    await this.paint(this.generation);
  }

  /**
   * A regular check (the content script's heartbeat): puts back highlights the page removed or rewrote, and notices
   * a URL change that came without any change to the article.
   */
  check(): void {
    if (!this.running) return;
    if (this.current.state === 'ready') {
      const fixed = this.highlighter.verify();
      if (fixed) {
        this.repaired += fixed;
        this.setState({ ...this.current, repaired: this.repaired });
      }
    }
    if (this.analysedUrl && this.doc.location?.href !== this.analysedUrl) this.watcher.poke();
  }

  /**
   * Re-read the article and analyse it when its text (or the page's URL) changed; `force` analyses in any case.
   * One reading at a time: a change noticed meanwhile is read right after.
   */
  private async refresh(force = false): Promise<void> {
    if (!this.running) return;
    if (this.busy) { this.again = true; return; }
    this.busy = true;
    const generation = ++this.generation;
    try {
      await afterRendering(this.doc.defaultView);
      if (generation !== this.generation) return;
      const t0 = performance.now();
      let read = await readArticle(this.doc, this.options.visible);
      if (generation !== this.generation) return;
      const url = this.doc.location?.href ?? '';
      const same = !force && this.report && url === this.analysedUrl && read.texts.length === this.texts.length
        && read.texts.every((text, i) => text === this.texts[i]) && this.flows.every((f) => f.element.isConnected);
      if (same) return;
      this.setState({ state: 'analysing' });
      if (this.highlighter.mode === 'elements' && this.marks.length) {
        // Unwrapping marks rejoins the text nodes the article was read from: read again after clearing.
        this.clearPaint();
        read = await readArticle(this.doc, this.options.visible);
        if (generation !== this.generation) return;
      }
      const t1 = performance.now();
      const report = await this.options.analyze(read.texts);
      if (generation !== this.generation) return;
      const t2 = performance.now();
      this.clearPaint();
      Object.assign(this, { flows: read.flows, texts: read.texts, report, analysedUrl: url });
      if (!await this.paint(generation)) return;
      this.timing = { extractMs: t1 - t0, engineMs: t2 - t1, paintMs: performance.now() - t2 };
      // The text nodes under the marks, for the watcher: as many as 100,000 for one quote, so gathered in slices
      // (with the painting's last slice, it made one unbroken task of 40–67 ms of CPU in a profile).
      const reported = await runSliced(reportedNodes(this.marks), yieldToMain, SLICE_MS);
      if (generation !== this.generation) return;
      this.analyses++;
      this.watchScope(reported);
      this.setState({ state: 'ready', report, capped: read.capped || Boolean(report.truncated), blocks: read.flows.length, title: this.doc.title, timing: this.timing, analyses: this.analyses, repaired: this.repaired, wholePage: read.wholePage });
    } catch (e) {
      if (generation !== this.generation || !this.running) return;
      this.clearPaint();
      this.report = null;
      this.watchScope(new Set());
      this.setState({ state: 'error', message: this.options.describeError?.(e) ?? t('errorPage') });
    } finally {
      this.busy = false;
      if (this.again && this.running) { this.again = false; this.watcher.poke(); }
    }
  }

  private async paint(generation: number): Promise<boolean> {
    if (!this.report) return true;
    this.marks = marksOf(this.report, this.flows, this.show);
    const done = await paintInSlices(this.highlighter, this.marks, this.flows,
      () => generation !== this.generation || !this.running,
      () => this.watcher.ignorePending());
    return done && generation === this.generation && this.running;
  }

  private clearPaint(): void {
    this.highlighter.clear();
    this.marks = [];
    this.cursor.reset();
    this.watcher.ignorePending();
  }

  /** The article's text changed under the report: never show what is no longer there. Re-reading follows. */
  private dropReport(): void {
    if (!this.running || this.current.state !== 'ready') return;
    this.clearPaint();
    this.report = null;
    this.setState({ state: 'analysing' });
  }

  /** Tell the watcher what was read: the element around the article and the text nodes under the marks. */
  private watchScope(reported: ReadonlySet<Node>): void {
    const elements = this.flows.map((f) => f.element);
    let root = commonAncestor(elements);
    // One paragraph is its own common ancestor: watch its container, where more paragraphs will arrive.
    if (root && elements.length === 1) root = parentElementOf(root) ?? root;
    const body = this.doc.body;
    if (!root || root === body || root === this.doc.documentElement) root = null;
    this.watcher.watch({ root, reported });
  }

  private isOurs(node: Node): boolean {
    const el = isElement(node) ? node : elementOf(node);
    return el !== null && (localNameOf(el) === MARK_TAG || this.hover.owns(el));
  }

  private setState(state: PageState): void {
    this.current = state;
    this.options.onState?.(state);
  }

  /** Keyboard navigation: go to the next (1) or previous (-1) quote, show it and its tooltip. Returns its id. */
  step(direction: 1 | -1): string | null {
    const mark = this.cursor.step(this.marks, this.flows, direction);
    if (!mark) return null;
    this.reveal(mark.id);
    this.hover.showFor(mark);
    return mark.id;
  }

  /** Scroll to a quote and flash it. */
  reveal(quoteId: string): boolean {
    return this.cursor.reveal(this.report, this.marks, this.flows, quoteId);
  }
}

/** The text nodes the marks lie in, a few thousand at a time between yields. */
function* reportedNodes(marks: readonly Mark[]): Work<Set<Node>> {
  const nodes = new Set<Node>();
  for (const m of marks) {
    for (let at = addCoveredNodes(m.flow, m.start, m.end, nodes, -1, 4096); at >= 0; at = addCoveredNodes(m.flow, m.start, m.end, nodes, at, 4096)) yield;
  }
  return nodes;
}
