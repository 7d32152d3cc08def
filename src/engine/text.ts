/** Tokens and sentences: the small amount of text structure the attribution rules need. */

export interface Token {
  surface: string;
  lower: string;
  charStart: number;
  charEnd: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** The word classes of `lower` (wordClass bits), -1 until first asked (see hasClass). */
  cls: number;
}

export interface Sentence {
  charStart: number;
  charEnd: number;
}

// Words keep inner apostrophes, ampersands, hyphens and dots (don’t, PG&E, U.S., co-founder); other characters are
// single punctuation tokens. A hand-written scanner: ASCII is classified by char code, other characters by one
// Unicode-aware test each.
// (Combining marks too: "José" written as "Jose" and a combining accent is one word.)
const ALNUM = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;

/**
 * What a Unicode test said of each BMP character outside ASCII, remembered: news text repeats a few such characters
 * (curly quotes, dashes, accented letters) thousands of times, and a lookup costs a third of a regex test.
 */
function memoTest(pattern: RegExp): (c: number, ch: string) => boolean {
  const seen = new Map<number, boolean>();
  return (c, ch) => {
    let known = seen.get(c);
    if (known === undefined) {
      known = pattern.test(ch);
      seen.set(c, known);
    }
    return known;
  };
}
const alnumChar = memoTest(ALNUM);
const spaceChar = memoTest(SPACE_CHAR);

function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return ALNUM.test(text.slice(i, i + 2));
  return alnumChar(c, text[i]);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return spaceChar(c, text[i]);
}

/** Inner word joiners: ’ ' & . - */
function isJoiner(c: number): boolean {
  return c === 8217 || c === 39 || c === 38 || c === 46 || c === 45;
}

/*
 * Word classes that loops over every token test (cue forms, act words, …): each token looks its word up once, in one
 * map of every class's words, and keeps the bits, where each loop's own set lookup cost a hash probe and string
 * comparisons per token. The map is built at the first question, not when the modules load: the lists may be filled
 * after that (the extension's worker reads them from a data file).
 */
const classLists: Array<() => Iterable<string>> = [];
let classOfWord: Map<string, number> | null = null;
/** A new word class: its bit, for hasClass. `words` is read once, at the first hasClass, and must not change after. */
export function wordClass(words: () => Iterable<string>): number {
  classLists.push(words);
  classOfWord = null;
  return 1 << (classLists.length - 1);
}

function classesOfWords(): Map<string, number> {
  const map = new Map<string, number>();
  classLists.forEach((words, k) => {
    for (const w of words()) map.set(w, (map.get(w) ?? 0) | (1 << k));
  });
  return map;
}

/** Whether the token's lower-case word is in the class (`SET.has(t.lower)` for the set the class was made of). */
export function hasClass(t: Token, bit: number): boolean {
  let c = t.cls;
  if (c < 0) {
    classOfWord ??= classesOfWords();
    c = t.cls = classOfWord.get(t.lower) ?? 0;
  }
  return (c & bit) !== 0;
}

/** ASCII characters by kind, for the tokenizer: 0 punctuation, 1 space, 2 a lower-case letter or a digit, 3 a capital. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = c === 32 || (c >= 9 && c <= 13) ? 1 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 2 : c >= 65 && c <= 90 ? 3 : 0;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const length = text.length;
  const n = Math.min(length, to);
  let i = from;
  // One char code and one table read per ASCII character (isSpaceAt and isAlnumAt answer for the others).
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const kind = c0 < 128 ? ASCII_KIND[c0] : isSpaceAt(text, i) ? 1 : isAlnumAt(text, i) ? 2 : 0;
    if (kind === 1) { i++; continue; }
    if (kind !== 0) {
      const start = i;
      // Whether the word holds nothing lower-casing changes (lower-case ASCII letters, digits, joiners): then it is
      // its own lower case, and most words skip the toLowerCase call.
      let lowerAlready = true;
      for (;;) {
        while (i < length) {
          const c = text.charCodeAt(i);
          if (c < 128) {
            const k = ASCII_KIND[c];
            if (k < 2) break;
            if (k === 3) lowerAlready = false;
            i++;
            continue;
          }
          if (!isAlnumAt(text, i)) break;
          lowerAlready = false;
          i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        }
        if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isAlnumAt(text, i + 1)) { i++; continue; }
        break;
      }
      const t = text.slice(start, i);
      out.push({ surface: t, lower: lowerAlready ? t : t.toLowerCase(), charStart: start, charEnd: i, word: true, cls: -1 });
      continue;
    }
    // The dot of a month's abbreviation before its day ("said on Oct. 26 that …") ends no phrase: no token.
    if (c0 === 46 && out.length > 0 && out[out.length - 1].charEnd === i && MONTH_ABBREVIATIONS.has(out[out.length - 1].lower) && /^ +\d/u.test(text.slice(i + 1, i + 4))) { i++; continue; }
    const len = c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < length ? 2 : 1;
    const t = text.slice(i, i + len);
    out.push({ surface: t, lower: t, charStart: i, charEnd: i + len, word: false, cls: -1 });
    i += len;
  }
  return out;
}

const MONTH_ABBREVIATIONS = new Set(`jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/u));
const ABBREVIATIONS = new Set(`mr mrs ms dr st jr sr gov sen rep reps sens govs gens gen lt col sgt capt prof inc co corp ltd no vs etc
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est fig rev hon adm cmdr maj pres supt
  u.s u.k u.n e.g i.e a.m p.m d.c l.a n.y`.split(/\s+/));

const CLOSERS = /[”"’'»›)\]]/u;
/** Sentence ends; a bar between spaces separates the items of a line of headlines or links ("… | Senators call for …"). */
const TERMINATOR = /[.!?…|]/gu;
const STARTERS = /[\p{Lu}\p{N}“"‘'«„([]/u;

const LETTER_OR_DOT = /[\p{L}.]/u;
const letterOrDotChar = memoTest(LETTER_OR_DOT);

/** One UTF-16 unit that is a letter or a dot (a lone surrogate never is). */
function isLetterOrDotAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return letterOrDotChar(c, text[i]);
}

