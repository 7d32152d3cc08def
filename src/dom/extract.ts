/**
 * Page → text flows. Finds the article's paragraphs (leaving out navigation, headers, footers, asides, comments,
 * forms and editable areas) and gives each one a flow: its text and the text nodes it was read from, so engine
 * offsets map back to DOM ranges. Uses only standard DOM calls, so it runs on a live page and on a Node DOM.
 */
import { tagOf as safeTagOf } from './safe-dom';

export interface FlowPiece {
  /** The text node, or null for a virtual separator (a <br>). */
  node: Text | null;
  /** Offset of this piece within the flow's text. */
  start: number;
  length: number;
}

export interface Flow {
  element: Element;
  text: string;
  pieces: FlowPiece[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'LABEL', 'FIGURE', 'FIGCAPTION', 'MENU', 'DIALOG', 'HEAD', 'TITLE', 'SOURCELIGHT-TOOLTIP']);
const SKIP_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|menu|menubar|alert|toolbar|form|button)$/u;
/** Class or id words of page furniture (Readability's "unlikely candidates", trimmed to what news pages use). */
const FURNITURE = /(^|[\s_-])(comment|comments|disqus|related|recommend|recommended|promo|share|sharing|social|newsletter|subscribe|signup|footer|masthead|menu|navbar|breadcrumb|byline|caption|credit|advert|advertisement|sponsor|sponsored|outbrain|taboola|popup|modal|cookie|consent|gdpr|more-stories|trending|most-popular|author-bio|toolbar)($|[\s_-])/iu;
const POSITIVE = /(article|body|content|entry|main|post|story|text|blog)/iu;
/** Elements that make a paragraph of their own. */
const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'PRE', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY', 'H1', 'HR', 'BODY']);

/** Through the captured prototype getter: `<form><input name="tagName">` cannot make this throw (safe-dom.ts). */
function tagOf(el: Element): string {
  return safeTagOf(el);
}

function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (marker.length > 1 && FURNITURE.test(marker) && !(tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY' || tag === 'HTML')) return true;
  return false;
}

/** Is this element, or an ancestor, page furniture? Memoized per element, so a page costs O(elements). */
function insideFurniture(el: Element, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) { answer = known; break; }
    path.push(e);
    if (isFurniture(e)) { answer = true; break; }
  }
  // Everything below a furniture element is furniture; below a clean one, each element decides for itself.
  for (const e of path) if (answer || !isFurniture(e)) memo.set(e, answer || false);
  return answer;
}

/** Work that yields now and then, so a long page can be processed in slices (see `runSliced`). */
export type Work<T> = Generator<void, T, void>;
const CHECK_EVERY = 64;

export function runSync<T>(work: Work<T>): T {
  let r = work.next();
  while (!r.done) r = work.next();
  return r.value;
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

/** Ancestors credited with a paragraph's score, at most this far up (hostile pages nest thousands deep). */
const MAX_CLIMB = 64;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/gu, ' ').trim().length;
}

function linkDensity(el: Element, len: number): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textLength(a);
  return len ? linked / len : 0;
}

/**
 * Readability's idea, reduced: score paragraphs by their text (commas, length, few links), credit their parent and
 * grandparent, take the best container, then widen it while an ancestor holds clearly more article text (stories
 * split into several columns or sections).
 */
export function findArticleRoot(doc: Document): Element {
  return runSync(articleRootWork(doc));
}

export function* articleRootWork(doc: Document): Work<Element> {
  const body = doc.body ?? doc.documentElement;
  const scores = new Map<Element, number>();
  const subtree = new Map<Element, number>();
  const memo = new Map<Element, boolean>();
  let n = 0;
  for (const p of Array.from(body.querySelectorAll('p, pre, blockquote'))) {
    if (++n % CHECK_EVERY === 0) yield;
    const len = textLength(p);
    if (len < 25 || insideFurniture(p, memo)) continue;
    const density = linkDensity(p, len);
    if (density > 0.5) continue;
    const text = p.textContent ?? '';
    const score = (1 + (text.match(/[,，]/gu)?.length ?? 0) + Math.min(len / 100, 3)) * (1 - density);
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
    let climb = 0;
    for (let e: Element | null = parent; e && climb < MAX_CLIMB; e = e.parentElement, climb++) subtree.set(e, (subtree.get(e) ?? 0) + score);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const score = raw * (POSITIVE.test(marker) ? 1.25 : 1) * (tagOf(el) === 'ARTICLE' ? 1.25 : 1);
    if (score > bestScore) { best = el; bestScore = score; }
  }
  if (!best) return body;
  let root = best;
  for (;;) {
    // Look up to three levels up (wrappers add nothing) for an ancestor with clearly more article text.
    let next: Element | null = null;
    let up = root.parentElement;
    for (let level = 0; level < 3 && up && up !== body && up !== doc.documentElement; level++, up = up.parentElement) {
      if ((subtree.get(up) ?? 0) >= (subtree.get(root) ?? 0) * 1.25) { next = up; break; }
    }
    if (!next) return root;
    root = next;
  }
}

/** Build the flows of every paragraph under `root`: text nodes grouped by their nearest block ancestor. */
export function flowsOf(root: Element, options: { visible?: (el: Element) => boolean } = {}): Flow[] {
  return runSync(flowsWork(root, options));
}

export function* flowsWork(root: Element, options: { visible?: (el: Element) => boolean } = {}): Work<Flow[]> {
  const flows: Flow[] = [];
  let n = 0;
  let current: Flow | null = null;
  let currentBlock: Element | null = null;

  const startFlow = (block: Element): Flow => {
    const f: Flow = { element: block, text: '', pieces: [] };
    flows.push(f);
    return f;
  };

  // Iterative walk: hostile pages can nest elements deeper than the call stack.
  const stack: Array<{ node: Node; block: Element }> = [{ node: root, block: root }];
  while (stack.length) {
    if (++n % CHECK_EVERY === 0) yield;
    const { node, block } = stack.pop() as { node: Node; block: Element };
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) continue;
      if (currentBlock !== block || !current) { current = startFlow(block); currentBlock = block; }
      current.pieces.push({ node: node as Text, start: current.text.length, length: data.length });
      current.text += data;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (el !== root && isFurniture(el)) continue;
    if (options.visible && el !== root && !options.visible(el)) continue;
    const tag = tagOf(el);
    if (tag === 'BR' && current && currentBlock === block) {
      current.pieces.push({ node: null, start: current.text.length, length: 1 });
      current.text += '\n';
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    const childBlock = isBlock ? el : block;
    if (isBlock) { current = null; currentBlock = null; }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], block: childBlock });
  }
  // A block's text continues after a nested block ends ("<div>a<p>b</p>c</div>"): flows are split there, which
  // is what a reader sees as separate paragraphs anyway. Drop whitespace-only flows.
  return flows.filter((f) => /[\p{L}\p{N}]/u.test(f.text));
}

/** The article of a document as flows, or of `root` when given. */
export function extractFlows(doc: Document, options: { root?: Element; visible?: (el: Element) => boolean } = {}): Flow[] {
  return runSync(extractWork(doc, options));
}

export function* extractWork(doc: Document, options: { root?: Element; visible?: (el: Element) => boolean } = {}): Work<Flow[]> {
  const root = options.root ?? (yield* articleRootWork(doc));
  return yield* flowsWork(root, options);
}

/** Text of each flow with whitespace runs made single spaces — same length, so offsets still map. */
export function blockTexts(flows: readonly Flow[]): string[] {
  return flows.map((f) => f.text.replace(/[\t\n\r\f\v\u00a0]/gu, ' '));
}
