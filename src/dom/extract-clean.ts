/**
 * Inside the chosen container, which parts are not article: Readability's clean-up (`_prepArticle`,
 * `_cleanConditionally`) as decisions on the walk's records, without touching the page. A part is left out with
 * everything below it.
 */
import { classWeight, SHARE } from './extract-patterns';
import type { PageText } from './extract-walk';
import type { Choice } from './extract-score';

/** Readability's words of a block that is only an advertisement label or a loading notice. */
const AD_OR_LOADING = /^(?:ad(?:vertising|vertisement)?|pub(?:licité)?|werb(?:ung)?|广告|Реклама|Anuncio|(?:loading|正在加载|Загрузка|chargement|cargando)(?:…|\.\.\.)?)$/iu;

const CONDITIONAL = new Set(['FORM', 'FIELDSET', 'TABLE', 'UL', 'OL', 'DIV', 'SECTION']);

/** Readability's `_cleanConditionally` verdict on a container, or null to keep it. */
function conditionalReason(page: PageText, i: number): string | null {
  const node = page.nodes[i];
  const weight = classWeight(node.el);
  if (weight < 0) return 'negative class words';
  if (node.commas >= 10) return null;
  const isList = node.tag === 'UL' || node.tag === 'OL' || (node.chars > 0 && listChars(page, i) / node.chars > 0.9);
  const p = node.ps;
  const img = node.imgs;
  const ld = node.chars ? node.linkChars / node.chars : 0;
  const headingDensity = node.chars ? node.headingChars / node.chars : 0;
  if (img > 1 && p / img < 0.5 && !isList) return 'images without text';
  // Readability discounts 100 list items, so this only fires on huge lists of short items.
  if (!isList && node.lis - 100 > p) return 'list items';
  if (node.inputs > Math.floor(p / 3)) return 'form fields';
  if (!isList && headingDensity < 0.9 && node.chars < 25 && (img === 0 || img > 2) && ld > 0) return 'a short link';
  if (!isList && weight < 25 && ld > 0.2) return 'links';
  if (weight >= 25 && ld > 0.5) return 'links';
  if ((node.embeds === 1 && node.chars < 75) || node.embeds > 1) return 'embeds';
  if (img === 0 && node.chars === 0) return 'empty';
  return null;
}

/** Characters of the lists directly or deeper below `i` (outermost lists only). */
function listChars(page: PageText, i: number): number {
  let total = 0;
  const node = page.nodes[i];
  for (let c = i + 1; c < node.end;) {
    const child = page.nodes[c];
    if (child.tag === 'UL' || child.tag === 'OL') { total += child.chars; c = child.end; } else c++;
  }
  return total;
}

/** Why the element `i` inside the article is not article text, or null when it may be. */
function exclusionReason(page: PageText, choice: Choice, i: number, isRoot: boolean, inDataTable: boolean, clean: boolean): string | null {
  const node = page.nodes[i];
  if (choice.stripped[i]) return 'furniture';
  // The title is shown apart from the article; a form inside an article is a sign-up or search box (a form
  // around it, as ASP.NET pages have, is above the root and not judged here).
  if (node.tag === 'H1') return 'title';
  if (node.tag === 'FORM' && !isRoot) return 'form';
  // Captions describe a picture, in the picture's place; a figure is kept only for the prose it may wrap.
  if (node.tag === 'FIGCAPTION' || (node.tag === 'FIGURE' && node.ps < 2)) return 'caption';
  if (node.chars < 40 && node.chars > 0 && AD_OR_LOADING.test((node.el.textContent ?? '').trim())) return 'ad label';
  if (node.tag === 'H2' && classWeight(node.el) < 0) return 'negative heading';
  if (node.chars < 500 && SHARE.test(`${node.el.getAttribute('class') ?? ''} ${node.el.getAttribute('id') ?? ''}`)) return 'share';
  if (clean && !isRoot && !inDataTable && CONDITIONAL.has(node.tag)) return conditionalReason(page, i);
  return null;
}

export interface Kept {
  /** Blocks of the article, in document order. */
  blocks: number[];
  /** Per node inside the article's roots: why it was left out (for debugging and tests), else undefined. */
  reasons: Map<number, string>;
}

/** Which blocks of the page the article keeps, in document order. */
export function keptBlocks(page: PageText, choice: Choice, clean: boolean): Kept {
  const { nodes, blocks } = page;
  const excluded = new Uint8Array(nodes.length);
  const inRoot = new Uint8Array(nodes.length);
  const reasons = new Map<number, string>();
  for (const root of choice.roots) {
    const rootTable = nodes[root].tag === 'TABLE';
    for (let i = root; i < nodes[root].end; i++) {
      inRoot[i] = 1;
      if (i !== root && excluded[nodes[i].parent]) { excluded[i] = 1; continue; }
      const reason = exclusionReason(page, choice, i, i === root, rootTable, clean);
      if (reason) { excluded[i] = 1; reasons.set(i, reason); }
    }
  }
  const kept: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const owner = blocks[b].owner;
    if (inRoot[owner] && !excluded[owner]) kept.push(b);
  }
  return { blocks: kept, reasons };
}
