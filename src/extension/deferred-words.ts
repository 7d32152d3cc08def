/**
 * The worker's side of scripts/deferred-words.ts: in the extension build, each of the engine's plain word sets is
 * created empty by `deferredWords(id)` while the engine's modules are evaluated, and filled by `fillDeferredWords`
 * from `table-words.json` before the first analysis (entrypoints/background.ts awaits it with the word lists).
 * The same Set objects the engine holds are filled, in the order the source lists the words.
 */
const pending: Array<Set<string>> = [];

export function deferredWords(id: number): Set<string> {
  const set = new Set<string>();
  pending[id] = set;
  return set;
}

/** Fill every set created so far from its words (the data file's list, indexed by id). */
export function fillDeferredWords(lists: readonly (readonly string[])[]): void {
  for (let id = 0; id < pending.length; id++) {
    const set = pending[id];
    const words = lists[id];
    if (!set) continue;
    if (!Array.isArray(words)) throw new Error(`table-words.json: no words for set ${id}`);
    for (let i = 0; i < words.length; i++) set.add(words[i]);
  }
}
