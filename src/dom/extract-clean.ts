/**
 * Inside the chosen container, which parts are not article: Readability's clean-up (`_prepArticle`,
 * `_cleanConditionally`) as decisions on the walk's records, without touching the page. A part is left out with
 * everything below it.
 */
import { mostlyEmbeddedPosts } from './extract-embeds';
import { classWeight, META, SHARE } from './extract-patterns';
import { lastTextOf, runAll, type Block, type PageNode, type PageText, type Work } from './extract-walk';
import { FEED_ITEMS, type Choice } from './extract-score';

/** Readability's words of a block that is only an advertisement label or a loading notice. */
const AD_OR_LOADING = /^(?:ad(?:vert|vertising|vertisement|vertisment)?s?|pub(?:licité)?|publicidade?|pubblicità|werb(?:ung)?|anzeige|reklama|广告|Реклама|Anuncio|sponsored|(?:loading|正在加载|Загрузка|chargement|cargando)(?:…|\.\.\.)?)$/iu;

/** Metadata lines are short; a longer block with such a class word is more likely content. */
const MAX_META = 200;

function markerOf(node: PageNode): string {
  return `${node.cls} ${node.id}`;
}

/** Characters of a caption worth reading; shorter ones are credits ("Image copyright Getty Images"). */
const MIN_CAPTION = 60;

const CONDITIONAL = new Set(['FORM', 'FIELDSET', 'TABLE', 'UL', 'OL', 'DIV', 'SECTION']);

/**
 * A wrapper around one paragraph of prose (a card holding one sentence with a link in it): kept even when its links
 * would have a container go.
 */
