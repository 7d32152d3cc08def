/**
 * A research-mode worker thread: reads one file, analyses it exactly as `npm run analyze -- FILE --json` does, and
 * sends back the report's JSON, its CSV rows and what the summary needs. A failure is an answer, not a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeBlocks } from '../../engine/index';
import { csvRecord, quoteCells } from '../../report/export';
import { siteOf } from '../../settings/sites';
import { loadArticle } from '../load';
import type { ArticleStats } from './summary';

export interface WorkerOptions {
  csv: boolean;
  /** A regular expression whose first group names the site from the file name, for files without a URL. */
  sitePattern: string | null;
}

export interface Task {
  id: number;
  path: string;
}

export type TaskResult =
  | { id: number; ok: true; json: string; csv: string; stats: ArticleStats }
  | { id: number; ok: false; error: string };

/** A file's site: its page's URL, else the site pattern on its path, else unknown. */
export function siteFor(url: string | null, path: string, pattern: RegExp | null): string {
  const fromUrl = siteOf(url);
  if (fromUrl) return fromUrl;
  const m = pattern?.exec(path);
  return m?.[1] ?? m?.[0] ?? '(no URL)';
}

export function analyseFile(path: string, options: WorkerOptions, pattern: RegExp | null = options.sitePattern ? new RegExp(options.sitePattern, 'u') : null): Omit<Extract<TaskResult, { ok: true }>, 'id' | 'ok'> {
  const article = loadArticle(path);
  const report = analyzeBlocks(article.blocks, { url: article.url });
  const json = JSON.stringify(report);
  const site = siteFor(report.url, path, pattern);
  let csv = '';
  if (options.csv) for (const { quote, notes } of quoteCells(report)) csv += csvRecord([path, site, report.url ?? '', ...quote, ...notes]);
  const named = report.sources.filter((s) => !s.anonymous && s.quoteIds.length > 0);
  return {
    json,
    csv,
    stats: {
      site,
      quotes: report.quotes.length,
      anonymousQuotes: report.quotes.filter((q) => q.anonymous).length,
      voices: named.map((s) => [s.name, s.quoteIds.length]),
    },
  };
}

if (parentPort) {
  const port = parentPort;
  const options = workerData as WorkerOptions;
  const pattern = options.sitePattern ? new RegExp(options.sitePattern, 'u') : null;
  port.on('message', (task: Task) => {
    let result: TaskResult;
    try {
      result = { id: task.id, ok: true, ...analyseFile(task.path, options, pattern) };
    } catch (e) {
      result = { id: task.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(result);
  });
}
