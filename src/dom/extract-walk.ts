/**
 * One walk over the page: every run of text becomes part of a flow (a paragraph: text nodes grouped by their
 * nearest block element, with offsets that map back to them), and every element gets a record with what the
 * later steps need to judge it (its furniture marks, and sums of the text, links and commas below it). The later
 * steps work on these records only, so the DOM is read once, in slices, whatever they try.
 */
import { attributeOf, firstChildOf, hasAttributesOf, nextSiblingOf, nodeTypeOf, tagOf } from './safe-dom';
import { BLOCK_TAGS, CHROME_ROLES, CHROME_TAGS, COMMAS, COMMENTS, HEADING_TAGS, HIDDEN_CLASS, MAYBE_CANDIDATE, NEVER_TEXT, PULL_QUOTE, UNLIKELY } from './extract-patterns';

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

/** Work that yields now and then, so a long page can be processed in slices (see `runSliced`). */
export type Work<T> = Generator<void, T, void>;

/** Run work to its end at once (tests, the command line). */
export function runAll<T>(work: Work<T>): T {
  let r = work.next();
  while (!r.done) r = work.next();
  return r.value;
}

/** Which elements a reader can see; the walk leaves out the others and everything below them. */
export type VisibilityFilter = (el: Element) => boolean;

/** Marks of an element itself (`PageNode.flags`). */
export const CHROME = 1; // nav, aside, footer, header, menu, or a landmark role of page chrome
export const UNLIKELY_CLASS = 2; // class/id words of page furniture (Readability's unlikely candidates)
export const IN_TABLE_OR_CODE = 4;
export const COMMENT_CLASS = 8; // readers' comments (left out in every pass) // below a table or code block: class words are not trusted there (as Readability)

export interface PageNode {
  el: Element;
  tag: string;
  /** The class and id attributes, read once (through safe-dom: a page's form controls cannot shadow them). */
  cls: string;
  id: string;
  /** Child elements, hidden and skipped ones included (Readability's `children.length`). */
  elementChildren: number;
  /** The first and last block of text below this element (-1 when none). */
  firstBlock: number;
  lastBlock: number;
  parent: number;
  /** One past the last node of this element's subtree (nodes are in document order). */
  end: number;
  flags: number;
  /** Sums over the flows owned by this element and everything below it. */
  chars: number;
  linkChars: number;
  commas: number;
  /** Paragraph-like flows (25+ characters) below, and list items, images, form fields, embeds, heading text. */
  paras: number;
  /** Characters inside the outermost lists below (Readability's "is this container a list"). */
  listChars: number;
  ps: number;
  lis: number;
  imgs: number;
  inputs: number;
  embeds: number;
  headingChars: number;
  /** Has a child element that starts a paragraph of its own. */
  blockChild: boolean;
  /** Child <article> elements (three or more side by side are a list of stories, not one). */
  articleChildren: number;
}

export interface Block {
  flow: Flow;
  /** The node that owns the flow: its nearest block (or marked) element. */
  owner: number;
  chars: number;
  linkChars: number;
  commas: number;
}

export interface PageText {
  nodes: PageNode[];
  blocks: Block[];
  /** The walk stopped at its limit: what follows on the page was not read. */
  truncated: boolean;
  /** The page's own summary (`<meta name="description">` or `og:description`), whitespace collapsed; '' if none. */
  summary?: string;
}

/**
 * The summary a page gives of itself in its head (the description or Open Graph description), read through the
 * captured getters like the rest of the page: a standfirst written as a plain-text box is usually this same text.
 */
export function pageSummary(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  for (let head = firstChildOf(root); head; head = nextSiblingOf(head)) {
    if (nodeTypeOf(head) !== 1 || tagOf(head as Element) !== 'HEAD') continue;
    for (let m = firstChildOf(head); m; m = nextSiblingOf(m)) {
      if (nodeTypeOf(m) !== 1 || tagOf(m as Element) !== 'META') continue;
      const key = (attributeOf(m as Element, 'name') ?? attributeOf(m as Element, 'property') ?? '').toLowerCase();
      if (key !== 'description' && key !== 'og:description') continue;
      const text = (attributeOf(m as Element, 'content') ?? '').replace(/\s+/gu, ' ').trim();
      if (text) return text;
    }
  }
  return '';
}

