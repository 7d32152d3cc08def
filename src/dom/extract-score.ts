/**
 * Choosing the article's container, Readability's way (Mozilla's readability.js, `_grabArticle`): paragraphs score
 * by their commas and length, credit their ancestors (less the further up), containers are weighted by their class
 * words and tag and discounted by their link density; the best one is widened to a shared ancestor when close
 * runners-up sit beside it, and its siblings that look like more of the same article join it.
 */
import { mostlyEmbeddedPosts } from './extract-embeds';
import { classWeight, HEADING_TAGS, POSITIVE } from './extract-patterns';
import { CHROME, COMMENT_CLASS, lastTextOf, runAll, UNLIKELY_CLASS, type PageText, type Work } from './extract-walk';

/** Paragraph tags that are scored (Readability's DEFAULT_TAGS_TO_SCORE, plus containers holding text directly). */
const SCORED_OWNERS = new Set(['P', 'PRE', 'TD', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'DIV', 'ARTICLE', 'MAIN', 'FONT', 'CENTER', 'BLOCKQUOTE']);
/** A container holding text directly is credited itself when it also holds blocks (the text is one of its paragraphs). */
const DIV_LIKE = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'CENTER', 'BLOCKQUOTE', 'BODY']);
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;
/** <article> elements side by side that make a list of stories (a feed). */
export const FEED_ITEMS = 3;
const FEED_DISCOUNT = 0.25;

export interface Attempt {
  /** Leave out paragraphs below elements with furniture class words (Readability's FLAG_STRIP_UNLIKELYS). */
  stripUnlikely: boolean;
  /** Weigh containers by their class words (FLAG_WEIGHT_CLASSES). */
  weightClasses: boolean;
}

export interface Choice {
  /** The article container and the siblings that join it, in document order. */
  roots: number[];
  /** Per node: left out of this attempt (page chrome, or furniture when stripping). */
  stripped: Uint8Array;
  /** Content scores of the scored containers (for debugging and tests). */
  scores: Map<number, number>;
}

function tagBase(tag: string): number {
  if (tag === 'DIV') return 5;
  if (tag === 'PRE' || tag === 'TD' || tag === 'BLOCKQUOTE') return 3;
  if (tag === 'ADDRESS' || tag === 'OL' || tag === 'UL' || tag === 'DL' || tag === 'DD' || tag === 'DT' || tag === 'LI' || tag === 'FORM') return -3;
  if (HEADING_TAGS.has(tag) || tag === 'TH') return -5;
  return 0;
}

export function linkDensity(page: PageText, i: number): number {
  const n = page.nodes[i];
  return n.chars ? n.linkChars / n.chars : 0;
}

export function chooseArticle(page: PageText, attempt: Attempt): Choice | null {
  return runAll(chooseArticleWork(page, attempt));
}

/** Keep the `n` best of `top` (sorted, best first) with `entry` considered: Readability's insertion, linear overall. */
function insertTop(top: Array<[number, number]>, entry: [number, number], n: number): void {
  let at = top.length;
  while (at > 0 && top[at - 1][1] < entry[1]) at--;
  if (at >= n) return;
  top.splice(at, 0, entry);
  if (top.length > n) top.pop();
}