/** Split a paragraph into sentences, keeping abbreviations (Mr., U.S.) and initials (W.) inside them. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = TERMINATOR.exec(text)) !== null) {
    const i = found.index;
    if (i < start) continue;
    const ch = text[i];
    let j = i + 1;
    while (j < text.length && (CLOSERS.test(text[j]) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (j < text.length && !isSpaceAt(text, j)) continue;
    let k = j;
    while (k < text.length && isSpaceAt(text, k)) k++;
    if (k < text.length && !STARTERS.test(text[k])) continue;
    if (ch === '.') {
      // The word before the period: an abbreviation or an initial does not end a sentence.
      let w = i;
      while (w > 0 && isLetterOrDotAt(text, w - 1)) w--;
      const word = lowercase(text.slice(w, i));
      // (Dotted initials too: "J.J. MacNab", "C.J. Moore".)
      // "No." abbreviates only before a number ("No. 2"): "she kept telling me no. When …" ends.
      // ("in native 4K. Google confirmed …": a letter glued to a number is a unit or a name's part, not an initial.)
      const afterDigit = w > 0 && text.charCodeAt(w - 1) >= 48 && text.charCodeAt(w - 1) <= 57;
      if ((ABBREVIATIONS.has(word) && !(word === 'no' && !/\d/u.test(text[k] ?? ''))) || (isInitials(word) && !afterDigit)) continue;
    }
    out.push({ charStart: start, charEnd: j });
    start = k;
    TERMINATOR.lastIndex = Math.max(k, i + 1);
  }
  if (start < text.length && text.slice(start).trim()) out.push({ charStart: start, charEnd: text.length });
  return out;
}

/** Articles up to this size keep their tokens between the two passes (a long article is about 50,000 characters). */
export const KEEP_TOKENS_UP_TO = 300_000;

/** A paragraph's tokens and sentences: what every stage reads first. */
export interface TextModel {
  tokens: Token[];
  sentences: Sentence[];
  /** Token range [first, last] of each sentence, and the sentence of each token: see sentenceIndex. */
  sentenceTokens?: Array<[number, number]>;
  tokenSentence?: number[];
}

export function readText(text: string): TextModel {
  return { tokens: tokenize(text), sentences: splitSentences(text), sentenceTokens: undefined, tokenSentence: undefined };
}

/**
 * Each sentence's token range [first, last] (from the first token that starts in it to the last before its end), and
 * each token's sentence (a token between two sentences belongs to the next one; one after the last sentence, to the
 * last): worked out once per paragraph, by one forward walk (sentences and tokens are both in text order), for the
 * name index and then the paragraph model.
 */
