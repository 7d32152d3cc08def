/**
 * The engine's own sections of `npm run bench`: (1) the engine against compromise's full parse, in interleaved rounds,
 * and (2) growth with input size, for the text in paragraphs and as one paragraph. `scripts/bench.ts` runs both;
 * `npm run bench:engine` runs them alone (`-- --growth` or `-- --engine` for one; `-- --sizes 1,10,50` for other
 * sizes of the growth section), a quick way to measure an engine change without the browsers.
 *
 * Both time the engine as it ships: `src/engine` bundled and minified by esbuild into one module, as the extension's
 * build bundles it into the background script. Run through tsx instead, every call into another module goes through
 * a getter of tsx's module wrapper and every inner function through a naming helper (`__name`), which a reader's
 * browser never runs: corpus passes took 1.19× as long through tsx (median of 40 paired ratios; 28.4 against 25.0 ms
 * at best), on a loaded machine.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { buildSync } from 'esbuild';
import { developmentCorpus } from '../src/cli/corpus';
import { paragraphsOf, type analyzeBlocks } from '../src/engine/index';
import { growthExponent, median, quartiles } from './bench-stats';

export interface EngineCorpus {
  texts: string[];
  articles: string[][];
  chars: number;
  /** The shipped engine's entry point (see above). */
  analyzeBlocks: typeof analyzeBlocks;
}

/** The engine bundled and minified as the extension ships it, loaded as a module of its own. */
async function shippedEngine(): Promise<typeof analyzeBlocks> {
  const out = buildSync({ entryPoints: ['src/engine/index.ts'], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false });
  mkdirSync('.cache', { recursive: true });
  const file = join('.cache', 'bench-engine.mjs');
  writeFileSync(file, out.outputFiles[0].contents);
  const engine = (await import(pathToFileURL(file).href)) as { analyzeBlocks: typeof analyzeBlocks };
  return engine.analyzeBlocks;
}

/** The development corpus's texts (../shared/corpus, or the test fixtures when it is not beside the project). */
export async function engineCorpus(): Promise<EngineCorpus> {
  const corpus = developmentCorpus('bench');
  const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpus, f), 'utf8'));
  return { texts, articles: texts.map(paragraphsOf), chars: texts.reduce((n, t) => n + t.length, 0), analyzeBlocks: await shippedEngine() };
}

/**
 * 1. Engine against compromise: rounds alternate the two, so a busy moment of the machine slows both sides of a pair.
 * Each round times ten engine passes over the corpus (one is about 25 ms, compromise's about a second), so both sides
 * of a pair span comparable stretches of the machine's time; wall clock, and this process's CPU time. (One engine pass
 * right after compromise's cost 47.8 ms of CPU against 34.8 ms for the pass after it, in one measurement: it paid for
 * collecting compromise's garbage; ten passes share that cost. Collecting before each side instead is worse: the
 * collector's concurrent sweeping then runs during the engine's pass and counts as the engine's CPU time.)
 */
