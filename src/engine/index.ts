export { analyzeBlocks, DEFAULT_MAX_CHARS } from './analyze';
export type * from './types';

/** Split plain text into paragraphs at blank lines (the `.txt` article format). */
export function paragraphsOf(text: string): string[] {
  // Only text that has them pays for the rewrites: most paragraphs hold no carriage return and no inner line break.
  const unix = text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text;
  return unix
    .split(/\n\s*\n/u)
    .map((p) => (p.includes('\n') ? p.replace(/\s*\n\s*/gu, ' ') : p).trim())
    .filter((p) => p.length > 0);
}
