/**
 * The worker's side of scripts/deferred-words.ts: in the extension build, each of the engine's plain word sets is
 * created empty by `deferredWords(id)` while the engine's modules are evaluated, each table written as one call per
 * entry is created empty by `deferredCalls(id, fns)`, and each table the engine derives from one while it is evaluated
 * is created empty by `deferredValue(kind, derive)`, and each list of phrasings by `deferredStrings(id)`. `fillDeferredWords` fills them from `table-words.json` before the
 * first analysis (entrypoints/background.ts awaits it with the word lists): the word sets with their words, in the
 * order the source lists them; the call tables by making the source's calls with the arguments the data holds; then
 * the derived tables by running their initializers as written, in the order the modules evaluated them. The same
 * objects the engine holds are filled.
 */
type Pending = { set: Set<string> } | { list: string[] } | { table: unknown[]; fns: ReadonlyArray<(...args: unknown[]) => unknown> };
const pending: Pending[] = [];
const derived: Array<{ value: Map<unknown, unknown> | Set<unknown> | unknown[]; derive: () => Iterable<unknown> }> = [];

/** Written for `undefined` among a call's arguments (scripts/deferred-words.ts: UNDEFINED_ARG). */
const UNDEFINED_ARG = '\u0000';

export function deferredWords(id: number): Set<string> {
  const set = new Set<string>();
  pending[id] = { set };
  return set;
}

export function deferredStrings(id: number): string[] {
  const list: string[] = [];
  pending[id] = { list };
  return list;
}

export function deferredCalls(id: number, fns: ReadonlyArray<(...args: never[]) => unknown>): unknown[] {
  const table: unknown[] = [];
  pending[id] = { table, fns: fns as ReadonlyArray<(...args: unknown[]) => unknown> };
  return table;
}

export function deferredValue(kind: 'Map' | 'Set' | 'Array', derive: () => Iterable<unknown>): unknown {
  const value = kind === 'Map' ? new Map() : kind === 'Set' ? new Set() : [];
  derived.push({ value, derive });
  return value;
}

/** Fill every set and table created so far from its data (the data file's list, indexed by id), then derive. */
export function fillDeferredWords(lists: readonly unknown[]): void {
  for (let id = 0; id < pending.length; id++) {
    const p = pending[id];
    const data = lists[id];
    if (!p) continue;
    if (!Array.isArray(data)) throw new Error(`table-words.json: no data for ${id}`);
    if ('set' in p) {
      for (let i = 0; i < data.length; i++) p.set.add(data[i] as string);
      continue;
    }
    if ('list' in p) {
      p.list.push(...data as string[]);
      continue;
    }
    for (let i = 0; i < data.length; i++) {
      // [k, ...args]: k is twice the function's index, plus 1 for a call spread into the table.
      const entry = data[i] as unknown[];
      const k = entry[0] as number;
      const args = entry.slice(1);
      for (let a = 0; a < args.length; a++) if (args[a] === UNDEFINED_ARG) args[a] = undefined;
      const made = p.fns[k >> 1](...args);
      if (k & 1) p.table.push(...made as unknown[]); else p.table.push(made);
    }
  }
  // What a derivation gives is read as entries: a Map's or a Set's own, or those the build took from `new Map(…)`.
  for (const { value, derive } of derived) {
    const made = derive();
    if (value instanceof Map) for (const [k, v] of made as Iterable<[unknown, unknown]>) value.set(k, v);
    else if (value instanceof Set) for (const v of made) value.add(v);
    else value.push(...made);
  }
}