function isProseParagraph(page: PageText, i: number): boolean {
  const node = page.nodes[i];
  if (node.ps !== 1 || node.chars < 80 || node.imgs > 1 || node.lis > 0) return false;
  return /[.!?…"”»)]\s*$/u.test(lastTextOf(page, i));
}

/**
 * A DIV around one paragraph and nothing else (a CMS's "sourced paragraph" or "media" wrapper around the lead): judged
 * as the paragraph, not by the wrapper's class words. Readability unwraps such a DIV into its <p> before it judges.
 */
function wrapsOneParagraph(page: PageText, i: number): boolean {
  const node = page.nodes[i];
  if (node.tag !== 'DIV' || node.elementChildren !== 1 || i + 1 >= page.nodes.length) return false;
  const only = page.nodes[i + 1];
  return only.tag === 'P' && only.end === node.end && only.chars === node.chars && node.linkChars < 0.25 * node.chars;
}

/** Readability's `_cleanConditionally` verdict on a container, or null to keep it. */
function conditionalReason(page: PageText, i: number): string | null {
  const node = page.nodes[i];
  const weight = classWeight(node.cls, node.id);
  // (An embedded post is the article's, whatever its wrapper's class words: extract-embeds.ts.)
  if (mostlyEmbeddedPosts(page, i)) return null;
  if (weight < 0 && !wrapsOneParagraph(page, i)) return 'negative class words';
  if (node.commas >= 10) return null;
  const isList = node.tag === 'UL' || node.tag === 'OL' || (node.chars > 0 && node.listChars / node.chars > 0.9);
  const p = node.ps;
  const img = node.imgs;
  const ld = node.chars ? node.linkChars / node.chars : 0;
  const headingDensity = node.chars ? node.headingChars / node.chars : 0;
  if (img > 1 && p / img < 0.5 && !isList) return 'images without text';
  // Readability discounts 100 list items, so this only fires on huge lists of short items.
  if (!isList && node.lis - 100 > p) return 'list items';
  if (node.inputs > Math.floor(p / 3)) return 'form fields';
  if (!isList && headingDensity < 0.9 && node.chars < 25 && (img === 0 || img > 2) && ld > 0) return 'a short link';
  if (!isList && weight < 25 && ld > 0.2 && !(ld < 0.5 && isProseParagraph(page, i))) return 'links';
  if (weight >= 25 && ld > 0.5) return 'links';
  if ((node.embeds === 1 && node.chars < 75) || node.embeds > 1) return 'embeds';
  if (img === 0 && node.chars === 0) return 'empty';
  return null;
}

/** A paragraph that is only an advertisement label or a loading notice. */
function isNoise(block: Block): boolean {
  return block.chars < 40 && AD_OR_LOADING.test(block.flow.text.trim());
}

/**
 * A box of links (related stories, "more from"): a container whose text is nearly all link text. Readability
 * spares lists from its link-density rule, which keeps these boxes; a list of links inside an article that people
 * would read (sources, deals) mostly has prose around the links.
 */
function isLinkBox(page: PageText, i: number): boolean {
  const n = page.nodes[i];
  return (n.tag === 'DIV' || n.tag === 'SECTION' || n.tag === 'UL' || n.tag === 'OL') && n.chars >= 60 && n.linkChars > 0.9 * n.chars;
}

/** Why the element `i` inside the article is not article text, or null when it may be. */
function exclusionReason(page: PageText, choice: Choice, i: number, isRoot: boolean, inDataTable: boolean, clean: boolean): string | null {
  const node = page.nodes[i];
  if (choice.stripped[i]) return 'furniture';
  // The title is shown apart from the article; a form inside an article is a sign-up or search box (a form
  // around it, as ASP.NET pages have, is above the root and not judged here).
  if (node.tag === 'H1') return 'title';
  if (node.tag === 'FORM' && !isRoot) return 'form';
  // Captions are read (they often report speech: "X said …"), but a short one is a credit or a label.
  if (node.tag === 'FIGCAPTION' && node.chars < MIN_CAPTION) return 'credit';
  if (node.tag === 'H2' && classWeight(node.cls, node.id) < 0) return 'negative heading';
  if (!isRoot && node.chars < MAX_META && node.paras < 2 && (node.tag === 'ADDRESS' || META.test(markerOf(node)))) return 'metadata';
  if (node.chars < 500 && SHARE.test(markerOf(node)) && !mostlyEmbeddedPosts(page, i)) return 'share';
  if (!isRoot && isLinkBox(page, i)) return 'link box';
  if (!isRoot && node.articleChildren >= FEED_ITEMS) return 'teasers';
  if (clean && !isRoot && !inDataTable && CONDITIONAL.has(node.tag)) return conditionalReason(page, i);
  return null;
}

/**
 * Drop a link in capitals between paragraphs of the article ("LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25
 * POUNDS"): another story's headline set as a teaser, never the article's own prose. Only after a first paragraph of
 * prose: a capitalised link that opens the text may be the article's first line.
 */
function withoutShoutedLinks(page: PageText, kept: number[]): number[] {
  let prose = false;
  return kept.filter((b) => {
    const { chars, linkChars, flow } = page.blocks[b];
    const shouted = prose && chars >= 10 && linkChars >= 0.9 * chars && !/\p{Ll}/u.test(flow.text) && (flow.text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
    if (chars >= 25 && linkChars < 0.5 * chars) prose = true;
    return !shouted;
  });
}

/** Consecutive paragraphs that are only links, this many or more, are a list of other stories. */
const LINK_RUN = 3;

/** Drop runs of link-only paragraphs (a related-stories list written as paragraphs, not as a box). */
function withoutLinkRuns(page: PageText, kept: number[]): number[] {
  const linked = (b: number): boolean => page.blocks[b].linkChars > 0.9 * page.blocks[b].chars;
  const out: number[] = [];
  for (let k = 0; k < kept.length;) {
    let e = k;
    while (e < kept.length && linked(kept[e])) e++;
    if (e === k) { out.push(kept[k]); k++; continue; }
    if (e - k < LINK_RUN) for (let x = k; x < e; x++) out.push(kept[x]);
    k = e;
  }
  return out;
}

export interface Kept {
  /** Blocks of the article, in document order. */
  blocks: number[];
  /** Per node inside the article's roots: why it was left out (for debugging and tests), else undefined. */
  reasons: Map<number, string>;
}

/** Which blocks of the page the article keeps, in document order (yields now and then: see `runSliced`). */
export function* keptBlocksWork(page: PageText, choice: Choice, clean: boolean): Work<Kept> {
  const { nodes, blocks } = page;
  const excluded = new Uint8Array(nodes.length);
  const inRoot = new Uint8Array(nodes.length);
  const reasons = new Map<number, string>();
  for (const root of choice.roots) {
    const rootTable = nodes[root].tag === 'TABLE';
    for (let i = root; i < nodes[root].end; i++) {
      if ((i & 511) === 0) yield;
      inRoot[i] = 1;
      if (i !== root && excluded[nodes[i].parent]) { excluded[i] = 1; continue; }
      const reason = exclusionReason(page, choice, i, i === root, rootTable, clean);
      if (reason) { excluded[i] = 1; reasons.set(i, reason); }
    }
  }
  const kept: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    if ((b & 1023) === 1023) yield;
    const owner = blocks[b].owner;
    if (inRoot[owner] && !excluded[owner] && !isNoise(blocks[b])) kept.push(b);
  }
  return { blocks: withoutShoutedLinks(page, withoutLinkRuns(page, kept)), reasons };
}

export function keptBlocks(page: PageText, choice: Choice, clean: boolean): Kept {
  return runAll(keptBlocksWork(page, choice, clean));
}