/**
 * How much of a page the walk reads at most: a huge page costs what its first part costs (the later steps judge
 * the article from it). The walk stops before the block or after the text node that goes past either figure.
 */
export interface WalkLimit {
  blocks: number;
  chars: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The text of the last non-blank block below node `i` ('' when none): how a paragraph ends. */
export function lastTextOf(page: PageText, i: number): string {
  const { firstBlock, lastBlock } = page.nodes[i];
  for (let b = lastBlock; b >= 0 && b >= firstBlock; b--) if (page.blocks[b].chars > 0) return page.blocks[b].flow.text;
  return '';
}
const CHECK_EVERY = 64;

function visibleLength(s: string): number {
  const v: Visible = { n: 0, space: true };
  countVisible(v, s);
  return visibleOf(v);
}

/**
 * The length of a text with its white space collapsed and trimmed, counted as the text grows piece by piece: a
 * paragraph of 100,000 text nodes is counted as it is read, not in one pass over its 700,000 characters at the end
 * (one unbroken step of 28 ms in a profile).
 */
interface Visible {
  n: number;
  /** The last character counted was white space (or nothing was counted yet). */
  space: boolean;
}

function countVisible(v: Visible, s: string): void {
  let n = v.n;
  let space = v.space;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isSpace = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!isSpace) { n++; space = false; } else if (!space) { n++; space = true; }
  }
  v.n = n;
  v.space = space;
}

function visibleOf(v: Visible): number {
  return v.space && v.n > 0 ? v.n - 1 : v.n;
}

/**
 * Two sentences in sibling inline elements with nothing between them ("<span>…an official said.</span><span>Credit
 * …</span>") are shown apart by the page's styles, but their text would run together ("said.Credit"): a virtual
 * space (a separator piece, like a <br>) keeps them apart.
 */
