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

function removeConditionally(page: PageText, i: number, inDataTable: boolean): boolean {
  const node = page.nodes[i];
  if (inDataTable) return false;
  const weight = classWeight(node.el);
  if (weight < 0) return true;
  if (node.commas >= 10) return false;
  const isList = node.tag === 'UL' || node.tag === 'OL' || (node.chars > 0 && listChars(page, i) / node.chars > 0.9);
  const p = node.ps;
  const img = node.imgs;
  const li = node.lis - 100;
  const ld = node.chars ? node.linkChars / node.chars : 0;
  const headingDensity = node.chars ? node.headingChars / node.chars : 0;
  if (img > 1 && p / img < 0.5 && !isList) return true;
  if (!isList && li > p) return true;
  if (node.inputs > Math.floor(p / 3)) return true;
  if (!isList && headingDensity < 0.9 && node.chars < 25 && (img === 0 || img > 2) && ld > 0) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((node.embeds === 1 && node.chars < 75) || node.embeds > 1) return true;
  if (img === 0 && node.chars === 0) return true;
  return false;
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

/** Which blocks of the page the article keeps, in document order. */
export function keptBlocks(page: PageText, choice: Choice, cleanConditionally: boolean): number[] {
  const { nodes, blocks } = page;
  const excluded = new Uint8Array(nodes.length);
  const inRoot = new Uint8Array(nodes.length);
  for (const root of choice.roots) {
    const rootTable = nodes[root].tag === 'TABLE';
    for (let i = root; i < nodes[root].end; i++) {
      inRoot[i] = 1;
      const node = nodes[i];
      const parent = node.parent;
      if (i !== root && excluded[parent]) { excluded[i] = 1; continue; }
      if (choice.stripped[i]) { excluded[i] = 1; continue; }
      // The title is shown apart from the article; a form inside an article is a sign-up or search box (a form
      // around it, as ASP.NET pages have, is above the root and not judged here).
      if (node.tag === 'H1' || (node.tag === 'FORM' && i !== root)) { excluded[i] = 1; continue; }
      // Captions describe a picture, in the picture's place; a figure is kept only for the prose it may wrap.
      if (node.tag === 'FIGCAPTION' || (node.tag === 'FIGURE' && node.ps < 2)) { excluded[i] = 1; continue; }
      if (node.chars < 40 && node.chars > 0 && AD_OR_LOADING.test((node.el.textContent ?? '').trim())) { excluded[i] = 1; continue; }
      if ((node.tag === 'H2') && classWeight(node.el) < 0) { excluded[i] = 1; continue; }
      if (node.chars < 500 && SHARE.test(`${node.el.getAttribute('class') ?? ''} ${node.el.getAttribute('id') ?? ''}`)) { excluded[i] = 1; continue; }
      if (cleanConditionally && i !== root && CONDITIONAL.has(node.tag) && removeConditionally(page, i, rootTable)) excluded[i] = 1;
    }
  }
  const kept: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const owner = blocks[b].owner;
    if (inRoot[owner] && !excluded[owner]) kept.push(b);
  }
  return kept;
}
