/**
 * The engine's word lists, written from compromise's lexicon at build time (`npm run wordlists`; also run by
 * `postinstall` and before every `wxt build`), so the extension's worker never evaluates compromise: evaluating it
 * (lexicon expansion, plugins) cost about 125 ms of every cold start, while the engine only reads word sets.
 *
 * compromise stays the source: each set below is "every lexicon word carrying one of these tags". To add a set, add a
 * line to WORD_SETS and run `npm run wordlists`; `wordSets()` in src/engine/wordlists.ts then has it, typed.
 * test/unit/wordlists.test.ts checks the generated sets equal what compromise holds.
 *
 * Compact form: the words of each group (words belonging to the same sets) sorted and front-coded — one character
 * for how many letters of the previous word to drop, then the letters to add — with the most frequent pieces
 * ("ing", "ed", a drop followed by "s", …) written as one character each. That is under 40% of the plain lists, and
 * decodes with a few whole-string operations.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

/** Named word sets, each from compromise lexicon tags. */
export const WORD_SETS = {
  maleNames: ['MaleName'],
  femaleNames: ['FemaleName'],
  firstNames: ['FirstName'],
  lastNames: ['LastName'],
  organizations: ['Organization', 'SportsTeam'],
  places: ['Country', 'City', 'Place', 'Region'],
  nouns: ['Singular', 'Plural', 'Uncountable', 'Noun'],
  /** People by what they do: manager, senator, analyst. */
  actors: ['Actor'],
  /** Irregular past forms ("took", "spoke", "went"): with the regular "-ed" forms, where a subject noun phrase ends
   *  ("Carson took the stage"). Only the irregular ones are stored; the rest follow from the suffix. */
  irregularPast: ['PastTense', 'Participle'],
  /** Adverbs ("maybe", "perhaps", "soon"): a capitalised phrase opening with one names no one. */
  adverbs: ['Adverb'],
  /** Adjectives: "leading", "former", "presidential" can sit inside a subject noun phrase. */
  adjectives: ['Adjective', 'Comparative', 'Superlative'],
} as const satisfies Record<string, readonly string[]>;

export type WordSetName = keyof typeof WORD_SETS;

/**
 * What isCommon() in src/engine/lexicon.ts answers by suffix alone: a set it alone consults need not store these.
 * Written into the generated module, so the engine and this generator share one rule.
 */
export const COMMON_SUFFIX = /^[a-z]{3,}(?:ed|ing|ly)$/u;

/** Sets the engine only asks about one token at a time (never a joined phrase, as it does organisations and places). */
const ONE_TOKEN_SETS: ReadonlySet<WordSetName> = new Set(['maleNames', 'femaleNames', 'firstNames', 'lastNames', 'nouns', 'actors', 'irregularPast', 'adverbs', 'adjectives']);

/**
 * Words a set keeps beyond its tags, where storing the rest would only repeat a rule or could never be asked about
 * (the lookup answers the same without them; the bytes are the background's, parsed on every cold start):
 * - a token never holds a space, so the one-token sets keep no multi-word entries ("ad hoc", "prime ministers");
 * - irregular past forms only: the regular ones follow from "-ed";
 * - adjectives drop "-ing"/"-ly" forms (not also past forms): the engine asks about an adjective only in isCommon(),
 *   whose suffix rule already says yes to them, and for verb forms (irregular pasts and "-ed" words).
 */
const WORD_FILTERS: Partial<Record<WordSetName, (word: string, tags: readonly string[]) => boolean>> = {
  irregularPast: (word) => !word.endsWith('ed') && /^[a-z]+$/u.test(word),
  adjectives: (word, tags) => !(COMMON_SUFFIX.test(word) && !word.endsWith('ed') && !tags.includes('PastTense') && !tags.includes('Participle')),
};

function keeps(name: WordSetName, word: string, tags: readonly string[]): boolean {
  if (ONE_TOKEN_SETS.has(name) && word.includes(' ')) return false;
  return WORD_FILTERS[name]?.(word, tags) ?? true;
}
export const OUTPUT = 'src/engine/wordlists.generated.ts';

type Lexicon = Record<string, string | string[]>;

