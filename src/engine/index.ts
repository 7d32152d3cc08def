export { analyzeBlocks, DEFAULT_MAX_CHARS } from './analyze';
export type * from './types';

/** Split plain text into paragraphs at blank lines (the `.txt` article format). */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter((p) => p.length > 0);
}