export function engineBench({ texts, articles, chars, analyzeBlocks }: EngineCorpus): void {
  const QUOTE_MARKS = /[“”"‘’'«»„‚‹›]/gu;
  type Timing = { wall: number; cpu: number };
  const timed = (passes: number, pass: () => void): Timing => {
    const s = performance.now();
    const c = process.cpuUsage();
    for (let i = 0; i < passes; i++) pass();
    const used = process.cpuUsage(c);
    return { wall: (performance.now() - s) / passes, cpu: (used.user + used.system) / 1000 / passes };
  };
  const ENGINE_PASSES = 10;
  const engine = (): Timing => timed(ENGINE_PASSES, () => { for (const a of articles) analyzeBlocks(a); });
  const full = (): Timing => timed(1, () => { for (const t of texts) nlp(t).json(); });
  const regex = (): number => timed(20, () => {
    let n = 0;
    for (const t of texts) n += t.match(QUOTE_MARKS)?.length ?? 0;
    if (n < 0) throw new Error('unreachable');
  }).wall;
  // Both warm: JIT-compiled and lexicons loaded, the steady state a reader's browser reaches.
  for (let i = 0; i < 3; i++) { engine(); full(); regex(); }
  const ROUNDS = 15;
  const rounds: Array<{ engine: Timing; full: Timing; regex: number }> = [];
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate which goes first, so neither always runs right after a collection the other caused.
    if (i % 2) rounds.push({ full: full(), engine: engine(), regex: regex() });
    else rounds.push({ engine: engine(), full: full(), regex: regex() });
  }
  const ratios = rounds.map((r) => r.full.wall / r.engine.wall);
  const cpuRatios = rounds.map((r) => r.full.cpu / r.engine.cpu);
  const [q1, q3] = quartiles(ratios);
  const regexRatios = rounds.map((r) => r.engine.wall / r.regex);
  const engineWall = median(rounds.map((r) => r.engine.wall));
  console.log(`1. Engine (as shipped: bundled, minified) against compromise's full parse (nlp(text).json()) on the ${texts.length} corpus texts, ${ROUNDS} interleaved rounds`);
  console.log(`   engine                 median ${engineWall.toFixed(1)} ms per corpus pass [CPU ${median(rounds.map((r) => r.engine.cpu)).toFixed(1)}]  (${(chars / 1024 / (engineWall / 1000)).toFixed(0)} KB/s)`);
  console.log(`   compromise full parse  median ${median(rounds.map((r) => r.full.wall)).toFixed(1)} ms per corpus pass [CPU ${median(rounds.map((r) => r.full.cpu)).toFixed(1)}]`);
  console.log(`   → engine is ${median(ratios).toFixed(1)}× faster [CPU ${median(cpuRatios).toFixed(1)}×] (median of ${ROUNDS} paired ratios; quartiles ${q1.toFixed(1)}–${q3.toFixed(1)}; budget ≥ 30×)`);
  console.log(`   a bare quote-mark regex scan: the engine costs ${median(regexRatios).toFixed(0)}× it (median of paired ratios)`);
}