/** compromise's lexicon, as its model holds it after start-up (plugins and inflections included). */
export async function compromiseLexicon(): Promise<{ lexicon: Lexicon; version: string }> {
  const nlp = (await import('compromise')).default;
  return { lexicon: (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon, version: nlp.version };
}

/** Every set of WORD_SETS, from a compromise lexicon, each sorted. */
export function collectWordSets(lexicon: Lexicon): Record<WordSetName, string[]> {
  const names = Object.keys(WORD_SETS) as WordSetName[];
  const out = Object.fromEntries(names.map((n) => [n, [] as string[]])) as Record<WordSetName, string[]>;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    for (const n of names) {
      if ((WORD_SETS[n] as readonly string[]).some((t) => tags.includes(t)) && keeps(n, word, tags)) out[n].push(word);
    }
  }
  for (const n of names) out[n].sort();
  return out;
}

export interface PackedWordSets {
  /** Set names, in the order group members refer to them. */
  names: string[];
  /**
   * Character i (but the last) of this string starts a word made by dropping i characters from the end of the
   * previous word of its group and adding what follows; the last character starts a word written out whole.
   */
  drops: string;
  /** Character i of this string stands for tokens[i]. */
  symbols: string;
  tokens: string[];
  /** [indexes of the sets these words belong to, the words packed]. */
  groups: Array<[number[], string]>;
}

/** Printable ASCII that needs no escaping in a JSON string. */
const POOL = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== '"' && c !== '\\');
const MAX_TOKEN = 7;
/** Inflections drop few letters ("abandoned" → "abandoning" drops 2): a small alphabet leaves more symbols for tokens. */
const MAX_DROP = 10;

/** Greedy choice of the substrings whose one-character stand-in saves the most, substituted as they are chosen. */
function chooseTokens(strings: string[], symbols: string[]): { tokens: Array<[string, string]>; strings: string[] } {
  const tokens: Array<[string, string]> = [];
  let current = strings;
  for (const symbol of symbols) {
    const counts = new Map<string, number>();
    for (const s of current) {
      for (let i = 0; i < s.length; i++) {
        for (let len = 2; len <= MAX_TOKEN && i + len <= s.length; len++) {
          const sub = s.slice(i, i + len);
          counts.set(sub, (counts.get(sub) ?? 0) + 1);
        }
      }
    }
    let best = '';
    let bestGain = 0;
    for (const [sub, n] of counts) {
      const gain = n * (sub.length - 1) - sub.length;
      if (gain > bestGain || (gain === bestGain && gain > 0 && sub < best)) { best = sub; bestGain = gain; }
    }
    if (bestGain < 50) break;
    tokens.push([symbol, best]);
    current = current.map((s) => s.split(best).join(symbol));
  }
  return { tokens, strings: current };
}

export function packWordSets(sets: Record<string, string[]>): PackedWordSets {
  const names = Object.keys(sets);
  const membership = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const w of sets[name]) {
      const m = membership.get(w);
      if (m) m.push(i); else membership.set(w, [i]);
    }
  });
  const byGroup = new Map<string, { members: number[]; words: string[] }>();
  for (const [word, members] of membership) {
    const key = members.join(',');
    const g = byGroup.get(key);
    if (g) g.words.push(word); else byGroup.set(key, { members, words: [word] });
  }
  const groups = [...byGroup.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => ({ members: g.members, words: g.words.sort() }));

  const used = new Set([...membership.keys()].join(''));
  const free = POOL.filter((c) => !used.has(c));
  if (free.length < MAX_DROP + 3) throw new Error('word lists use too many distinct characters to pack');
  const drops = free.slice(0, MAX_DROP + 2);
  // Front coding: how much of the previous word to drop, then the rest.
  const entries = groups.map((g) => {
    let prev = '';
    return g.words.map((w) => {
      let p = 0;
      while (p < prev.length && p < w.length && prev[p] === w[p]) p++;
      const drop = prev.length - p;
      const entry = drop <= MAX_DROP ? drops[drop] + w.slice(p) : drops[MAX_DROP + 1] + w;
      prev = w;
      return entry;
    });
  });
  const { tokens, strings } = chooseTokens(entries.flat(), free.slice(MAX_DROP + 2));
  let k = 0;
  const packedGroups = groups.map((g, gi): [number[], string] => [g.members, entries[gi].map(() => strings[k++]).join('')]);
  // Tokens may contain earlier tokens' symbols: store each fully spelt out.
  const expand = (s: string): string => tokens.reduceRight((acc, [sym, text]) => acc.split(sym).join(text), s);
  return { names, drops: drops.join(''), symbols: tokens.map(([s]) => s).join(''), tokens: tokens.map(([, t]) => expand(t)), groups: packedGroups };
}

