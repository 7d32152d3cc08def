/**
 * Research mode: many articles through the engine on every core. Paths stream in (files, directories, a list on
 * stdin), at most a fixed window of them is in flight or waiting to be written, and results are written in input
 * order, so memory stays bounded however many files there are and two runs give the same files.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { csvRecord, QUOTE_COLUMNS, SOURCE_NOTE_COLUMNS } from '../../report/export';
import { countInputs, inputPaths } from './inputs';
import { WorkerPool } from './pool';
import { ProgressBar } from './progress';
import { SiteSummary } from './summary';
import type { TaskResult } from './worker';

export interface ResearchOptions {
  inputs: string[];
  /** Output paths; "-" is stdout. */
  jsonl?: string;
  csv?: string;
  workers?: number;
  sitePattern?: string;
  /** Where skipped files and the progress bar go. */
  stderr?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadableStream;
}

export interface ResearchResult {
  analysed: number;
  skipped: Array<{ path: string; error: string }>;
  elapsedMs: number;
  workers: number;
  summary: SiteSummary;
  /** Peak resident memory of the whole process (main thread and workers), in bytes. */
  peakRss: number;
}

export const CSV_HEADER = ['path', 'site', 'page_url', ...QUOTE_COLUMNS, ...SOURCE_NOTE_COLUMNS];

/** A text sink that respects back-pressure, so a slow disk holds the run back instead of filling memory. */
class Sink {
  private constructor(private readonly stream: WriteStream | NodeJS.WriteStream, private readonly owned: boolean) {}

  static open(path: string): Sink {
    return path === '-' ? new Sink(process.stdout, false) : new Sink(createWriteStream(path), true);
  }

  async write(text: string): Promise<void> {
    if (!text) return;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (!this.owned) return;
    const s = this.stream as WriteStream;
    await new Promise<void>((resolve, reject) => s.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runResearch(options: ResearchOptions): Promise<ResearchResult> {
  const stderr = options.stderr ?? process.stderr;
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const started = performance.now();
  const bar = new ProgressBar(stderr);
  const total = bar.active ? await countInputs(options.inputs) : null;
  const jsonl = options.jsonl ? Sink.open(options.jsonl) : null;
  const csv = options.csv ? Sink.open(options.csv) : null;
  await csv?.write(csvRecord(CSV_HEADER));
  const pool = new WorkerPool(workers, { csv: Boolean(csv), sitePattern: options.sitePattern ?? null });
  const summary = new SiteSummary();
  const skipped: ResearchResult['skipped'] = [];
  let analysed = 0;
  let peakRss = process.memoryUsage.rss();

  // Tasks in input order; the head is written once it is done. The window keeps every worker busy while a slow file
  // at the head holds back the writing.
  const window = workers * 8;
  const pending: Array<{ path: string; result: Promise<TaskResult> }> = [];
  const settle = async (): Promise<void> => {
    const head = pending.shift();
    if (!head) return;
    const r = await head.result;
    if (r.ok) {
      analysed++;
      await jsonl?.write(`{"path":${JSON.stringify(head.path)},"report":${r.json}}\n`);
      await csv?.write(r.csv);
      summary.add(r.stats);
    } else {
      skipped.push({ path: head.path, error: r.error });
      bar.note(`analyze: skipped ${r.error}`);
    }
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    bar.update({ done: analysed + skipped.length, skipped: skipped.length, total, elapsedMs: performance.now() - started });
  };

  try {
    let id = 0;
    for await (const path of inputPaths(options.inputs, options.stdin)) {
      pending.push({ path, result: pool.run({ id: id++, path }) });
      if (pending.length >= window) await settle();
    }
    while (pending.length) await settle();
  } finally {
    await pool.close();
    bar.update({ done: analysed + skipped.length, skipped: skipped.length, total, elapsedMs: performance.now() - started }, true);
    bar.clear();
    await jsonl?.close();
    await csv?.close();
  }
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  return { analysed, skipped, elapsedMs: performance.now() - started, workers, summary, peakRss };
}