function runsTogether(lastChar: string, after: string, beforeParent: number, afterParent: number): boolean {
  if (beforeParent === afterParent) return false;
  return /[.!?…:;"”»)]/u.test(lastChar) && /^\p{Lu}/u.test(after);
}

/** Hidden by markup alone (the page's stylesheets are the visibility filter's job). */
function hiddenByMarkup(el: Element, cls: string): boolean {
  if (attributeOf(el, 'hidden') !== null || attributeOf(el, 'aria-hidden') === 'true') return true;
  if (cls && HIDDEN_CLASS.test(cls)) return true;
  const style = attributeOf(el, 'style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(style);
}

function ownFlags(el: Element, tag: string, cls: string, id: string, inherited: number, attributes: boolean): number {
  let flags = 0;
  if (CHROME_TAGS.has(tag)) flags |= CHROME;
  const role = attributes ? attributeOf(el, 'role') : null;
  if (role && CHROME_ROLES.test(role)) flags |= CHROME;
  if (tag === 'TABLE' || tag === 'CODE' || tag === 'PRE') flags |= IN_TABLE_OR_CODE;
  if (!(inherited & IN_TABLE_OR_CODE) && tag !== 'BODY' && tag !== 'HTML' && tag !== 'A' && tag !== 'ARTICLE' && tag !== 'MAIN') {
    const marker = `${cls} ${id}`;
    if (marker.length > 1 && UNLIKELY.test(marker) && !MAYBE_CANDIDATE.test(marker)) {
      flags |= UNLIKELY_CLASS;
      if (COMMENTS.test(marker)) flags |= COMMENT_CLASS;
    }
  }
  return flags;
}

function newNode(el: Element, tag: string, cls: string, id: string, parent: number, flags: number): PageNode {
  return { el, tag, cls, id, elementChildren: 0, firstBlock: -1, lastBlock: -1, parent, end: 0, flags, chars: 0, linkChars: 0, commas: 0, paras: 0, listChars: 0, ps: 0, lis: 0, imgs: 0, inputs: 0, embeds: 0, headingChars: 0, blockChild: false, articleChildren: 0 };
}

interface Frame {
  node: Node;
  /** Index of the parent element's record. */
  parent: number;
  /** Index of the record owning text found here (the nearest block or marked element). */
  owner: number;
  /** Flags inherited from ancestors (only IN_TABLE_OR_CODE is passed down). */
  inherited: number;
  link: boolean;
}

/**
 * The children of an element still to visit, taken one at a time: pushing a frame for each child at once was one
 * unbroken loop (and 100,000 objects for the garbage collector) under an element with 100,000 children. Followed from
 * sibling to sibling, not by index into the live child list: under an element with 100,000 children, one stretch of
 * 64 steps between two checks of the clock took 44-80 ms of CPU in Chromium 156.
 */
interface Children extends Omit<Frame, 'node'> {
  next: ChildNode | null;
}

/**
 * Walk `root` (the body) and read its text. Elements the filter says are invisible, hidden by markup, editable, or
 * never text are left out with everything below them.
 */
export function* walkPage(root: Element, visible?: VisibilityFilter, limit?: WalkLimit): Work<PageText> {
  const nodes: PageNode[] = [];
  const blocks: Block[] = [];
  const linkChars: number[] = [];
  let current: Block | null = null;
  /** The current block's visible characters so far. */
  let counted: Visible = { n: 0, space: true };
  const visibleChars: Visible[] = [];
  let lastParent = -1;
  // The flow's last character, kept apart: testing the end of a growing string would flatten it on every append.
  let lastChar = '';
  let n = 0;
  let chars = 0;
  let truncated = false;

  const stack: Array<Frame | Children> = [{ node: root, parent: -1, owner: -1, inherited: 0, link: false }];
  while (stack.length) {
    if (++n % CHECK_EVERY === 0) yield;
    const top = stack[stack.length - 1];
    let frame: Frame;
    if ('next' in top) {
      const child = top.next;
      if (!child) { stack.pop(); continue; }
      top.next = nextSiblingOf(child);
      frame = { node: child, parent: top.parent, owner: top.owner, inherited: top.inherited, link: top.link };
    } else {
      stack.pop();
      frame = top;
    }
    const { node } = frame;
    const type = nodeTypeOf(node);
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (!data || frame.owner < 0) continue;
      if (!current || current.owner !== frame.owner) {
        if (limit && blocks.length >= limit.blocks) { truncated = true; break; }
        current = { flow: { element: nodes[frame.owner].el, text: '', pieces: [] }, owner: frame.owner, chars: 0, linkChars: 0, commas: 0 };
        blocks.push(current);
        linkChars.push(0);
        counted = { n: 0, space: true };
        visibleChars.push(counted);
        lastChar = '';
      }
      if (lastChar && runsTogether(lastChar, data, lastParent, frame.parent)) {
        current.flow.pieces.push({ node: null, start: current.flow.text.length, length: 1 });
        current.flow.text += ' ';
        countVisible(counted, ' ');
      }
      lastParent = frame.parent;
      lastChar = data[data.length - 1];
      current.flow.pieces.push({ node: node as Text, start: current.flow.text.length, length: data.length });
      current.flow.text += data;
      countVisible(counted, data);
      if (frame.link) linkChars[blocks.length - 1] += visibleLength(data);
      chars += data.length;
      if (limit && chars >= limit.chars) { truncated = true; break; }
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = tagOf(el);
    const parentNode = frame.parent >= 0 ? nodes[frame.parent] : null;
    if (parentNode) parentNode.elementChildren++;
    // Most elements carry no attribute at all: then none of the reads below can find one.
    const attributes = hasAttributesOf(el);
    const cls = attributes ? attributeOf(el, 'class') ?? '' : '';
    if (el !== root) {
      if (NEVER_TEXT.has(tag)) {
        if (parentNode) {
          if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'BUTTON') parentNode.inputs++;
          else if (tag === 'IFRAME' || tag === 'OBJECT' || tag === 'EMBED' || tag === 'VIDEO' || tag === 'AUDIO') parentNode.embeds++;
          else if (tag === 'PICTURE') parentNode.imgs++;
        }
        continue;
      }
      if (attributes) {
        if (hiddenByMarkup(el, cls) || (cls && PULL_QUOTE.test(cls))) continue;
        const editable = attributeOf(el, 'contenteditable');
        if (editable !== null && editable !== 'false') continue;
      }
      if (visible && !visible(el)) continue;
    }
    if (tag === 'IMG') { if (parentNode) parentNode.imgs++; continue; }
    if (tag === 'BR') {
      if (current && current.owner === frame.owner) {
        current.flow.pieces.push({ node: null, start: current.flow.text.length, length: 1 });
        current.flow.text += '\n';
        countVisible(counted, '\n');
        lastChar = '\n';
      }
      continue;
    }
    const id = attributes ? attributeOf(el, 'id') ?? '' : '';
    const flags = ownFlags(el, tag, cls, id, frame.inherited, attributes);
    const index = nodes.length;
    nodes.push(newNode(el, tag, cls, id, frame.parent, flags));
    if (tag === 'ARTICLE' && parentNode) parentNode.articleChildren++;
    if (tag === 'LI') nodes[index].lis++;
    else if (tag === 'P') nodes[index].ps++;
    // A block element, or a marked inline one, owns the text below it: its text is a flow of its own, so the later
    // steps can keep or drop it alone.
    const owns = BLOCK_TAGS.has(tag) || (flags & (CHROME | UNLIKELY_CLASS | COMMENT_CLASS)) !== 0 || frame.owner < 0;
    if (owns) {
      current = null;
      if (parentNode) parentNode.blockChild = true;
    }
    // Text that continues after a nested block ("<div>a<p>b</p>c</div>") starts a new flow of the outer owner.
    const owner = owns ? index : frame.owner;
    const inherited = frame.inherited | (flags & IN_TABLE_OR_CODE);
    const link = frame.link || tag === 'A';
    const first = firstChildOf(el);
    if (first) stack.push({ next: first, parent: index, owner, inherited, link });
  }

  for (let i = 0; i < blocks.length; i++) {
    if ((i & 1023) === 1023) yield;
    const b = blocks[i];
    b.chars = visibleOf(visibleChars[i]);
    b.linkChars = Math.min(b.chars, linkChars[i]);
    b.commas = b.flow.text.match(COMMAS)?.length ?? 0;
    const owner = nodes[b.owner];
    if (owner.firstBlock < 0) owner.firstBlock = i;
    owner.lastBlock = i;
    owner.chars += b.chars;
    owner.linkChars += b.linkChars;
    owner.commas += b.commas;
    if (b.chars >= 25) owner.paras++;
    if (HEADING_TAGS.has(owner.tag)) owner.headingChars += b.chars;
  }
  // Children come after their parent in document order, so one backward pass sums every subtree.
  for (let i = nodes.length - 1; i >= 0; i--) {
    if ((i & 1023) === 0) yield;
    const node = nodes[i];
    // Children come first in this backward pass, so the sums of `node` are complete here.
    if (node.tag === 'UL' || node.tag === 'OL') node.listChars = node.chars;
    if (node.end < i + 1) node.end = i + 1;
    if (node.parent < 0) continue;
    const p = nodes[node.parent];
    if (p.end < node.end) p.end = node.end;
    if (node.firstBlock >= 0 && (p.firstBlock < 0 || node.firstBlock < p.firstBlock)) p.firstBlock = node.firstBlock;
    if (node.lastBlock > p.lastBlock) p.lastBlock = node.lastBlock;
    p.chars += node.chars;
    p.linkChars += node.linkChars;
    p.commas += node.commas;
    p.paras += node.paras;
    p.listChars += node.listChars;
    p.ps += node.ps;
    p.lis += node.lis;
    p.imgs += node.imgs;
    p.inputs += node.inputs;
    p.embeds += node.embeds;
    p.headingChars += node.headingChars;
  }
  return { nodes, blocks, truncated };
}
