/**
 * The word sets compromise's lexicon holds (first names, surnames, places, organisations, ordinary words, …), read
 * from the compact lists scripts/wordlists.ts generates, so neither the worker nor the CLI evaluates compromise.
 * Node has them in the script (wordlists.packed.ts, front-coded); the extension's worker first awaits `loadWordLists`.
 */
import { BUNDLED_WORD_LISTS } from './wordlists.packed';
import { SET_COUNT, setsByName, type WordSetName } from './wordlists.generated';

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

type Groups = Array<{ members: readonly number[]; words: readonly string[] }>;

/** Where the groups come from: the script's packed lists (Node), or what `loadWordLists` read (the extension). */
let source: (() => Groups) | null = BUNDLED_WORD_LISTS ? () => unpackGroups(BUNDLED_WORD_LISTS) : null;
let cached: WordSets | null = null;

/**
 * Read the word lists from the extension's compressed form (`wordlists.bin`, scripts/wordlists.ts: each group's set
 * indexes and its words one per line, as JSON, deflate-raw). The platform decodes it (DecompressionStream: MV3
 * workers, Firefox, Node ≥ 18) and deflate already does what the front coding does for the script form, so the
 * worker needs no decoder of its own and only splits lines: a third of the time unpacking takes on a cold start.
 */
export async function loadWordLists(compressed: BodyInit): Promise<void> {
  const stream = new Response(compressed).body as ReadableStream<BufferSource>;
  const json = await new Response(stream.pipeThrough(new DecompressionStream('deflate-raw'))).text();
  const lines = JSON.parse(json) as Array<[number[], string]>;
  source = () => lines.map(([members, words]) => ({ members, words: words.split('\n') }));
  cached = null;
}

/** The generated word sets, decoded once. */
export function wordSets(): WordSets {
  if (cached) return cached;
  if (!source) throw new Error('Sourcelight: the word lists are not loaded yet (loadWordLists)');
  // Each set from its groups' words in one array, given whole to the Set constructor: the constructor runs natively,
  // where a loop of add() calls runs in the interpreter on a cold start (a third of the time in a fresh Node process).
  // The words go in the same order as one add() per word would put them, so the sets iterate alike.
  const parts: Array<Array<readonly string[]>> = [];
  for (let i = 0; i < SET_COUNT; i++) parts.push([]);
  const groups = source();
  for (let g = 0; g < groups.length; g++) {
    const { members, words } = groups[g];
    for (let k = 0; k < members.length; k++) parts[members[k]].push(words);
  }
  const sets: WordSets = setsByName(parts.map((p) => new Set<string>(p.length === 1 ? p[0] : ([] as string[]).concat(...p))));
  cached = sets;
  return sets;
}
