/**
 * The extension build moves the engine's plain word sets and its entry tables (cue verbs, agent acts) out of the
 * worker's script (scripts/deferred-words.ts): each is created empty while the engine is evaluated and filled before
 * the first analysis, and the tables derived from them at load are derived then. Here the engine is bundled the way
 * the extension builds it, once with sets, maps and tables that note any read before they are filled: evaluating it
 * must read none (a module that derived something from one at load time would have derived it from an empty one);
 * and once with the worker's own runtime, filled from the data as the build writes it: every export of the table
 * modules must then equal the source's, entry by entry and in order, and the engine must answer exactly as from source.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog, deferWords } from '../../scripts/deferred-words';
import { SHORT_PROPERTIES } from '../../scripts/short-properties';
import { analyzeBlocks, paragraphsOf } from '../../src/engine/index';
import { WARM_UP_PARAGRAPHS } from '../../src/engine/warm-up';
import { FIXTURE_CORPUS } from '../../src/cli/corpus';
import { AGENT_VERBS } from '../../src/engine/tables/agents';
import { CUE_NOUNS, CUE_VERBS } from '../../src/engine/tables/cues';
import * as anonymity from '../../src/engine/anonymity';
import * as anonymous from '../../src/engine/anonymous';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNTIME = resolve(ROOT, 'src/extension/deferred-words.ts');

/** The runtime, with sets, maps and tables that note every read made before they are filled. */
const STRICT_RUNTIME = `
const READS = ['has', 'get', 'forEach', 'values', 'keys', 'entries', Symbol.iterator];
const early = new Set();
function watched(Base) {
  class Pending extends Base {}
  for (const name of READS) {
    const plain = Base.prototype[name];
    if (plain) Pending.prototype[name] = function (...args) { if (!this.filled) early.add(this.label); return plain.apply(this, args); };
  }
  Object.defineProperty(Pending.prototype, 'size', { get() { if (!this.filled) early.add(this.label); return Reflect.get(Base.prototype, 'size', this); } });
  return Pending;
}
const PendingSet = watched(Set);
const PendingMap = watched(Map);
function pendingArray(label) {
  const array = [];
  const state = { filled: false };
  const proxy = new Proxy(array, { get(t, k) { if (!state.filled) early.add(label); return Reflect.get(t, k); } });
  return { proxy, array, state };
}
const pending = [];
const derived = [];
let made = 0;
export function deferredWords(id) { const s = new PendingSet(); s.label = id; s.filled = false; pending[id] = { s }; made++; return s; }
export function deferredStrings(id) { const a = pendingArray(id); pending[id] = { a, strings: true }; made++; return a.proxy; }
export function deferredCalls(id, fns) { const a = pendingArray(id); pending[id] = { a, fns }; made++; return a.proxy; }
export function deferredValue(kind, derive) {
  const label = 'derived: ' + String(derive).slice(0, 60);
  if (kind === 'Array') { const a = pendingArray(label); derived.push({ a, derive }); return a.proxy; }
  const v = kind === 'Map' ? new PendingMap() : new PendingSet();
  v.label = label; v.filled = false; derived.push({ v, derive });
  return v;
}
export function fillDeferredWords(lists) {
  pending.forEach((p, id) => {
    if (p.s) { for (const w of lists[id]) Set.prototype.add.call(p.s, w); p.s.filled = true; return; }
    if (p.strings) { p.a.array.push(...lists[id]); p.a.state.filled = true; return; }
    for (const [k, ...args] of lists[id]) { const x = p.fns[k >> 1](...args.map((a) => (a === '\\u0000' ? undefined : a))); if (k & 1) p.a.array.push(...x); else p.a.array.push(x); }
    p.a.state.filled = true;
  });
  for (const d of derived) {
    if (d.a) { d.a.array.push(...d.derive()); d.a.state.filled = true; continue; }
    if (d.v instanceof Map) for (const [k, v] of d.derive()) Map.prototype.set.call(d.v, k, v); else for (const v of d.derive()) Set.prototype.add.call(d.v, v);
    d.v.filled = true;
  }
}
export const created = () => made;
export const derivedCount = () => derived.length;
export const earlyReads = () => [...early];
`;

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-deferred-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['agents', 'cues', 'heads', 'words'];
type Tables = Record<string, Record<string, unknown>>;
interface Deferred {
  analyzeBlocks: typeof analyzeBlocks; warmUpSteps(): Array<() => void>; fillDeferredWords(lists: unknown[]): void;
  tables: Tables; created?(): number; derivedCount?(): number; earlyReads?(): Array<number | string>;
}

