/**
 * npm run analyze -- <file.html | file.txt | -> [--json | --text]
 *   Who said what in one article (with --json, the report only; with --text, the article text that was read: for a
 *   page, what the page reader extracted, a blank line between paragraphs; "-" reads the article from stdin).
 * npm run analyze -- <files… | directory | -> [--jsonl OUT] [--csv OUT] [--workers N] [--site-pattern REGEX]
 *   Research mode: many articles on every core ("-" reads a list of paths from stdin); one report per line, one CSV
 *   row per quote, a per-site summary at the end. See src/cli/research/.
 */
import { basename } from 'node:path';
import { analyzeBlocks } from '../engine/index';
import { formatReport } from './format';
import { InputError, loadArticle } from './load';
import { anyDirectory } from './research/inputs';
import { defaultWorkers, runResearch, type ResearchResult } from './research/run';
import { formatSummary } from './research/summary';

const USAGE = `usage: npm run analyze -- <file.html | file.txt | -> [--json | --text]
       npm run analyze -- <files… | directory | -> [--jsonl OUT] [--csv OUT] [--workers N] [--site-pattern REGEX]
         (research mode: "-" is a list of paths on stdin; OUT "-" is stdout)
`;

interface Args {
  json: boolean;
  text: boolean;
  inputs: string[];
  jsonl?: string;
  csv?: string;
  workers?: number;
  sitePattern?: string;
}

function parse(argv: string[]): Args | string {
  const args: Args = { json: false, text: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => (i + 1 < argv.length ? argv[++i] : undefined);
    if (a === '--json') args.json = true;
    else if (a === '--text') args.text = true;
    else if (a === '--jsonl' || a === '--csv' || a === '--site-pattern') {
      const v = value();
      if (!v) return `${a} needs a value`;
      if (a === '--jsonl') args.jsonl = v;
      else if (a === '--csv') args.csv = v;
      else {
        try {
          new RegExp(v, 'u');
        } catch {
          return `--site-pattern: not a regular expression: ${v}`;
        }
        args.sitePattern = v;
      }
    } else if (a === '--workers') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) return '--workers needs a whole number of at least 1';
      args.workers = n;
    } else if (a === '-' || !a.startsWith('-')) args.inputs.push(a);
    else return `unknown option ${a}`;
  }
  if (!args.inputs.length) return 'no input given';
  if (args.json && args.text) return '--json and --text cannot be combined';
  if (args.jsonl && args.jsonl === args.csv) return '--jsonl and --csv need different outputs';
  return args;
}

function single(path: string, json: boolean, text: boolean): number {
  try {
    const article = loadArticle(path);
    if (text) {
      if (article.wholePage) process.stderr.write('analyze: no article found — read the whole page\n');
      process.stdout.write(article.blocks.length ? `${article.blocks.map((b) => b.replace(/\s+/gu, ' ').trim()).join('\n\n')}\n` : '');
      return 0;
    }
    const report = analyzeBlocks(article.blocks, { url: article.url });
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, path === '-' ? 'stdin' : basename(path))}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(e instanceof InputError ? `analyze: ${e.message}\n` : `analyze: failed: ${(e as Error).message}\n`);
    return 1;
  }
}

function report(r: ResearchResult): string {
  const seconds = r.elapsedMs / 1000;
  return [
    `Research run: ${r.analysed} files analysed, ${r.skipped.length} skipped, in ${seconds.toFixed(1)} s (${(r.analysed / Math.max(seconds, 1e-3)).toFixed(1)} files/s on ${r.workers} worker${r.workers === 1 ? '' : 's'}; peak memory ${Math.round(r.peakRss / 2 ** 20)} MB)`,
    '',
    formatSummary(r.summary),
    ...(r.skipped.length ? ['', `Skipped (${r.skipped.length}):`, ...r.skipped.slice(0, 20).map((s) => `  ${s.error}`), ...(r.skipped.length > 20 ? [`  … and ${r.skipped.length - 20} more (listed above as they happened)`] : [])] : []),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (typeof args === 'string') {
    process.stderr.write(`analyze: ${args}\n${USAGE}`);
    return 2;
  }
  const research = args.jsonl !== undefined || args.csv !== undefined || args.workers !== undefined || args.sitePattern !== undefined
    || args.inputs.length > 1 || (await anyDirectory(args.inputs));
  if (!research) return single(args.inputs[0], args.json, args.text);
  if (args.json || args.text) {
    process.stderr.write(`analyze: ${args.json ? '--json' : '--text'} is for one article; use --jsonl OUT for many\n${USAGE}`);
    return 2;
  }
  const r = await runResearch({ inputs: args.inputs, jsonl: args.jsonl, csv: args.csv, workers: args.workers ?? defaultWorkers(), sitePattern: args.sitePattern });
  // With a report stream on stdout, the summary goes to stderr.
  const out = args.jsonl === '-' || args.csv === '-' ? process.stderr : process.stdout;
  out.write(`${report(r)}\n`);
  return r.analysed === 0 && r.skipped.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`analyze: failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
