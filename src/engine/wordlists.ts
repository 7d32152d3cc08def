/**
 * The word sets compromise's lexicon holds (first names, surnames, places, organisations, ordinary words, …), read
 * from the compact lists scripts/wordlists.ts generates, so neither the worker nor the CLI evaluates compromise.
 * Node has them in the script (wordlists.packed.ts); the extension's worker first awaits `loadWordLists`.
 */
import { BUNDLED_WORD_LISTS } from './wordlists.packed';
import { SET_NAMES, type WordSetName } from './wordlists.generated';

export { COMMON_SUFFIX } from './wordlists.generated';

export type { WordSetName };
export type WordSets = Record<WordSetName, Set<string>>;

interface Packed {
  drops: string;
  symbols: string;
  tokens: readonly string[];
  groups: ReadonlyArray<readonly [readonly number[], string]>;
}

/** Every group's words, decoded (tokens spelt out, front coding undone), each with the sets it belongs to. */
export function unpackGroups(packed: Packed): Array<{ members: readonly number[]; words: string[] }> {
  // Whole-string operations (split/join, one split on the drop characters) run natively, which matters in a worker
  // that has just started: a loop over every character costs several times more before the JIT has warmed up.
  const dropOf = new Map<string, number>();
  for (let i = 0; i < packed.drops.length; i++) dropOf.set(packed.drops[i], i);
  const whole = packed.drops.length - 1; // the last drop character starts a word written out whole
  const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const boundary = new RegExp(`([${[...packed.drops].map(escape).join('')}])`, 'u');
  return packed.groups.map(([members, text]) => {
    let plain = text;
    // Tokens are stored spelt out in full, so each is undone in one pass, in any order.
    for (let i = 0; i < packed.symbols.length; i++) plain = plain.split(packed.symbols[i]).join(packed.tokens[i]);
    const parts = plain.split(boundary);
    const words: string[] = [];
    let word = '';
    for (let i = 1; i < parts.length; i += 2) {
      const drop = dropOf.get(parts[i]) as number;
      word = drop === whole ? parts[i + 1] : word.slice(0, word.length - drop) + parts[i + 1];
      words.push(word);
    }
    return { members, words };
  });
}

let packed: Packed | null = BUNDLED_WORD_LISTS;
let cached: WordSets | null = null;

/**
 * Read the packed word lists from their compressed form (`wordlists.bin`: the JSON of the packed lists, deflate-raw),
 * decoded by the platform (DecompressionStream: MV3 workers, Firefox, Node ≥ 18), so the script needs no decoder.
 */
export async function loadWordLists(compressed: BodyInit): Promise<void> {
  const stream = new Response(compressed).body as ReadableStream<BufferSource>;
  const json = await new Response(stream.pipeThrough(new DecompressionStream('deflate-raw'))).text();
  packed = JSON.parse(json) as Packed;
  cached = null;
}

/** The generated word sets, decoded once. */
export function wordSets(): WordSets {
  if (cached) return cached;
  if (!packed) throw new Error('Sourcelight: the word lists are not loaded yet (loadWordLists)');
  const sets = Object.fromEntries(SET_NAMES.map((n) => [n, new Set<string>()])) as WordSets;
  const byIndex = SET_NAMES.map((n) => sets[n]);
  for (const { members, words } of unpackGroups(packed)) {
    for (const m of members) {
      const set = byIndex[m];
      for (const w of words) set.add(w);
    }
  }
  cached = sets;
  return sets;
}