export function sentenceIndex(model: TextModel): { sentenceTokens: Array<[number, number]>; tokenSentence: number[] } {
  if (!model.sentenceTokens || !model.tokenSentence) {
    const { tokens, sentences } = model;
    // (Plain arrays: a typed array per paragraph costs an ArrayBuffer allocation and its sweep.)
    const tokenSentence: number[] = new Array<number>(tokens.length).fill(Math.max(0, sentences.length - 1));
    const sentenceTokens: Array<[number, number]> = [];
    let walk = 0;
    let unassigned = 0;
    for (let si = 0; si < sentences.length; si++) {
      while (walk < tokens.length && tokens[walk].charStart < sentences[si].charStart) walk++;
      const a = walk;
      while (walk < tokens.length && tokens[walk].charStart < sentences[si].charEnd) walk++;
      const b = walk - 1;
      for (; unassigned <= b; unassigned++) tokenSentence[unassigned] = si;
      sentenceTokens.push([a, b]);
    }
    model.sentenceTokens = sentenceTokens;
    model.tokenSentence = tokenSentence;
  }
  return { sentenceTokens: model.sentenceTokens, tokenSentence: model.tokenSentence };
}

const UPPER = /\p{Lu}/u;

/*
 * Tests on words written in ASCII, answered by char codes. Each stands for a regex over Unicode classes (\p{L},
 * \p{Lu}) that costs a millisecond or more to compile the first time it runs, on the cold start of a worker; the
 * regex still answers for words outside ASCII, so the results are the same.
 */
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A possessive ending on a word as written: "Bennett’s", "Bennett's" (not "Bennetts'"). */
export function endsPossessive(word: string): boolean {
  return POSSESSIVE_END.test(word);
}
const POSSESSIVE_END = /['’]s$/u;

/** A lower-case word of letters ending in "ed", the regular past or participle ("warned", "unnamed"). */
export function isLowerEdForm(word: string): boolean {
  return LOWER_ED_FORM.test(word);
}
const LOWER_ED_FORM = /^[a-z]+ed$/u;

/** Capitals joined by dots, an abbreviation's inner form: "U.S", "F.B.I" (the last dot is a token of its own). */
export function isDottedCapitals(word: string): boolean {
  return DOTTED_CAPITALS.test(word);
}
const DOTTED_CAPITALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** A word of lower-case ASCII letters and hyphens only ("senior", "long-time"). */
export function isLowerHyphenWord(word: string): boolean {
  return LOWER_HYPHEN_WORD.test(word);
}
const LOWER_HYPHEN_WORD = /^[a-z-]+$/u;

/** A lower-case "-ly" word of three letters or more before its ending, most often an adverb ("repeatedly"). */
export function isLyAdverb(word: string): boolean {
  return LY_ADVERB.test(word);
}
const LY_ADVERB = /^[a-z]{3,}ly$/u;

const LETTERS_THEN_ING = /^\p{L}+ing$/u;
/** `/^\p{L}+ing$/u.test(word)`: letters only, ending in "ing" ("According", "Speaking"). */
export function isLettersEndingIng(word: string): boolean {
  const n = word.length;
  if (n < 4 || !word.endsWith('ing')) return false;
  for (let i = 0; i < n - 3; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LETTERS_THEN_ING.test(word);
    if (!isAsciiLetter(c)) return false;
  }
  return true;
}

const CAPITALISED_ING = /^\p{Lu}\p{Ll}+ing$/u;
/** `/^\p{Lu}\p{Ll}+ing$/u.test(word)`: "Speaking", "Asking". */
export function isCapitalisedIng(word: string): boolean {
  const n = word.length;
  if (n < 5 || !word.endsWith('ing')) return false;
  const c0 = word.charCodeAt(0);
  if (c0 >= 128) return CAPITALISED_ING.test(word);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < n - 3; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return CAPITALISED_ING.test(word);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const TWO_TO_FOUR_CAPITALS = /^\p{Lu}{2,4}$/u;
/** `/^\p{Lu}{2,4}$/u.test(word)`: a state or agency abbreviation ("NY", "AFP"). */
export function isTwoToFourCapitals(word: string): boolean {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return TWO_TO_FOUR_CAPITALS.test(word);
    if (c < 65 || c > 90) return false;
  }
  return n >= 2 && n <= 4;
}

const INITIALS = /^(?:\p{L}\.){0,2}\p{L}$/u;
/** `/^(?:\p{L}\.){0,2}\p{L}$/u.test(word)`: an initial or dotted initials ("w", "j.j", "u.s.a"). */
export function isInitials(word: string): boolean {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return INITIALS.test(word);
    if (i % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return n === 1 || n === 3 || n === 5;
}

const ACRONYM_LIKE = /^[\p{Lu}\p{N}&.-]{2,}$/u;
/** `/^[\p{Lu}\p{N}&.-]{2,}$/u.test(word)`: capitals, digits and joiners only ("FBI", "U.S.", "G-20"). */
export function isAcronymLike(word: string): boolean {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return ACRONYM_LIKE.test(word);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 46 || c === 45)) return false;
  }
  return n >= 2;
}