/** The engine bundled as the extension builds it, with the given runtime (the strict one above, or the worker's). */
async function deferredEngine(name: string, strict: boolean): Promise<Deferred> {
  const cat = catalog(ROOT);
  const entry = join(dir, `${name}.ts`);
  const tables = TABLES.map((t) => `export * as ${t} from ${JSON.stringify(resolve(ROOT, `src/engine/tables/${t}.ts`))};`).join('\n');
  writeFileSync(entry, `export { analyzeBlocks } from ${JSON.stringify(resolve(ROOT, 'src/engine/index.ts'))};\nexport { warmUpSteps } from ${JSON.stringify(resolve(ROOT, 'src/engine/warm-up.ts'))};\nexport * from ${JSON.stringify(RUNTIME)};\n${tables}\nimport * as agents from ${JSON.stringify(resolve(ROOT, 'src/engine/tables/agents.ts'))};\nimport * as cues from ${JSON.stringify(resolve(ROOT, 'src/engine/tables/cues.ts'))};\nimport * as heads from ${JSON.stringify(resolve(ROOT, 'src/engine/tables/heads.ts'))};\nimport * as words from ${JSON.stringify(resolve(ROOT, 'src/engine/tables/words.ts'))};\nexport const tables = { agents, cues, heads, words };\n`);
  await build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, `${name}.mjs`), logLevel: 'error',
    // The worker's build shortens the engine's own property names too (wxt.config.ts).
    mangleProps: SHORT_PROPERTIES,
    plugins: [{
      name: 'deferred-words',
      setup(b) {
        // esbuild's filters are Go regular expressions, which take no flags.
        if (strict) {
          b.onResolve({ filter: /deferred-words\.ts$/ }, (a) => (a.path === RUNTIME || resolve(a.resolveDir, a.path) === RUNTIME ? { path: RUNTIME, namespace: 'strict' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'strict' }, () => ({ contents: STRICT_RUNTIME, loader: 'js' }));
        }
        b.onLoad({ filter: /\.ts$/ }, (a) => {
          const code = readFileSync(a.path, 'utf8');
          const out = deferWords(cat, a.path, code, RUNTIME);
          return out === null ? undefined : { contents: out, loader: 'ts' };
        });
      },
    }],
  });
  return await import(pathToFileURL(join(dir, `${name}.mjs`)).href) as Deferred;
}

/** A value as data, in its iteration order: a Map or Set as its entries, an object as its own keys in order. */
function plain(v: unknown): unknown {
  if (v instanceof Map) return { map: [...v].map(([k, x]) => [plain(k), plain(x)]) };
  if (v instanceof Set) return { set: [...v].map(plain) };
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'function') return 'function';
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, plain(x)]);
  return v;
}

