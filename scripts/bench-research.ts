/**
 * Research mode's throughput and memory, for `npm run bench`: `npm run analyze` over ../shared/polnear/train (756
 * files) with one worker and with every core, each run a fresh process as a researcher would start it; then the same
 * files listed four times on stdin (3,024 files), to show that memory does not grow with the number of files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

const TRAIN = '../shared/polnear/train';

interface Run {
  files: number;
  seconds: number;
  rate: number;
  peakMb: number;
}

function analyze(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8', input, maxBuffer: 64 * 2 ** 20 });
  const m = /Research run: (\d+) files analysed, \d+ skipped, in ([\d.]+) s \(([\d.]+) files\/s on \d+ workers?; peak memory (\d+) MB\)/u.exec(r.stdout);
  if (r.status !== 0 || !m) throw new Error(`research run failed: ${r.stderr || r.stdout}`);
  return { files: Number(m[1]), seconds: Number(m[2]), rate: Number(m[3]), peakMb: Number(m[4]) };
}

export function researchBench(section = '5'): void {
  console.log(`\n${section}. Research mode (npm run analyze -- DIR), ${TRAIN}`);
  if (!existsSync(TRAIN)) {
    console.log(`   skipped: ${TRAIN} is not beside the project`);
    return;
  }
  const all = availableParallelism();
  // One and all workers alternate, three runs each, and the best run of each counts: other work on the machine only
  // ever slows a run down. The load average says how busy the machine was.
  console.log(`   load average ${loadavg()[0].toFixed(1)} on ${all} cores at the start`);
  const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.rate > a.rate ? b : a));
  const ones: Run[] = [];
  const alls: Run[] = [];
  for (let i = 0; i < 3; i++) {
    ones.push(analyze([TRAIN, '--workers', '1']));
    alls.push(analyze([TRAIN, '--workers', String(all)]));
  }
  const one = best(ones);
  const many = best(alls);
  console.log(`   1 worker       ${String(one.files).padStart(5)} files  ${one.seconds.toFixed(1).padStart(5)} s  ${one.rate.toFixed(1).padStart(6)} files/s  peak ${one.peakMb} MB  (best of 3)`);
  console.log(`   ${String(all).padEnd(2)} workers     ${String(many.files).padStart(5)} files  ${many.seconds.toFixed(1).padStart(5)} s  ${many.rate.toFixed(1).padStart(6)} files/s  peak ${many.peakMb} MB  (best of 3) → ${(many.rate / one.rate).toFixed(2)}× on ${all} cores`);
  const list = readdirSync(TRAIN).filter((f) => f.endsWith('.txt')).map((f) => join(TRAIN, f)).join('\n');
  const four = analyze(['-', '--workers', String(all), '--jsonl', process.platform === 'win32' ? 'NUL' : '/dev/null'], `${Array.from({ length: 4 }, () => list).join('\n')}\n`);
  console.log(`   ${String(all).padEnd(2)} workers ×4  ${String(four.files).padStart(5)} files  ${four.seconds.toFixed(1).padStart(5)} s  ${four.rate.toFixed(1).padStart(6)} files/s  peak ${four.peakMb} MB  → memory ×${(four.peakMb / many.peakMb).toFixed(2)} for 4× the files (bounded: ≈1)`);
}

if (process.argv[1] && /bench-research\.ts$/u.test(process.argv[1])) researchBench();
