/**
 * The engine's plain word sets, moved out of the extension worker's script into a data file it reads at start.
 *
 * The engine writes its closed word classes as sets built from a string of words (`setOf(`a an the …`)`,
 * `new Set(`… …`.split(/\s+/u))`). In the extension build (wxt.config.ts) each such expression becomes
 * `deferredWords(id)`, an empty set that the worker fills from `table-words.json` before its first analysis
 * (src/extension/deferred-words.ts): the words travel as data, not as script the worker parses on every cold start.
 * Node (the CLI, the tests) runs the sources unchanged. test/unit/deferred-words.test.ts checks that no engine module
 * reads such a set while it is being evaluated (it would find it empty) and that the filled engine answers exactly as
 * the plain one.
 *
 * Only expressions whose words are spelt out (no `${}`, no escapes) are moved, and `setOf` only in a module whose own
 * `setOf` is the plain `new Set(words.trim().split(/\s+/u))`; anything else stays as written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The data file beside the worker's script. */
export const TABLE_WORDS_ASSET = 'table-words.json';

const PLAIN_SET_OF = 'function setOf(words: string): Set<string> {\n  return new Set(words.trim().split(/\\s+/u));\n}';

/** A word string, as a template or a quoted string without substitutions or escapes. */
const LITERAL = String.raw`(?:\x60([^\x60\\$]*)\x60|'([^'\\\n]*)')`;
/** How each pattern turns its string into the set's members: exactly what the source does. */
const PATTERNS: Array<{ re: RegExp; words: (text: string) => string[]; needsSetOf?: true; whole?: true }> = [
  { re: new RegExp(String.raw`\bsetOf\(${LITERAL}\)`, 'gu'), words: (t) => t.trim().split(/\s+/u), needsSetOf: true },
  { re: new RegExp(String.raw`\bnew Set\(${LITERAL}\.trim\(\)\.split\(/\\s\+/u\)\)`, 'gu'), words: (t) => t.trim().split(/\s+/u) },
  { re: new RegExp(String.raw`\bnew Set\(${LITERAL}\.split\(/\\s\+/u\)\)`, 'gu'), words: (t) => t.split(/\s+/u) },
  { re: new RegExp(String.raw`\bnew Set\(${LITERAL}\.split\(/\\s\+/\)\)`, 'gu'), words: (t) => t.split(/\s+/) },
  // A list of quoted strings, each a member as written: new Set(['in', 'on', 'at']).
  { re: new RegExp(String.raw`\bnew Set(?:<string>)?\((\[\s*(?:'[^'\\\n]*'\s*,\s*)*'[^'\\\n]*'\s*,?\s*\])\)`, 'gu'), words: (list) => [...list.matchAll(/'([^']*)'/gu)].map((m) => m[1]), whole: true },
];

/**
 * Sets an engine module reads while it is evaluated (to derive another table from them): they must be whole then,
 * so they stay in the script. test/unit/deferred-words.test.ts names any set read that early.
 */
const KEEP_IN_SCRIPT: ReadonlySet<string> = new Set(['AGENT_ADJECTIVES', 'AGENT_NOUNS', 'DECLINING_VERBS', 'PREPOSITIONS', 'PUBLISHING_VERBS']);

/** A module-level `const NAME =` (typed or not, at the start of its line) right before the expression: only named
 *  sets built once, when the module is evaluated, are moved. */
const DECLARED = /^(?:export\s+)?const\s+([A-Z][A-Z0-9_]*)(?:\s*:[^=\n]+)?\s*=\s*$/u;

export interface Deferred { start: number; end: number; id: number }
export interface Catalog {
  /** Per engine module (absolute path): the expressions to replace, in source order. */
  byFile: Map<string, Deferred[]>;
  /** Each id's words, in the order the source's split gives them (so the filled set iterates alike). */
  words: string[][];
  /** Each id's constant's name. */
  names: string[];
}

function engineModules(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...engineModules(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every deferrable word set of the engine's modules, numbered in a fixed order (modules by path, then position). */
export function catalog(root: string): Catalog {
  const byFile = new Map<string, Deferred[]>();
  const words: string[][] = [];
  const names: string[] = [];
  const engine = resolve(root, 'src/engine');
  for (const file of engineModules(engine)) {
    const code = readFileSync(file, 'utf8');
    const found: Array<Omit<Deferred, 'id'> & { words: string[]; name: string }> = [];
    for (const p of PATTERNS) {
      if (p.needsSetOf && !code.includes(PLAIN_SET_OF)) continue;
      for (const m of code.matchAll(p.re)) {
        const name = DECLARED.exec(code.slice(code.lastIndexOf('\n', m.index) + 1, m.index))?.[1];
        if (!name || KEEP_IN_SCRIPT.has(name)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, words: p.words(p.whole ? m[1] : m[1] ?? m[2]), name });
      }
    }
    found.sort((a, b) => a.start - b.start);
    if (!found.length) continue;
    byFile.set(file, found.map((f) => {
      names.push(f.name);
      return { start: f.start, end: f.end, id: words.push(f.words) - 1 };
    }));
  }
  return { byFile, words, names };
}

/** The module's code with its deferred sets replaced (null: nothing to replace). */
export function deferWords(cat: Catalog, file: string, code: string, runtime: string): string | null {
  const spots = cat.byFile.get(file);
  if (!spots) return null;
  let out = '';
  let at = 0;
  for (const s of spots) {
    out += `${code.slice(at, s.start)}deferredWords(${s.id})`;
    at = s.end;
  }
  return `import { deferredWords } from ${JSON.stringify(runtime)};\n${out}${code.slice(at)}`;
}