describe('the engine word sets and tables the extension reads from table-words.json', () => {
  it('are many, and each is the words its source lists', () => {
    const cat = catalog(ROOT);
    expect(cat.words.length).toBeGreaterThan(20);
    const words = resolve(ROOT, 'src/engine/tables/words.ts');
    const first = cat.byFile.get(words)?.[0];
    expect(first).toBeDefined();
    const code = readFileSync(words, 'utf8');
    const call = code.slice(first?.start, first?.end);
    expect(call).toMatch(/^setOf\(/u);
    const id = Number(/^deferredWords\((\d+)\)$/u.exec(first?.code ?? '')?.[1]);
    expect(cat.words[id]).toEqual(call.slice(7, -1).replace(/^[`']|[`']$/gu, '').trim().split(/\s+/u));
  });

  it('are read by no module while the engine loads, and the warm-up is whole once they are filled', { timeout: 120_000 }, async () => {
    const engine = await deferredEngine('strict', true);
    const cat = catalog(ROOT);
    expect(engine.created?.()).toBe(cat.words.length);
    expect(engine.derivedCount?.()).toBe(cat.derived.length);
    // A set or table read while the engine loads: keep it in the script (KEEP_IN_SCRIPT in scripts/deferred-words.ts).
    const names = (ids: Array<number | string>): string[] => ids.map((id) => (typeof id === 'number' ? cat.names[id] : id));
    expect(names(engine.earlyReads?.() ?? [])).toEqual([]);
    // The check sees reads: an analysis before the sets are filled reads them.
    engine.analyzeBlocks(['“We will see,” she said on Monday.']);
    expect(engine.earlyReads?.().length).toBeGreaterThan(3);
    engine.fillDeferredWords(cat.words);
    // The warm-up article travels as data too, in its order, and the worker's warm-up has every paragraph once filled.
    expect(cat.words[cat.names.indexOf('WARM_UP_PARAGRAPHS')]).toEqual([...WARM_UP_PARAGRAPHS]);
    expect(engine.warmUpSteps()).toHaveLength(WARM_UP_PARAGRAPHS.size);
  });

  it('are, once the worker\'s runtime has filled them from the data file, every table as the source has it, and the reports are the same', { timeout: 120_000 }, async () => {
    const engine = await deferredEngine('worker', false);
    const cat = catalog(ROOT);
    // The data file as the build writes it (wxt.config.ts), through JSON.
    engine.fillDeferredWords(JSON.parse(JSON.stringify(cat.words)) as unknown[]);
    // Every export of every table module, entries and order: a call table's entries, the tables derived from them,
    // the word sets. A dropped or altered entry in the data, or a call made otherwise, shows here.
    const source: Tables = { agents: await import('../../src/engine/tables/agents'), cues: await import('../../src/engine/tables/cues'), heads: await import('../../src/engine/tables/heads'), words: await import('../../src/engine/tables/words') };
    for (const t of TABLES) {
      expect(Object.keys(engine.tables[t]).sort()).toEqual(Object.keys(source[t]).sort());
      for (const name of Object.keys(source[t])) expect(plain(engine.tables[t][name]), `${t}.${name}`).toEqual(plain(source[t][name]));
    }
    // The derived tables point into the filled table, as in the source: one object per cue verb.
    const cues = engine.tables.cues as { CUE_VERBS: readonly object[]; CUE_BY_FORM: ReadonlyMap<string, object> };
    expect(cues.CUE_BY_FORM.get('says')).toBe(cues.CUE_VERBS[0]);
    const texts = [[...WARM_UP_PARAGRAPHS], ...readdirSync(FIXTURE_CORPUS).filter((f) => f.endsWith('.txt')).map((f) => paragraphsOf(readFileSync(join(FIXTURE_CORPUS, f), 'utf8')))];
    for (const blocks of texts) expect(engine.analyzeBlocks(blocks, { url: null })).toEqual(analyzeBlocks(blocks, { url: null }));
    // …with the engine's own property names shortened, as in the worker's script: none is left as written.
    const code = readFileSync(join(dir, 'worker.mjs'), 'utf8');
    expect(code).toMatch(/\.toLowerCase\(/u);
    for (const name of ['lower', 'word', 'tokens', 'sentenceTokens', 'lastSpoke', 'from', 'charStart', 'paragraphText', 'irregularPast']) expect(code, name).not.toMatch(new RegExp(`\\.${name}\\b`, 'u'));
  });

  it('take the cue verbs, the cue nouns and the agent acts out of the script, entry by entry', () => {
    const cat = catalog(ROOT);
    const calls = (name: string): unknown[] => cat.words[cat.names.indexOf(name)] as unknown[];
    expect(calls('CUE_VERBS')).toHaveLength(CUE_VERBS.length);
    expect(calls('CUE_NOUNS')).toHaveLength(CUE_NOUNS.length);
    expect(calls('AGENT_VERBS')).toHaveLength(AGENT_VERBS.length);
    // An entry is the call's arguments as written: cue('say', 'say says said saying', 'that', { speakerOptional: true }).
    expect(calls('CUE_VERBS')[0]).toEqual([0, 'say', 'say says said saying', 'that', { speakerOptional: true }]);
    expect(cat.derived).toEqual(expect.arrayContaining(['CUE_BY_FORM', 'CUE_NOUN_BY_FORM', 'AGENT_BY_FORM', 'AGENT_BY_LEMMA']));
    const cues = resolve(ROOT, 'src/engine/tables/cues.ts');
    const code = readFileSync(cues, 'utf8');
    const out = deferWords(cat, cues, code, RUNTIME) ?? '';
    expect(out).not.toContain('say says said saying');
    expect(out).toMatch(/export const CUE_VERBS: readonly CueVerb\[\] = deferredCalls\(\d+, \[cue\]\);/u);
  });

  it('take the anonymity phrasings out of the script as the strings the source spells, String.raw ones raw', () => {
    const cat = catalog(ROOT);
    for (const name of ['ANONYMITY_GRANTS', 'SELF_STANDING_REASONS', 'WHY_CLAUSES', 'ACCESS_CLAUSES', 'REASON_TRIGGERS', 'ACCESS_TRIGGERS'] as const) {
      expect(cat.words[cat.names.indexOf(name)], name).toEqual(anonymity[name]);
    }
    for (const name of ['ANCHOR_PHRASES', 'TRIGGERS'] as const) expect(cat.words[cat.names.indexOf(name)], name).toEqual(anonymous[name]);
    // A String.raw entry keeps its backslashes: the pattern sees \p{Ll}, not p{Ll}.
    expect((cat.words[cat.names.indexOf('WHY_CLAUSES')] as string[]).some((w) => w.includes(String.raw`\p{Ll}`))).toBe(true);
    const file = resolve(ROOT, 'src/engine/anonymity.ts');
    const out = deferWords(cat, file, readFileSync(file, 'utf8'), RUNTIME) ?? '';
    expect(out).toMatch(/export const ANONYMITY_GRANTS: readonly string\[\] = deferredStrings\(\d+\);/u);
    expect(out).not.toContain('(?:authori[sz]ed|permitted');
  });
});
