/**
 * The word sets compromise's lexicon holds (first names, surnames, places, organisations, ordinary words, …), read
 * from the compact lists scripts/wordlists.ts generates, so neither the worker nor the CLI evaluates compromise.
 */
import { PACKED, SET_NAMES, type WordSetName } from './wordlists.generated';

export type { WordSetName };
export type WordSets = Record<WordSetName, Set<string>>;

interface Packed {
  prefixes: string;
  symbols: string;
  tokens: readonly string[];
  groups: ReadonlyArray<readonly [readonly number[], string]>;
}

/** Every group's words, decoded (ending tokens and front coding undone), each with the sets it belongs to. */
export function unpackGroups(packed: Packed): Array<{ members: readonly number[]; words: string[] }> {
  // Whole-string operations (split/join, one split on the prefix characters) run natively, which matters in a worker
  // that has just started: a loop over every character costs several times more before the JIT has warmed up.
  const prefixLength = new Map<string, number>();
  for (let i = 0; i < packed.prefixes.length; i++) prefixLength.set(packed.prefixes[i], i);
  const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const boundary = new RegExp(`([${[...packed.prefixes].map(escape).join('')}])`, 'u');
  return packed.groups.map(([members, text]) => {
    let plain = text;
    // Tokens are stored spelt out in full, so each is undone in one pass, in any order.
    for (let i = 0; i < packed.symbols.length; i++) plain = plain.split(packed.symbols[i]).join(packed.tokens[i]);
    const parts = plain.split(boundary);
    const words: string[] = [];
    let word = '';
    for (let i = 1; i < parts.length; i += 2) {
      word = word.slice(0, prefixLength.get(parts[i])) + parts[i + 1];
      words.push(word);
    }
    return { members, words };
  });
}

let cached: WordSets | null = null;

/** The generated word sets, decoded once. */
export function wordSets(): WordSets {
  if (cached) return cached;
  const sets = Object.fromEntries(SET_NAMES.map((n) => [n, new Set<string>()])) as WordSets;
  const byIndex = SET_NAMES.map((n) => sets[n]);
  for (const { members, words } of unpackGroups(PACKED)) {
    for (const m of members) {
      const set = byIndex[m];
      for (const w of words) set.add(w);
    }
  }
  cached = sets;
  return sets;
}