/** `/^\d/u.test(word)` without a regex: an ASCII digit first. */
export function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** `text.toLowerCase()`. The engine lower-cases words in some eighty places: the worker's minified script spends three
 *  characters on a call of this function and fourteen on the method's name, which no minifier may shorten. */
export function lowercase(text: string): string {
  return text.toLowerCase();
}

/** The lower-case form of token `k`, or '' past either end: the rules ask it of neighbours that may not exist. */
export function lowerAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

/** The text of token `k`, or '' past either end. */
export function textAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.surface ?? '';
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  // ("iFixit", "eBay": a name whose capital comes second.)
  if (c < 128) return c >= 65 && c <= 90 || c >= 97 && c <= 122 && isCamelName(word);
  return UPPER.test(word[0]);
}

const CAMEL_NAME = /^[a-z][A-Z][a-z]{2,}/u;
function isCamelName(word: string): boolean {
  const c = word.charCodeAt(1);
  return c >= 65 && c <= 90 && CAMEL_NAME.test(word);
}

const STARTS_LOWER = /^\p{Ll}/u;

/** `/^\p{Ll}/u.test(word)`, with no regex for an ASCII first letter. */
export function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return STARTS_LOWER.test(word);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 8217;
}

/** Strip a possessive ending: "Bennett’s" → "Bennett". */
export function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  // Only words ending in an apostrophe or "s" can carry a possessive.
  if (last !== 39 && last !== 8217 && last !== 115 && last !== 83) return word;
  // By hand, as the two rewrites "X’s" → "X" then "Xs’" → "Xs" would do (this runs on most capitalised words).
  let w = word;
  let n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && isApostrophe(w.charCodeAt(n - 2))) { w = w.slice(0, n - 2); n -= 2; }
  if (n >= 2 && isApostrophe(w.charCodeAt(n - 1)) && w.charCodeAt(n - 2) === 115) w = w.slice(0, n - 1);
  return w;
}

const KEY_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'another', 'his', 'her', 'their', 'its']);
const SHARE_LINKS = new Set(['in', 'out']);

/** Lower-cased words of a phrase without determiners: used as the key of a source. */
const NOT_KEY_CHARS = /[^\p{L}\p{N}&\s-]+/gu;
/** The same class for text in ASCII: a Unicode class costs milliseconds to compile on a cold start. */
const NOT_KEY_CHARS_ASCII = /[^A-Za-z0-9&\s-]+/g;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * A pure function, remembered by a string key that determines its answer (bounded, so a worker that reads page after page keeps a few thousand
 * entries at most). Names, heads and role words repeat through an article and across the pages of a site; the helpers
 * wrapped here test a word against several patterns and large sets, and a corpus pass asked them 10⁴–10⁵ times.
 */
export function rememberedBy<A extends unknown[], T>(fn: (...args: A) => T, limit = 5000): (key: string, ...args: A) => T {
  const seen = new Map<string, T>();
  return (key, ...args) => {
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as T;
    const value = fn(...args);
    if (seen.size >= limit) seen.clear();
    seen.set(key, value);
    return value;
  };
}

/** rememberedBy for a function of its key alone. */
export function remembered<T>(fn: (key: string) => T, limit = 5000): (key: string) => T {
  const byKey = rememberedBy(fn, limit);
  return (key) => byKey(key, key);
}

export const phraseKey = remembered(phraseKeyOf);

function phraseKeyOf(text: string): string {
  const lower = lowercase(text).replace(/['’]s\b/gu, '');
  return lower
    .replace(isAscii(lower) ? NOT_KEY_CHARS_ASCII : NOT_KEY_CHARS, ' ')
    .split(/\s+/)
    // (A count in a share stays: "two in three voters" and "one in four voters" are two groups.)
    .filter((w, k, words) => w && (!KEY_DETERMINERS.has(w) || SHARE_LINKS.has(words[k + 1]) || SHARE_LINKS.has(words[k - 1])))
    .join(' ');
}

/**
 * Offsets of the words of `text` that `words` holds (compared lower-cased), each at the whitespace before it: where a
 * description stops at its cue ("a person familiar with the talks | said"). Lazy, so a caller stops at the first it
 * wants.
 */
export function* spacesBeforeWordsIn(text: string, words: ReadonlySet<string>): Generator<number> {
  const word = /\s+([\w\p{L}]+)/gu;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) if (words.has(lowercase(m[1]))) yield m.index;
}
