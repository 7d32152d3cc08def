/** Reading an article from a file or stdin, for the command-line tools: `.txt` paragraphs or a whole `.html` page. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { paragraphsOf } from '../engine/index';
import { blockTexts, readArticle } from '../dom/extract';

export interface LoadedArticle {
  blocks: string[];
  url: string | null;
  title: string | null;
  /** No article-like block was found on the page, so its readable paragraphs were taken (pages only). */
  wholePage?: boolean;
}

export class InputError extends Error {}

/** Binary input (images, archives, executables) is refused rather than analysed as text. */
export function looksBinary(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function isHtml(name: string, text: string): boolean {
  if (/\.x?html?$/iu.test(name)) return true;
  if (/\.txt$/iu.test(name)) return false;
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/iu.test(text);
}

/** Parse a saved page with a Node DOM and read its article with the content script's own extraction code. */
export function articleFromHtml(html: string): LoadedArticle {
  const { document } = parseHTML(html);
  const { flows, wholePage } = readArticle(document as unknown as Document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
    ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const title = document.querySelector('title')?.textContent?.trim() || null;
  return { blocks: blockTexts(flows), url: canonical, title, wholePage };
}

export function articleFromText(text: string): LoadedArticle {
  return { blocks: paragraphsOf(text), url: null, title: null };
}

/** Load `path` (or stdin for "-"), refusing missing, unreadable, empty and binary input with a clear message. */
export function loadArticle(path: string): LoadedArticle {
  let buf: Buffer;
  try {
    buf = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, not an article file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? (e as Error).message})`);
  }
  if (buf.length === 0 || buf.toString('utf8').trim() === '') throw new InputError(`${path === '-' ? 'stdin' : path}: empty input`);
  if (looksBinary(buf)) throw new InputError(`${path === '-' ? 'stdin' : path}: binary data, not an article (give a .txt or .html file)`);
  const text = buf.toString('utf8').replace(/^\uFEFF/u, '');
  return isHtml(path, text) ? articleFromHtml(text) : articleFromText(text);
}