export function* chooseArticleWork(page: PageText, attempt: Attempt): Work<Choice | null> {
  const { nodes, blocks } = page;
  const stripMask = CHROME | COMMENT_CLASS | (attempt.stripUnlikely ? UNLIKELY_CLASS : 0);
  const stripped = new Uint8Array(nodes.length);
  // Three or more <article> elements side by side are teasers of other stories (a feed): they and what they hold
  // count for little as candidates, so a page's one article beside them wins.
  const inFeed = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    if ((i & 1023) === 1023) yield;
    const p = nodes[i].parent;
    // (Not an embedded post, whose wrapper's class words read like furniture: extract-embeds.ts.)
    stripped[i] = (p >= 0 && stripped[p]) || ((nodes[i].flags & stripMask) !== 0 && !((nodes[i].flags & stripMask) === UNLIKELY_CLASS && mostlyEmbeddedPosts(page, i))) ? 1 : 0;
    inFeed[i] = p >= 0 && (inFeed[p] || (nodes[i].tag === 'ARTICLE' && nodes[p].articleChildren >= FEED_ITEMS)) ? 1 : 0;
  }
  const weights = new Map<number, number>();
  const weightOf = (i: number): number => {
    let w = weights.get(i);
    if (w === undefined) {
      w = attempt.weightClasses ? classWeight(nodes[i].cls, nodes[i].id) : 0;
      weights.set(i, w);
    }
    return w;
  };
  const scores = new Map<number, number>();
  let n = 0;
  for (const b of blocks) {
    if ((++n & 511) === 0) yield;
    if (b.chars < 25 || stripped[b.owner]) continue;
    const owner = nodes[b.owner];
    if (!SCORED_OWNERS.has(owner.tag)) continue;
    const score = 1 + (b.commas + 1) + Math.min(Math.floor(b.chars / 100), 3);
    let a = DIV_LIKE.has(owner.tag) && owner.blockChild ? b.owner : owner.parent;
    for (let level = 0; level < ANCESTOR_LEVELS && a >= 0; level++, a = nodes[a].parent) {
      const ancestor = nodes[a];
      if (ancestor.parent < 0 && ancestor.tag === 'HTML') break;
      if (!scores.has(a)) scores.set(a, tagBase(ancestor.tag) + weightOf(a));
      scores.set(a, (scores.get(a) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  if (!scores.size) return null;
  const top: Array<[number, number]> = [];
  for (const [i, raw] of scores) {
    if ((++n & 511) === 0) yield;
    const s = raw * (1 - linkDensity(page, i)) * (inFeed[i] || nodes[i].articleChildren >= FEED_ITEMS ? FEED_DISCOUNT : 1);
    scores.set(i, s);
    insertTop(top, [i, s], TOP_CANDIDATES);
  }
  let best = top[0][0];
  const bestScore = top[0][1];
  const isBody = (i: number): boolean => nodes[i].tag === 'BODY' || nodes[i].parent < 0;
  if (isBody(best)) return { roots: [best], stripped, scores };

  // Close runners-up (three or more within 75% of the best) sharing an ancestor: the article is that ancestor.
  const close = top.slice(1).filter(([, s]) => s / bestScore >= 0.75).map(([i]) => i);
  if (close.length >= 3) {
    const contains = (a: number, i: number): boolean => a <= i && i < nodes[a].end;
    for (let a = nodes[best].parent; a >= 0 && !isBody(a); a = nodes[a].parent) {
      if (close.filter((c) => contains(a, c)).length >= 3) { best = a; break; }
    }
  }
  // Scores going up a few steps above the best hint at more article around it (Readability's climb).
  let lastScore = scores.get(best) ?? 0;
  const threshold = lastScore / 3;
  for (let a = nodes[best].parent; a >= 0 && !isBody(a); a = nodes[a].parent) {
    const s = scores.get(a);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > lastScore) { best = a; break; }
    lastScore = s;
  }
  // An only child: its parent, so that siblings of the parent can join.
  for (let p = nodes[best].parent; p >= 0 && !isBody(p) && nodes[p].elementChildren === 1; p = nodes[p].parent) best = p;

  const bestFinal = scores.get(best) ?? 0;
  const parent = nodes[best].parent;
  if (parent < 0) return { roots: [best], stripped, scores };
  const roots: number[] = [];
  const siblingThreshold = Math.max(10, bestFinal * 0.2);
  const bestClass = nodes[best].cls;
  // Direct children of the parent, in document order: walk the parent's subtree by `end` jumps.
  for (let c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
    if (c === best) { roots.push(c); continue; }
    if (stripped[c] || inFeed[c] || nodes[c].articleChildren >= FEED_ITEMS) continue;
    const bonus = bestClass && nodes[c].cls === bestClass ? bestFinal * 0.2 : 0;
    const s = scores.get(c);
    if (s !== undefined && s + bonus >= siblingThreshold) { roots.push(c); continue; }
    if (isStandfirst(page, c, best)) { roots.push(c); continue; }
    if (nodes[c].tag === 'P') {
      const ld = linkDensity(page, c);
      const len = nodes[c].chars;
      const text = len < 80 && ld === 0 ? lastTextOf(page, c) : '';
      // Readability's rule for short paragraphs (a full stop), and short ones of four words or more without one
      // ("“Unclosed tags are fine,” said Tag Mender" on a broken page), but not a date line.
      if ((len > 80 && ld < 0.25) || (len > 0 && ld === 0 && (/\.( |$)/u.test(text) || wordsIn(text) >= 4))) roots.push(c);
    }
  }
  return { roots: yield* withRepeatedChunks(page, roots, best, stripped, scores, siblingThreshold - bestFinal * 0.2), stripped, scores };
}

/**
 * A standfirst (summary, dek) written as a plain-text box right before the article's container: a DIV or SECTION
 * with no block inside it, which Readability would have turned into a paragraph before scoring, so it has no score
 * of its own to join by. Only the element just before the container, and only when its text is the summary the page
 * gives of itself in its head: affiliate notes and welcome lines sit there too, as plain-text boxes of a sentence.
 */
function isStandfirst(page: PageText, c: number, best: number): boolean {
  const n = page.nodes[c];
  if (n.end !== best || (n.tag !== 'DIV' && n.tag !== 'SECTION') || n.blockChild || n.chars <= 80 || !page.summary) return false;
  if (linkDensity(page, c) >= 0.25) return false;
  const block = page.blocks[n.firstBlock];
  return n.firstBlock === n.lastBlock && block !== undefined && block.flow.text.replace(/\s+/gu, ' ').trim() === page.summary;
}

/** Words of two letters or more. */
function wordsIn(text: string): number {
  return text.match(/\p{L}{2,}/gu)?.length ?? 0;
}

/** How far up to look for more chunks of an article cut into repeated containers. */
const CHUNK_LEVELS = 4;

/**
 * Articles cut into chunks (a body, an ad rail, the next body…) repeat the same container: elements with the
 * root's tag and content-like class, a few levels up, that hold paragraphs are more of the article. Readability's
 * same-class bonus, for cousins as well as siblings.
 */
function* withRepeatedChunks(page: PageText, roots: number[], best: number, stripped: Uint8Array, scores: Map<number, number>, minScore: number): Work<number[]> {
  const { nodes } = page;
  const cls = nodes[best].cls;
  // Only containers named as content: layout classes ("row", "span12") repeat all over a page.
  if (!cls || !POSITIVE.test(cls)) return roots;
  let top = best;
  for (let level = 0; level < CHUNK_LEVELS && nodes[top].parent >= 0 && nodes[nodes[top].parent].tag !== 'BODY'; level++) top = nodes[top].parent;
  const found: number[] = [];
  for (let i = top; i < nodes[top].end; i++) {
    if ((i & 1023) === 1023) yield;
    if (i === best || stripped[i]) continue;
    const s = scores.get(i);
    // Paragraphs deeper than the scored levels leave a chunk unscored: its own paragraphs speak for it then.
    if ((nodes[i].paras >= 2 || (s !== undefined && s >= minScore)) && nodes[i].tag === nodes[best].tag && linkDensity(page, i) < 0.25 && nodes[i].cls === cls) {
      found.push(i);
      i = nodes[i].end - 1;
    }
  }
  if (!found.length) return roots;
  // Roots are disjoint subtrees in document order: the last one starting at or before `i` is the only one that can
  // hold it (a binary search, so a page with thousands of roots stays linear).
  const inRoots = (i: number): boolean => {
    let lo = 0;
    let hi = roots.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (roots[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return roots.length > 0 && roots[lo] <= i && i < nodes[roots[lo]].end;
  };
  return [...roots, ...found.filter((i) => !inRoots(i))].sort((a, b) => a - b);
}
