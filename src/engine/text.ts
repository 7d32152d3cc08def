/** Tokens and sentences: the small amount of text structure the attribution rules need. */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
}

export interface Sentence {
  start: number;
  end: number;
}

// Words keep inner apostrophes, ampersands, hyphens and dots (don’t, PG&E, U.S., co-founder); other characters are
// single punctuation tokens.
const TOKEN = /[\p{L}\p{N}]+(?:[’'&.-][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m.index >= to) break;
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, word: /^[\p{L}\p{N}]/u.test(t) });
  }
  return out;
}

const ABBREVIATIONS = new Set(`mr mrs ms dr st jr sr gov sen rep gen lt col sgt capt prof inc co corp ltd no vs etc
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est fig rev hon adm cmdr maj pres supt
  u.s u.k u.n e.g i.e a.m p.m d.c l.a n.y`.split(/\s+/));

const CLOSERS = /[”"’'»›)\]]/u;
const STARTERS = /[\p{Lu}\p{N}“"‘'«„([]/u;

/** Split a paragraph into sentences, keeping abbreviations (Mr., U.S.) and initials (W.) inside them. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && (CLOSERS.test(text[j]) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (j < text.length && !/\s/u.test(text[j])) continue;
    let k = j;
    while (k < text.length && /\s/u.test(text[k])) k++;
    if (k < text.length && !STARTERS.test(text[k])) continue;
    if (ch === '.') {
      // The word before the period: an abbreviation or an initial does not end a sentence.
      let w = i;
      while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** Index of the sentence holding offset `pos`. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Strip a possessive ending: "Bennett’s" → "Bennett". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/s['’]$/u, 's');
}

/** Lower-cased words of a phrase without determiners: used as the key of a source. */
export function phraseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}&\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(a|an|the|one|two|three|four|several|some|many|other|another|his|her|their|its)$/u.test(w))
    .join(' ');
}
