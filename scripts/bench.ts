/**
 * npm run bench: Sourcelight's speed and size, measured in one run. Machines differ and other work shares them, so
 * the engine's figures are ratios of paired measurements, and every browser figure is compared with the same page
 * loaded without the extension in the same run. Nothing here passes or fails; budgets are printed beside results.
 *
 *  1. Engine against compromise's full parse, in interleaved rounds (median of the per-round ratios).
 *  2. Growth: the corpus repeated with new names in every copy, and the same text as one long paragraph.
 *  3. Bundle sizes of the shipped build, and what a fresh worker pays before its first answer (scripts/bench-boot.ts).
 *  4. Chromium: real pages served on 127.0.0.1, cold (worker stopped before each load) and warm.
 *  5. Firefox ESR: the same pages, cold (background suspended) and warm.
 *  6. Research mode: files per second with one worker and with every core (scripts/bench-research.ts).
 *
 * `--quick` runs 1–3 only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { engineBench, engineCorpus, growthBench } from './bench-engine';

const quick = process.argv.includes('--quick');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const corpus = await engineCorpus();
console.log(`Sourcelight benchmark — node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);
console.log(`${corpus.texts.length} corpus articles, ${(corpus.chars / 1024).toFixed(0)} KB of text\n`);

engineBench(corpus);
growthBench(corpus);

// 3. Bundle sizes of the shipped build.
{
  execFileSync(npx, ['wxt', 'build'], { stdio: 'ignore' }); // fresh: a build left from older code would mislead
  const dir = '.output/chrome-mv3';
  const files = ['background.js', 'content-scripts/content.js', ...readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`)];
  console.log(`\n3. Bundle sizes (${dir}, minified; gzip in brackets)`);
  for (const f of files) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    const size = statSync(p).size;
    const budget = f === 'background.js' ? ' (budget ≤ 150 KB; 396 KB while it carried compromise)' : f.includes('content') ? ' (budget ≤ 60 KB)' : '';
    console.log(`   ${f.padEnd(34)} ${(size / 1024).toFixed(1).padStart(7)} KB  [${(gzipSync(readFileSync(p)).length / 1024).toFixed(1)} KB]${budget}`);
  }
  const { buildSync } = await import('esbuild');
  const out = buildSync({ entryPoints: ['src/engine/index.ts'], bundle: true, minify: true, format: 'iife', globalName: 'engine', write: false, platform: 'browser' });
  const size = out.outputFiles[0].contents.length;
  console.log(`   (the engine with its word lists, bundled into the content script instead: ${(size / 1024).toFixed(0)} KB — ${(size / 1024 / 60).toFixed(1)}× the content script's budget, parsed on every page)`);
  const lists = join(dir, 'wordlists.bin');
  if (existsSync(lists)) console.log(`   wordlists.bin                        ${(statSync(lists).size / 1024).toFixed(1).padStart(7)} KB  (the engine's word lists, deflate-raw: data the worker reads at start, not script)`);
  // A mid-sized article: the corpus's median length.
  const byLength = [...corpus.articles].sort((a, b) => a.join('').length - b.join('').length);
  await (await import('./bench-boot')).bootBench(byLength[Math.floor(byLength.length / 2)], 'the corpus\'s median length');
}

if (!quick) {
  // The benchmark build: the shipped code with host access to 127.0.0.1 and no test hooks (wxt.config.ts).
  for (const args of [['build', '--mode', 'bench'], ['build', '-b', 'firefox', '--mode', 'bench']]) execFileSync(npx, ['wxt', ...args], { stdio: 'ignore' });
  await (await import('./bench-browser')).chromiumBench('4');
  await (await import('./bench-firefox')).firefoxBench('5');
  (await import('./bench-research')).researchBench('6');
}
