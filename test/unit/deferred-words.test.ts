/**
 * The extension build moves the engine's plain word sets out of the worker's script (scripts/deferred-words.ts): each
 * is created empty while the engine is evaluated and filled before the first analysis. Here the engine is bundled the
 * way the extension builds it, with sets that throw when read before they are filled: evaluating it must read none
 * (a module that derived something from one at load time would have derived it from an empty set), and once filled it
 * must answer exactly as the engine run from source.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog, deferWords } from '../../scripts/deferred-words';
import { analyzeBlocks, paragraphsOf } from '../../src/engine/index';
import { WARM_UP_PARAGRAPHS } from '../../src/engine/warm-up';
import { FIXTURE_CORPUS } from '../../src/cli/corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNTIME = resolve(ROOT, 'src/extension/deferred-words.ts');

/** The runtime, with sets that note every read made before they are filled. */
const STRICT_RUNTIME = `
const READS = ['has', 'forEach', 'values', 'keys', 'entries', Symbol.iterator];
const early = new Set();
class PendingSet extends Set {}
for (const name of READS) {
  const plain = Set.prototype[name];
  PendingSet.prototype[name] = function (...args) { if (!this.filled) early.add(this.id); return plain.apply(this, args); };
}
Object.defineProperty(PendingSet.prototype, 'size', { get() { if (!this.filled) early.add(this.id); return Reflect.get(Set.prototype, 'size', this); } });
const pending = [];
export function deferredWords(id) { const s = new PendingSet(); s.id = id; s.filled = false; pending[id] = s; return s; }
export function fillDeferredWords(lists) { pending.forEach((s, id) => { for (const w of lists[id]) Set.prototype.add.call(s, w); s.filled = true; }); }
export const created = () => pending.filter(Boolean).length;
export const earlyReads = () => [...early];
`;

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-deferred-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Deferred { analyzeBlocks: typeof analyzeBlocks; warmUpSteps(): Array<() => void>; fillDeferredWords(lists: string[][]): void; created(): number; earlyReads(): number[] }

async function deferredEngine(): Promise<Deferred> {
  const cat = catalog(ROOT);
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export { analyzeBlocks } from ${JSON.stringify(resolve(ROOT, 'src/engine/index.ts'))};\nexport { warmUpSteps } from ${JSON.stringify(resolve(ROOT, 'src/engine/warm-up.ts'))};\nexport { fillDeferredWords, created, earlyReads } from ${JSON.stringify(RUNTIME)};\n`);
  await build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'engine.mjs'), logLevel: 'error',
    plugins: [{
      name: 'deferred-words',
      setup(b) {
        // esbuild's filters are Go regular expressions, which take no flags.
        b.onResolve({ filter: /deferred-words\.ts$/ }, (a) => (a.path === RUNTIME ? { path: RUNTIME, namespace: 'strict' } : undefined));
        b.onLoad({ filter: /.*/, namespace: 'strict' }, () => ({ contents: STRICT_RUNTIME, loader: 'js' }));
        b.onLoad({ filter: /\.ts$/ }, (a) => {
          const code = readFileSync(a.path, 'utf8');
          const out = deferWords(cat, a.path, code, RUNTIME);
          return out === null ? undefined : { contents: out, loader: 'ts' };
        });
      },
    }],
  });
  return await import(pathToFileURL(join(dir, 'engine.mjs')).href) as Deferred;
}

describe('the engine word sets the extension reads from table-words.json', () => {
  it('are many, and each is the words its source lists', () => {
    const cat = catalog(ROOT);
    expect(cat.words.length).toBeGreaterThan(20);
    const words = resolve(ROOT, 'src/engine/tables/words.ts');
    const first = cat.byFile.get(words)?.[0];
    expect(first).toBeDefined();
    const code = readFileSync(words, 'utf8');
    const call = code.slice(first?.start, first?.end);
    expect(call).toMatch(/^setOf\(/u);
    expect(cat.words[first?.id ?? -1]).toEqual(call.slice(7, -1).replace(/^[`']|[`']$/gu, '').trim().split(/\s+/u));
  });

  it('are read by no module while the engine loads, and, filled, give the same reports as the engine from source', { timeout: 120_000 }, async () => {
    const engine = await deferredEngine();
    const cat = catalog(ROOT);
    expect(engine.created()).toBe(cat.words.length);
    // A set read while the engine loads: keep it in the script (KEEP_IN_SCRIPT in scripts/deferred-words.ts).
    const names = (ids: number[]): string[] => ids.map((id) => cat.names[id]);
    expect(names(engine.earlyReads())).toEqual([]);
    // The check sees reads: an analysis before the sets are filled reads them.
    engine.analyzeBlocks(['“We will see,” she said on Monday.']);
    expect(engine.earlyReads().length).toBeGreaterThan(3);
    engine.fillDeferredWords(cat.words);
    // The warm-up article travels as data too, in its order, and the worker's warm-up has every paragraph once filled.
    expect(cat.words[cat.names.indexOf('WARM_UP_PARAGRAPHS')]).toEqual([...WARM_UP_PARAGRAPHS]);
    expect(engine.warmUpSteps()).toHaveLength(WARM_UP_PARAGRAPHS.size);
    const texts = [[...WARM_UP_PARAGRAPHS], ...readdirSync(FIXTURE_CORPUS).filter((f) => f.endsWith('.txt')).map((f) => paragraphsOf(readFileSync(join(FIXTURE_CORPUS, f), 'utf8')))];
    for (const blocks of texts) expect(engine.analyzeBlocks(blocks, { url: null })).toEqual(analyzeBlocks(blocks, { url: null }));
  });
});