/** 2. Growth: the corpus repeated with new names in every copy, in paragraphs and as one paragraph. */
export function growthBench({ articles, analyzeBlocks }: EngineCorpus, SIZES: readonly number[] = [1, 10, 50]): void {
  const paragraphs = articles.flat();
  /** Letters for copy i ("a", "b", … "ba"): appended to names so each copy brings names the index has not seen. */
  const tag = (i: number): string => {
    let s = '';
    let n = i;
    do { s = String.fromCharCode(97 + (n % 26)) + s; n = Math.floor(n / 26) - 1; } while (n >= 0);
    return s;
  };
  // A capitalised word inside a sentence (not after . ! ? or an opening quote) is a name, place or organisation.
  const renamed = (text: string, i: number): string => text.replace(/(?<=[a-z,;:)] )([A-Z][a-z]{2,})\b/gu, `$1${tag(i)}`);
  /** k copies of the corpus, each with names no analysis of this run has seen yet (copy numbers never repeat). */
  let copiesMade = 0;
  const copies = (k: number): string[] => Array.from({ length: k }, () => {
    const i = copiesMade++;
    return paragraphs.map((p) => renamed(p, i));
  }).flat();
  // Warm the engine first (JIT, word lists, patterns), as section 1 does when it runs before: otherwise the smallest
  // size, measured first, pays for the warm-up and the exponent comes out too low.
  for (let i = 0; i < 5; i++) analyzeBlocks(copies(1));
  /**
   * Best of three batches per layout, each size doing the same total work as the largest (50 analyses of 100 KB, 5 of
   * 1 MB, 1 of 4.9 MB), so each pays its share of collection and every batch spans the same stretch of time: with
   * batches of 1 MB against one of 4.9 MB, the best of three short batches caught quiet moments of a loaded machine
   * that the long one could not (400 against 776 ms of CPU per MB in one run, while CPU profiles of 4 MB analysed as
   * 40 × 100 KB and 1 × 4 MB differed by 6 %). The two layouts' batches alternate so a busy moment slows both. Every analysis gets
   * text with names never seen before (the name parser's cache would otherwise make a small text analysed again and
   * again cheaper than a large one analysed once). Timed twice: wall clock, and this process's CPU time (all its
   * threads, the collector's included), which other work on a shared machine does not inflate — the growth exponent
   * is about the engine's work, not the machine's load.
   */
  type Timing = { wall: number; cpu: number };
  const batch = (k: number, layout: 'split' | 'whole'): Timing => {
    const reps = Math.max(1, Math.round(Math.max(...SIZES) / k));
    const inputs = Array.from({ length: reps }, () => {
      const blocks = copies(k);
      return layout === 'split' ? blocks : [blocks.join(' ')];
    });
    const s = performance.now();
    const c = process.cpuUsage();
    for (const input of inputs) analyzeBlocks(input, { maxChars: Number.POSITIVE_INFINITY });
    const used = process.cpuUsage(c);
    return { wall: (performance.now() - s) / reps, cpu: (used.user + used.system) / 1000 / reps };
  };
  const best = (runs: Timing[]): Timing => ({ wall: Math.min(...runs.map((r) => r.wall)), cpu: Math.min(...runs.map((r) => r.cpu)) });
  const rows = SIZES.map((k) => {
    const size = copies(1).reduce((n, b) => n + b.length, 0) * k;
    batch(k, 'split');
    batch(k, 'whole');
    const split: Timing[] = [];
    const whole: Timing[] = [];
    for (let i = 0; i < 3; i++) {
      split.push(batch(k, 'split'));
      whole.push(batch(k, 'whole'));
    }
    return { k, size, split: best(split), whole: best(whole) };
  });
  console.log('\n2. Growth: the corpus with new names in every copy (time per analysis, best of 3, new names in every analysis; wall clock, and CPU time in brackets)');
  console.log('   copies   size      paragraphs          one paragraph       one / paragraphs');
  const both = (t: { wall: number; cpu: number }): string => `${t.wall.toFixed(0).padStart(6)} ms [${t.cpu.toFixed(0).padStart(5)}]`;
  for (const r of rows) {
    console.log(`   ×${String(r.k).padEnd(6)} ${(r.size / 1024 / 1024).toFixed(2).padStart(5)} MB  ${both(r.split)}   ${both(r.whole)}   ${(r.whole.wall / r.split.wall).toFixed(2).padStart(5)} [${(r.whole.cpu / r.split.cpu).toFixed(2)}]`);
  }
  const exponent = (key: 'split' | 'whole', clock: 'wall' | 'cpu'): string => growthExponent(rows.map((r) => ({ x: r.size, y: r[key][clock] }))).toFixed(2);
  console.log(`   growth exponent (time ∝ size^k, ${(rows[0].size / 1024).toFixed(0)} KB → ${(rows.at(-1)!.size / 1024 / 1024).toFixed(1)} MB): paragraphs k = ${exponent('split', 'wall')} [CPU ${exponent('split', 'cpu')}], one paragraph k = ${exponent('whole', 'wall')} [CPU ${exponent('whole', 'cpu')}] (linear: 1; budget ≤ 1.1; one paragraph ≤ 1.3× paragraphs)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = (flag: string): boolean => process.argv.includes(flag) || !(process.argv.includes('--growth') || process.argv.includes('--engine'));
  const at = process.argv.indexOf('--sizes');
  const sizes = at > 0 ? process.argv[at + 1].split(',').map(Number) : undefined;
  const corpus = await engineCorpus();
  console.log(`Sourcelight engine benchmark — node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);
  console.log(`${corpus.texts.length} corpus articles, ${(corpus.chars / 1024).toFixed(0)} KB of text\n`);
  if (only('--engine')) engineBench(corpus);
  if (only('--growth')) growthBench(corpus, sizes);
}
