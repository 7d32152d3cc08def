export { analyzeBlocks, DEFAULT_MAX_CHARS } from './analyze';
export type * from './types';

/** A line ends a sentence: its last visible character is final punctuation or a closing quote or bracket. */
const ENDS_SENTENCE = /[.!?…:;”"’'»)\]][\s\u00a0]*$/u;
/** A line opens with a quotation mark: a new paragraph of quotation. */
const OPENS_QUOTE = /^[“"‘«]/u;
/** A heading: a short line with no final punctuation, followed by a capitalised line. */
const HEADING_WORDS = 12;

/** Whether a single line break between `before` and `after` separates two paragraphs rather than wrapping one. */
function breaksParagraph(before: string, after: string): boolean {
  if (ENDS_SENTENCE.test(before) || OPENS_QUOTE.test(after)) return true;
  return /^\p{Lu}/u.test(after) && before.trim().split(/\s+/u).length <= HEADING_WORDS;
}

/**
 * Split plain text into paragraphs. A blank line always separates two; a single line break does too where the line
 * before ends a sentence, the next opens a quotation, or the line before is a short heading: many saved articles put
 * one paragraph per line, and reading them as one paragraph ran a headline's quotation into the next sentence's
 * cue. A break inside a sentence (hard-wrapped text) joins its lines.
 */
export function paragraphsOf(text: string): string[] {
  // Only text that has them pays for the rewrites: most paragraphs hold no carriage return and no inner line break.
  const unix = text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text;
  const out: string[] = [];
  for (const block of unix.split(/\n\s*\n/u)) {
    if (!block.includes('\n')) {
      const p = block.trim();
      if (p) out.push(p);
      continue;
    }
    let current = '';
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (current && breaksParagraph(current, line)) {
        out.push(current);
        current = line;
      } else {
        current = current ? `${current} ${line}` : line;
      }
    }
    if (current) out.push(current);
  }
  return out;
}
