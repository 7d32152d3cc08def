/**
 * Page → article flows: the page reader. Finds the article's paragraphs and gives each one a flow (its text and the
 * text nodes it was read from), so engine offsets map back to DOM ranges. Standard DOM calls only, so the same code
 * runs on a live page (in slices) and on a Node DOM (the command-line tools).
 *
 * The steps, one module each: `extract-walk` reads the page once into flows and per-element sums;
 * `extract-score` chooses the article's container; `extract-clean` leaves out the furniture inside it;
 * `extract-patterns` says what furniture looks like. When no container looks like an article, the page's
 * readable paragraphs are taken instead and the result says so.
 */
import { keptBlocksWork } from './extract-clean';
import { chooseArticleWork, type Attempt } from './extract-score';
import { CHROME, pageSummary, runAll, walkPage, type Flow, type PageText, type VisibilityFilter, type WalkLimit, type Work } from './extract-walk';

export type { Flow, FlowPiece, VisibilityFilter, WalkLimit, Work } from './extract-walk';

export interface ReadOptions {
  /**
   * Which elements a reader can see (for example a check of their computed style); elements it rejects are left
   * out with everything below them. It is called once per element, top down, so it can stay cheap by trusting
   * what it said of the ancestors. Markup that hides (`hidden`, `aria-hidden`, inline `display: none`) is always
   * left out, filter or not.
   */
  visible?: VisibilityFilter;
  /** Read no more of the page than this (the extension's size caps); unlimited when absent (the command line). */
  limit?: WalkLimit;
}

export interface Article {
  flows: Flow[];
  /** No block of the page looked like an article, so its readable paragraphs were taken instead. */
  wholePage: boolean;
  /** The page was longer than `limit` and only its first part was read. */
  truncated: boolean;
}

/** An article this short is probably a wrong pick: try again with fewer exclusions (Readability's charThreshold). */
const MIN_ARTICLE_CHARS = 500;

/** Readability's passes: each drops one of the exclusions when the previous one found too little. */
const ATTEMPTS: Array<Attempt & { clean: boolean }> = [
  { stripUnlikely: true, weightClasses: true, clean: true },
  { stripUnlikely: false, weightClasses: true, clean: true },
  { stripUnlikely: false, weightClasses: false, clean: true },
  { stripUnlikely: false, weightClasses: false, clean: false },
];

export function runSync<T>(work: Work<T>): T {
  return runAll(work);
}

/** Run `work` in slices of about `sliceMs`, giving the page's main thread back in between. */
export async function runSliced<T>(work: Work<T>, yieldToMain: () => Promise<void>, sliceMs = 8): Promise<T> {
  let sliceStart = performance.now();
  let r = work.next();
  while (!r.done) {
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
    r = work.next();
  }
  return r.value;
}

function charsOf(page: PageText, kept: readonly number[]): number {
  let n = 0;
  for (const b of kept) n += page.blocks[b].chars;
  return n;
}

/** Does `wider` hold most of the blocks of `narrow` (both in document order)? */
function sharesMost(wider: readonly number[], narrow: readonly number[]): boolean {
  const set = new Set(wider);
  let shared = 0;
  for (const b of narrow) if (set.has(b)) shared++;
  return shared * 2 >= narrow.length;
}

/** Prose a later pass must add to be worth its extra furniture: one real paragraph (Readability's 80 characters). */
const MIN_GAIN = 80;

/** Does `wider` add paragraphs of prose to `narrow` (not just the furniture the earlier pass left out)? */
function addsProse(page: PageText, wider: readonly number[], narrow: readonly number[]): boolean {
  const had = new Set(narrow);
  let gain = 0;
  for (const b of wider) {
    const block = page.blocks[b];
    if (!had.has(b) && block.chars >= 25 && block.linkChars < 0.25 * block.chars) gain += block.chars;
  }
  return gain >= MIN_GAIN;
}

/** Paragraphs a reader would read on a page without an article: prose outside page chrome, not lists of links. */
function* readableBlocks(page: PageText): Work<number[]> {
  const chrome = new Uint8Array(page.nodes.length);
  for (let i = 0; i < page.nodes.length; i++) {
    if ((i & 1023) === 1023) yield;
    const n = page.nodes[i];
    chrome[i] = (n.parent >= 0 && chrome[n.parent]) || (n.flags & CHROME) ? 1 : 0;
  }
  const kept: number[] = [];
  for (let i = 0; i < page.blocks.length; i++) {
    if ((i & 1023) === 1023) yield;
    const b = page.blocks[i];
    if (!chrome[b.owner] && b.chars >= 25 && b.linkChars / b.chars < 0.5) kept.push(i);
  }
  return kept;
}

/**
 * Read the article of `doc`. Safe to call again at any time (after the page changed, say): it keeps no state and
 * never changes the page.
 */
export function* readArticleWork(doc: Document, options: ReadOptions = {}): Work<Article> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { flows: [], wholePage: false, truncated: false };
  const page = yield* walkPage(body, options.visible, options.limit);
  page.summary = pageSummary(doc);
  let best: number[] = [];
  let bestChars = 0;
  let bestIsBody = false;
  for (const attempt of ATTEMPTS) {
    const choice = yield* chooseArticleWork(page, attempt);
    if (!choice) continue;
    const kept = (yield* keptBlocksWork(page, choice, attempt.clean)).blocks;
    const chars = charsOf(page, kept);
    // A pass with fewer exclusions may widen the article, not move it elsewhere: a short article beside a long
    // comment thread or teaser list stays the article (unless that article was the whole body: nothing stood out).
    if (chars > bestChars && (!best.length || bestIsBody || (sharesMost(kept, best) && addsProse(page, kept, best)))) {
      best = kept;
      bestChars = chars;
      bestIsBody = choice.roots.length === 1 && page.nodes[choice.roots[0]].parent < 0;
    }
    if (chars >= MIN_ARTICLE_CHARS) break;
    yield;
  }
  // No container stood out (the best is the body itself), or nothing scored: the page's readable paragraphs.
  let wholePage = bestIsBody;
  if (!best.length) {
    best = yield* readableBlocks(page);
    wholePage = true;
  }
  const flows: Flow[] = [];
  for (let i = 0; i < best.length; i++) {
    if ((i & 1023) === 1023) yield;
    const flow = page.blocks[best[i]].flow;
    if (/[\p{L}\p{N}]/u.test(flow.text)) flows.push(flow);
  }
  return { flows, wholePage: wholePage && flows.length > 0, truncated: page.truncated };
}

export function readArticle(doc: Document, options: ReadOptions = {}): Article {
  return runSync(readArticleWork(doc, options));
}

/** The article of a document as flows. */
export function extractFlows(doc: Document, options: ReadOptions = {}): Flow[] {
  return readArticle(doc, options).flows;
}

export function* extractWork(doc: Document, options: ReadOptions = {}): Work<Flow[]> {
  return (yield* readArticleWork(doc, options)).flows;
}

/** Text of each flow with whitespace runs made single spaces — same length, so offsets still map. */
export function blockTexts(flows: readonly Flow[]): string[] {
  return flows.map((f) => f.text.replace(/[\t\n\r\f\v\u00a0]/gu, ' '));
}