/**
 * What the output depends on: compromise's version and this generator (its set definitions included). A build skips
 * the regeneration (about 3 s) when the module already carries this stamp.
 */
export function inputStamp(root = process.cwd()): string {
  // compromise's exports map hides its package.json from require(); it is a direct dependency, so it sits here.
  const version = (JSON.parse(readFileSync(resolve(root, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version;
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  return createHash('sha256').update(`${version}\n${source}`).digest('hex').slice(0, 16);
}

/** The generated module's text. */
export function renderModule(packed: PackedWordSets, version: string, stamp: string): string {
  return `// Generated by scripts/wordlists.ts from compromise ${version}'s lexicon: do not edit. \`npm run wordlists\` rewrites it
// (postinstall and every build run it too); test/unit/wordlists.test.ts checks it equals what compromise holds.
// input stamp: ${stamp}
export const SET_NAMES = ${JSON.stringify(packed.names)} as const;
/** Words isCommon() knows by their suffix; the adjectives list leaves them out. */
export const COMMON_SUFFIX = ${COMMON_SUFFIX.toString()};
export type WordSetName = (typeof SET_NAMES)[number];
export const SET_COUNT = ${packed.names.length};
/** The sets, given in SET_NAMES' order, by name: written out key by key, so that the extension's build can shorten
 *  the names where the engine reads them (scripts/short-properties.ts). */
export function setsByName<T>(sets: readonly T[]): Record<WordSetName, T> {
  return { ${packed.names.map((n, i) => `${n}: sets[${i}]`).join(', ')} };
}
export const PACKED = {
  drops: ${JSON.stringify(packed.drops)},
  symbols: ${JSON.stringify(packed.symbols)},
  tokens: ${JSON.stringify(packed.tokens)},
  groups: [
${packed.groups.map(([members, words]) => `    [${JSON.stringify(members)}, ${JSON.stringify(words)}],`).join('\n')}
  ] as Array<[number[], string]>,
};
`;
}

/**
 * The extension's form of the lists: each group's set indexes and its words, one per line, as JSON, deflate-raw;
 * shipped as `wordlists.bin` beside the scripts (wxt.config.ts) and read by the background with `loadWordLists`
 * (src/engine/wordlists.ts), which the platform's DecompressionStream decodes. Deflate does what front coding does
 * for the script form (41 KB, against 47 KB of script), so the worker only splits lines instead of unpacking: a
 * third of the decoding time on a cold start. Written from the packed module, so both forms hold the same words.
 */
export const WORD_LISTS_ASSET = 'wordlists.bin';

export async function compressWordLists(packed: Omit<PackedWordSets, 'names'>): Promise<Buffer> {
  // Imported here, not above: the engine's module reads the generated one, which this script may be about to write.
  const { unpackGroups } = await import('../src/engine/wordlists');
  const groups = unpackGroups(packed).map(({ members, words }) => [members, words.join('\n')]);
  return deflateRawSync(JSON.stringify(groups), { level: 9, memLevel: 9 });
}

/** Write the module unless it is up to date (`force` regenerates anyway); returns whether it was written. */
export async function writeWordlists(root = process.cwd(), force = false): Promise<boolean> {
  const file = resolve(root, OUTPUT);
  let old = '';
  try { old = readFileSync(file, 'utf8'); } catch { /* first run */ }
  const stamp = inputStamp(root);
  if (!force && old.includes(`// input stamp: ${stamp}\n`)) return false;
  const { lexicon, version } = await compromiseLexicon();
  const text = renderModule(packWordSets(collectWordSets(lexicon)), version, stamp);
  if (old === text) return false;
  writeFileSync(file, text);
  return true;
}

if (process.argv[1] && /wordlists\.ts$/u.test(process.argv[1])) {
  const started = performance.now();
  writeWordlists(process.cwd(), process.argv.includes('--force')).then((changed) => {
    const size = readFileSync(resolve(OUTPUT)).length;
    console.log(`word lists: ${OUTPUT} ${changed ? 'written' : 'up to date'} (${(size / 1024).toFixed(1)} KB, ${(performance.now() - started).toFixed(0)} ms)`);
  }, (e: unknown) => { console.error(e); process.exitCode = 1; });
}
