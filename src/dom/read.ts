/** Reading the article off the page, in slices, within the size caps. */
import { blockTexts, readArticleWork, runSliced, type Flow } from './extract';
import { SLICE_MS, yieldToMain } from './slices';

/** Paragraphs and characters analysed at most; larger pages are cut and the popup says so. */
export const MAX_BLOCKS = 4000;
export const MAX_CHARS = 1_500_000;

export interface Reading {
  flows: Flow[];
  /** Each flow's text as the engine reads it (same length, so offsets map back). */
  texts: string[];
  /** The page was longer than the caps and was cut. */
  capped: boolean;
  /** No article-like block was found, so the page's readable paragraphs were read (the popup says so). */
  wholePage: boolean;
}

/**
 * How much of the page is read at most: the article's caps, with room for the furniture around the article (the
 * reader judges the article against it). A 20 MB page costs what its first few megabytes cost.
 */
export const WALK_LIMIT = { blocks: 4 * MAX_BLOCKS, chars: 2 * MAX_CHARS };

/** Read the article in slices of a few milliseconds, so a huge page never freezes. */
export async function readArticle(doc: Document, visible?: (el: Element) => boolean): Promise<Reading> {
  const article = await runSliced(readArticleWork(doc, { visible, limit: WALK_LIMIT }), yieldToMain, SLICE_MS);
  let flows = article.flows;
  let capped = article.truncated;
  if (flows.length > MAX_BLOCKS) { flows = flows.slice(0, MAX_BLOCKS); capped = true; }
  let total = 0;
  const kept: Flow[] = [];
  for (const f of flows) {
    total += f.text.length;
    if (total > MAX_CHARS) { capped = true; break; }
    kept.push(f);
  }
  return { flows: kept, texts: blockTexts(kept), capped, wholePage: article.wholePage };
}
