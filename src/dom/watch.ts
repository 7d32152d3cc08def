/**
 * Keeping up with a changing page, cheaply. One MutationObserver over the document; a change counts only when it is
 * inside the article that was read (or anywhere, while no article has been read), so a ticking clock or a rotating
 * ad elsewhere costs a few comparisons per mutation and no reading. Re-reading is debounced with a maximum wait:
 * an article that keeps changing is still re-read every `maxWaitMs`, never starved.
 *
 * Separately, and at once, the watcher tells when text that the current report describes has been removed or
 * rewritten, so highlights, badge and popup never describe text that is no longer there.
 */
import { connected, parentElementOf, within } from './safe-dom';

export interface WatchOptions {
  /** Re-read the article (debounced). */
  onChange(): void;
  /** Text the report describes is gone or changed. */
  onStale(): void;
  /** Is this node Sourcelight's own (highlight marks, the tooltip host)? */
  isOurs(node: Node): boolean;
  debounceMs?: number;
  maxWaitMs?: number;
}

/** What was read: the element around the whole article, and the text nodes the report's marks lie in. */
export interface WatchScope {
  root: Element | null;
  reported: ReadonlySet<Node>;
}

/** Attributes that show or hide text ("read more" expanders, tabs, lazy sections). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-expanded'];

export class ArticleWatcher {
  private observer: MutationObserver | null = null;
  private scope: WatchScope = { root: null, reported: new Set() };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private stale = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(private readonly doc: Document, private readonly options: WatchOptions) {
    this.debounceMs = options.debounceMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 1500;
  }

  /** Watch (again) with what was just read and painted. */
  watch(scope: WatchScope): void {
    this.scope = scope;
    this.stale = false;
    if (this.observer) { this.observer.takeRecords(); return; }
    const target = this.doc.documentElement;
    if (!target) return;
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onRecords(records));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
  }

  /** Forget pending records (Sourcelight's own DOM changes in element mode). */
  ignorePending(): void {
    this.observer?.takeRecords();
  }

  /** Ask for a re-read soon (a URL change), through the same debounce. */
  poke(): void {
    this.schedule();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPending = 0;
  }

  private onRecords(records: MutationRecord[]): void {
    const root = this.scope.root;
    const rootGone = root !== null && !connected(root);
    let relevant = rootGone;
    let removals = rootGone;
    for (const r of records) {
      if (!relevant && this.counts(r, root)) relevant = true;
      if (!this.stale && this.scope.reported.size) {
        if (r.type === 'characterData' && this.scope.reported.has(r.target)) removals = true;
        else if (r.type === 'childList' && r.removedNodes.length && !this.allOurs(r.removedNodes)) removals = true;
      }
    }
    if (removals && !this.stale && this.reportedGone()) {
      this.stale = true;
      this.options.onStale();
    }
    if (relevant) this.schedule();
  }

  /** Is this record about the article (and not about Sourcelight's own nodes)? */
  private counts(r: MutationRecord, root: Element | null): boolean {
    if (this.options.isOurs(r.target)) return false;
    if (r.type === 'childList' && this.allOurs(r.addedNodes) && this.allOurs(r.removedNodes)) return false;
    if (!root) return true;
    return within(root, r.target);
  }

  private allOurs(nodes: NodeList): boolean {
    for (let i = 0; i < nodes.length; i++) if (!this.options.isOurs(nodes[i])) return false;
    return true;
  }

  /** Has a text node the report describes left the document, or changed? (Checked only after removals.) */
  private reportedGone(): boolean {
    for (const n of this.scope.reported) if (!connected(n)) return true;
    return false;
  }

  private schedule(): void {
    const now = performance.now();
    if (!this.firstPending) this.firstPending = now;
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPending + this.maxWaitMs - now));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.firstPending = 0;
      this.options.onChange();
    }, wait);
  }
}

/** The smallest element containing all of `elements` (null for none). */
export function commonAncestor(elements: readonly Element[]): Element | null {
  if (!elements.length) return null;
  const path: Element[] = [];
  for (let e: Element | null = elements[0]; e; e = parentElementOf(e)) path.push(e);
  const depth = new Map(path.map((e, i) => [e, i]));
  let best = 0;
  // Each later element climbs until it meets the first one's path; the highest meeting point wins.
  for (const el of elements) {
    for (let e: Element | null = el; e; e = parentElementOf(e)) {
      const d = depth.get(e);
      if (d !== undefined) { best = Math.max(best, d); break; }
    }
  }
  return path[best] ?? null;
}
