/**
 * npm run eval [-- --verbose] [--corpus DIR] [--write DIR]
 * Runs the engine on every article of the development corpus (../shared/corpus beside the project, or the few kept as
 * test fixtures when it is not there: see ./corpus.ts), from its .txt and from its .html, and prints
 * precision, recall and F1 as spec/report.md defines them (the same figures as eval/score.py).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBlocks, type ClauseTrace } from '../engine/index';
import { formatReasonCoverage } from '../eval/reasons';
import { scoreArticle, summarize, type ArticleResult, type Gold, type KindSummary, type Summary } from '../eval/score';
import { developmentCorpus } from './corpus';
import { articleFromHtml, articleFromText } from './load';

export interface EvalArticle {
  id: string;
  result: ArticleResult;
  /** With `trace`: for each missed quote (direct misses, then indirect), the clauses the engine found around it. */
  nearMisses?: { direct: string[]; indirect: string[] };
}

export interface EvalRun {
  mode: 'text' | 'html';
  summary: Summary;
  articles: EvalArticle[];
}

/** The attribution clauses found in the paragraph that holds `text` (by its opening words), as "rule 'cue'". */
function clausesNear(text: string, blocks: readonly string[], clauses: readonly ClauseTrace[]): string {
  const probe = text.replace(/^[\s"“”'‘’]+/u, '').slice(0, 30);
  const block = probe ? blocks.findIndex((b) => b.includes(probe)) : -1;
  if (block < 0) return 'not found verbatim in the input';
  const at = blocks[block].indexOf(probe);
  const near = clauses.filter((c) => c.span.block === block && c.span.end > at - 200 && c.span.start < at + text.length + 200);
  return near.length ? near.map((c) => `${c.rule} '${c.cue}'`).join(', ') : 'no clause found';
}

export function evaluate(corpus: string, mode: 'text' | 'html', writeDir?: string, trace = false): EvalRun {
  const ids = readdirSync(corpus).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const articles: EvalArticle[] = [];
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(corpus, `${id}.json`), 'utf8')) as Gold;
    const body = readFileSync(join(corpus, `${id}.txt`), 'utf8');
    const htmlPath = join(corpus, `${id}.html`);
    // Articles without a saved page (the seed) are scored from their text in both modes.
    const article = mode === 'html' && existsSync(htmlPath) ? articleFromHtml(readFileSync(htmlPath, 'utf8')) : articleFromText(body);
    const report = analyzeBlocks(article.blocks, { url: article.url, trace });
    const clauses = report.clauses ?? [];
    delete report.clauses;
    if (writeDir) {
      mkdirSync(writeDir, { recursive: true });
      writeFileSync(join(writeDir, `${id}.json`), JSON.stringify(report, null, 1));
    }
    const result = scoreArticle(gold, report, body, mode === 'html');
    const nearMisses = trace ? {
      direct: result.direct.misses.map((m) => clausesNear(m, article.blocks, clauses)),
      indirect: result.indirect.misses.map((m) => clausesNear(m, article.blocks, clauses)),
    } : undefined;
    articles.push({ id, result, nearMisses });
  }
  return { mode, summary: summarize(articles.map((a) => a.result)), articles };
}

function pct(x: number): string {
  return x.toFixed(3);
}

/** Share of paired, speaker-scored quotes (direct and reported together) whose non-empty speaker is wrong. */
export function wrongShare(run: EvalRun): number {
  let wrong = 0;
  let scored = 0;
  for (const { result: r } of run.articles) {
    for (const k of ['direct', 'indirect'] as const) { wrong += r[k].speaker_wrong; scored += r[k].speaker_n; }
  }
  return scored ? wrong / scored : 0;
}

export function formatRun(run: EvalRun, verbose: boolean): string {
  const s = run.summary;
  const n = (x: number, w: number): string => String(x).padStart(w);
  const row = (label: string, k: { P: number; R: number; F1: number; gold: number; pred: number; tp: number }, tail = ''): string =>
    `${label.padEnd(17)}${pct(k.P)}  ${pct(k.R)}  ${pct(k.F1)}  ${n(k.gold, 5)}  ${n(k.pred, 5)}  ${n(k.tp, 5)}${tail}`;
  const speakers = (k: KindSummary): string => `  ${pct(k.speaker_acc)}  ${pct(k.speaker_wrong_share)}`;
  const lines = [
    `== ${run.mode === 'text' ? 'text input (.txt)' : 'page input (.html)'}: ${run.articles.length} articles`,
    `                 P      R      F1      gold   pred     tp  speaker-acc  wrong-speaker`,
    row('direct quotes', s.direct, speakers(s.direct)),
    row('indirect quotes', s.indirect, speakers(s.indirect)),
    row('anon. mentions', s.mentions),
    row('attributed', s.attributed, `  wrong-speaker share, both kinds: ${pct(wrongShare(run))}`),
  ];
  if (verbose) {
    for (const { id, result: r, nearMisses } of run.articles) {
      lines.push(`-- ${id}: direct ${r.direct.tp}/${r.direct.gold} (pred ${r.direct.pred}); indirect ${r.indirect.tp}/${r.indirect.gold} (pred ${r.indirect.pred}); mentions ${r.mentions.tp}/${r.mentions.gold} (pred ${r.mentions.pred})`);
      for (const k of ['direct', 'indirect'] as const) {
        r[k].misses.forEach((m, i) => lines.push(`   miss ${k}: ${JSON.stringify(m)}${nearMisses ? `  [near: ${nearMisses[k][i]}]` : ''}`));
        r[k].false.forEach((m, i) => lines.push(`   false ${k}: ${JSON.stringify(m)}  [${r[k].false_rules[i]}]`));
        r[k].wrong_speaker.forEach(([text, gold, pred], i) => lines.push(`   speaker ${k}: ${JSON.stringify(text)} gold=${gold} got=${pred}  [${r[k].wrong_rules[i]}]`));
      }
      for (const m of r.mentions.misses) lines.push(`   miss mention: ${JSON.stringify(m)}`);
      for (const m of r.mentions.false) lines.push(`   false mention: ${JSON.stringify(m)}`);
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const corpusAt = argv.indexOf('--corpus');
  const writeAt = argv.indexOf('--write');
  const corpus = corpusAt >= 0 ? argv[corpusAt + 1] : developmentCorpus('eval');
  const writeDir = writeAt >= 0 ? argv[writeAt + 1] : undefined;
  if (!existsSync(corpus)) {
    process.stderr.write(`eval: corpus not found: ${corpus}\n`);
    return 1;
  }
  const modes: Array<'text' | 'html'> = argv.includes('--text') ? ['text'] : argv.includes('--html') ? ['html'] : ['text', 'html'];
  for (const mode of modes) {
    const run = evaluate(corpus, mode, writeDir ? join(writeDir, mode) : undefined, verbose);
    process.stdout.write(`${formatRun(run, verbose)}\n\n`);
  }
  process.stdout.write(`${formatReasonCoverage(corpus, verbose)}\n`);
  return 0;
}

if (process.argv[1] && /eval\.ts$/u.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
