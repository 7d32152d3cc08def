/**
 * Part of `npm run bench`: what a just-started worker pays before its first answer, measured in Node on fresh V8
 * isolates (one worker thread per sample), with the engine minified as the extension ships it. Two forms in
 * alternate samples of one run, both reading compromise's word lists from the compressed wordlists.bin with the
 * platform's DecompressionStream: the engine's own plain word sets and entry tables in the script (as the worker had
 * them before), and read from table-words.json (as it has them now; scripts/deferred-words.ts).
 *
 * Phases, each timed inside the isolate: evaluating the engine's script (parse, compile, top-level code); reading
 * the word lists (and the table words, for the second form); the first analysis of
 * one corpus article (decoding the sets, compiling patterns, cold code). Node's own thread start-up is left out: a
 * browser starts its worker in its own way (timed in the Chromium section), and Node's first use of its web streams
 * (loaded in JavaScript on demand, where a browser's are native) is made before the clock starts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build, type Plugin } from 'esbuild';
import { compressWordLists } from './wordlists';
import { catalog, deferWords } from './deferred-words';
import { PACKED } from '../src/engine/wordlists.generated';
import { median, ms, percentile } from './bench-stats';

const SAMPLES = 15;

/** The swap wxt.config.ts makes for the extension's build. */
const withoutBundledLists: Plugin = {
  name: 'word-lists-from-asset',
  setup(b) {
    // esbuild's filters are Go regular expressions, which have no `u` flag.
    b.onResolve({ filter: /^\.\/wordlists\.packed$/ }, () => ({ path: resolve('src/engine/wordlists.packed.extension.ts') }));
  },
};

/** The other change the extension's build makes: the engine's plain word sets and entry tables become ones filled from
 *  data. */
function deferredSets(): Plugin {
  const cat = catalog(process.cwd());
  return {
    name: 'deferred-words',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (a) => {
        const out = deferWords(cat, a.path, readFileSync(a.path, 'utf8'), resolve('src/extension/deferred-words.ts'));
        return out === null ? undefined : { contents: out, loader: 'ts' };
      });
    },
  };
}

const ENTRY = `export { analyzeBlocks } from './src/engine/index'; export { loadWordLists } from './src/engine/wordlists'; export { fillDeferredWords } from './src/extension/deferred-words';`;

async function engineScript(dir: string, name: string, plugins: Plugin[]): Promise<{ file: string; size: number }> {
  const file = join(dir, `${name}.mjs`);
  await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile: file, plugins, logLevel: 'error' });
  return { file, size: readFileSync(file).length };
}

/** Runs inside the fresh isolate. */
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
// Node loads its web streams (in JavaScript) on first use, about 100 ms on this machine; a browser's are built in.
// One tiny stream first, so that Node's start-up is not counted as reading the word lists.
await new Response(new Blob([new Uint8Array([3, 0])]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
const t0 = performance.now();
const engine = await import(workerData.script);
const t1 = performance.now();
await engine.loadWordLists(new Blob([workerData.compressed]).stream());
if (workerData.tables) engine.fillDeferredWords(JSON.parse(new TextDecoder().decode(workerData.tables)));
const t2 = performance.now();
engine.analyzeBlocks(workerData.paragraphs);
const t3 = performance.now();
parentPort.postMessage({ evaluate: t1 - t0, lists: t2 - t1, analysis: t3 - t2 });
`;

interface Boot { evaluate: number; lists: number; analysis: number }

function boot(workerFile: string, script: string, paragraphs: string[], compressed: Uint8Array, tables: Uint8Array | null): Promise<Boot> {
  return new Promise((done, fail) => {
    const w = new Worker(workerFile, { workerData: { script, paragraphs, compressed, tables } });
    w.once('message', (m: Boot) => { void w.terminate(); done(m); });
    w.once('error', fail);
  });
}

export async function bootBench(paragraphs: string[], label: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-boot-'));
  try {
    const before = await engineScript(dir, 'before', [withoutBundledLists]);
    const shipped = await engineScript(dir, 'shipped', [withoutBundledLists, deferredSets()]);
    const compressed = new Uint8Array(await compressWordLists(PACKED));
    const tables = new TextEncoder().encode(JSON.stringify(catalog(process.cwd()).words));
    const workerFile = join(dir, 'worker.mjs');
    writeFileSync(workerFile, WORKER);
    const runs: Record<'before' | 'shipped', Boot[]> = { before: [], shipped: [] };
    await boot(workerFile, before.file, paragraphs, compressed, null); // the file system's and Node's caches, for both alike
    for (let i = 0; i < SAMPLES; i++) {
      runs.before.push(await boot(workerFile, before.file, paragraphs, compressed, null));
      runs.shipped.push(await boot(workerFile, shipped.file, paragraphs, compressed, tables));
    }
    const total = (b: Boot): number => b.evaluate + b.lists + b.analysis;
    const row = (name: string, xs: Boot[], size: string): string =>
      `   ${name.padEnd(50)} ${size.padEnd(26)} evaluate ${ms(median(xs.map((b) => b.evaluate)), 1).padStart(8)}, lists ${ms(median(xs.map((b) => b.lists)), 1).padStart(7)}, first analysis ${ms(median(xs.map((b) => b.analysis)), 1).padStart(8)} → total p50 ${ms(median(xs.map(total)), 1)}, p95 ${ms(percentile(xs.map(total), 95), 1)}`;
    console.log(`   worker boot + first analysis (Node worker threads, a fresh isolate per sample, ${SAMPLES} of each form alternately; one ${(paragraphs.join('\n\n').length / 1024).toFixed(1)} KB article, ${label}; medians; budget ≤ 40 ms):`);
    console.log(row('engine word sets, tables in the script (before)', runs.before, `${(before.size / 1024).toFixed(1)} KB + ${(compressed.length / 1024).toFixed(1)} KB data`));
    console.log(row('engine word sets, tables from table-words.json (shipped)', runs.shipped, `${(shipped.size / 1024).toFixed(1)} KB + ${((compressed.length + tables.length) / 1024).toFixed(1)} KB data`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
