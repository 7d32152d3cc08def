/**
 * Quotation-mark scanning: finds quoted spans in paragraphs, whatever the mark style, tolerating mismatched pairs
 * (“ ... ") and telling apostrophes (don't, '90s, rock 'n' roll, the Joneses') from single quotation marks.
 * Linear in the input: one pass per block plus one right-to-left pass for single-quote closers.
 */

export interface QuotedSpan {
  block: number;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the paragraph ends inside the quote. */
  close: number;
  /** Inner text range: [start, end). */
  charStart: number;
  charEnd: number;
  /** The quote continues one left open at the end of the previous paragraph. */
  continued: boolean;
}

const MARKS = /[“”"‘’'«»„‚‹›]/gu;
const DOUBLE_OPEN = new Set(['“', '„', '"', '«', '”']);
const SINGLE_OPEN = new Set(['‘', "'", '‚', '‹']);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a mark starts a word, so it can open a quote. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013/–—-]/u;
/** Elisions that begin with an apostrophe: 'n', 'em, 'til, 'cause, 'tis, 'bout, '90s. */
const ELISION = /^['‘’](?:n['‘’]?\b|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|\d\ds?\b)/i;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function canOpen(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (next === undefined || SPACE.test(next)) return false;
  return prev === undefined || OPEN_CONTEXT.test(prev) || DOUBLE_OPEN.has(prev) || SINGLE_OPEN.has(prev);
}

/** A closing single mark: after a non-space, before a non-letter (so "don’t" is an apostrophe). */
function isSingleCloser(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '’' && ch !== "'" && ch !== '›' && ch !== '‘') return false;
  const prev = i > 0 ? text[i - 1] : undefined;
  if (prev === undefined || SPACE.test(prev)) return false;
  return !isLetter(text[i + 1]);
}

function closesDouble(opener: string, text: string, i: number): boolean {
  const ch = text[i];
  if (opener === '«') return ch === '»';
  // Two apostrophes after a word close a double quotation too: “It is a good plan,’’ he said.
  if ((ch === '’' || ch === "'") && text[i + 1] === ch) return !SPACE.test(text[i - 1]);
  if (ch === '”' || ch === '"') {
    // A straight mark that starts a word is a new opener of an unclosed quote, not a closer.
    return !(ch === '"' && i > 0 && SPACE.test(text[i - 1]) && isLetter(text[i + 1]));
  }
  if (ch === '“') {
    // „German“ closes with “; otherwise “ closes only when it ends a word (“mismatched“).
    if (opener === '„') return true;
    const prev = i > 0 ? text[i - 1] : undefined;
    return prev !== undefined && !SPACE.test(prev) && !isLetter(text[i + 1]);
  }
  return false;
}

/** For each index, the nearest single-quote closer at or after it within the block (or -1). */
function nextSingleClosers(text: string): Int32Array {
  const out = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) out[i] = isSingleCloser(text, i) ? i : out[i + 1];
  return out;
}

function trimmedEnd(text: string, end: number, start: number): number {
  let e = end;
  while (e > start && SPACE.test(text[e - 1])) e--;
  return e;
}

/** Scan one paragraph; `carry` says the previous paragraph ended inside a quote. */
function scanBlock(text: string, block: number, carry: boolean): { spans: QuotedSpan[]; openAtEnd: boolean } {
  const spans: QuotedSpan[] = [];
  let singles: Int32Array | null = null;
  let opener: string | null = null;
  let openAt = -1;
  /** Where the open quotation's words start: after its mark (and a stray space). */
  let from = -1;
  let lastCloser: number | undefined;
  let continued = false;
  let kind: 'double' | 'single' = 'double';

  // Only quotation-mark characters matter: jump from one to the next.
  const firstText = text.search(/\S/u);
  MARKS.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = MARKS.exec(text)) !== null) {
    const i = found.index;
    const ch = text[i];
    if (opener === null) {
      // (“ with a stray space after it, after a space, closed later in the paragraph: “ I love what I’m doing.” — its
      // words start after the space.)
      const spaced = ch === '“' && text[i + 1] === ' ' && isLetter(text[i + 2]) && (i === 0 || SPACE.test(text[i - 1])) && (lastCloser ??= text.lastIndexOf('”')) > i;
      if (DOUBLE_OPEN.has(ch) && (ch === '“' || ch === '„' || ch === '«' ? text[i + 1] !== undefined && (!SPACE.test(text[i + 1]) || spaced) : canOpen(text, i))) {
        opener = ch; openAt = i; from = spaced ? i + 2 : i + 1; kind = 'double';
        continued = carry && i === firstText;
      } else if (SINGLE_OPEN.has(ch) && canOpen(text, i) && isLetter(text[i + 1]) && !ELISION.test(text.slice(i, i + 6))) {
        singles ??= nextSingleClosers(text);
        if (singles[i + 1] === -1) continue; // no closer in this paragraph: an apostrophe
        opener = ch; openAt = i; from = i + 1; kind = 'single';
        continued = carry && i === firstText;
      }
      continue;
    }
    const closes = kind === 'double' ? closesDouble(opener, text, i) : (opener === '‹' ? ch === '›' : isSingleCloser(text, i));
    if (closes) {
      if (i > from) spans.push({ block, open: openAt, close: i, charStart: from, charEnd: i, continued });
      opener = null;
    }
  }
  if (opener !== null) {
    const end = trimmedEnd(text, text.length, from);
    if (end > from) spans.push({ block, open: openAt, close: -1, charStart: from, charEnd: end, continued });
    return { spans, openAtEnd: true };
  }
  return { spans, openAtEnd: false };
}

/** All quoted spans of an article, in order. */
export function scanQuotes(blocks: readonly string[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carry = false;
  blocks.forEach((text, block) => {
    const { spans, openAtEnd } = scanBlock(text, block, carry);
    out.push(...spans);
    carry = openAtEnd;
  });
  return out;
}
