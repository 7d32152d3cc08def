/**
 * npm run eval:extraction [-- --dir DIR] [--write FILE] [--pages] [--with readability]
 * Runs the page reader (the content script's own extraction code, through the CLI's Node DOM loader) on every page
 * of the extraction benchmark (default `../shared/extraction`), writes the predictions as score.py reads them, and
 * prints score.py's figures; `--pages` lists the pages worst recall first. `--with readability` also runs Mozilla's
 * Readability (the npm package, a development dependency only) on the same pages, for a side-by-side measure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { articleFromHtml } from './load';
import { formatPages, formatSummary, scoreExtraction, type PageRow, type Predictions, type Truth } from './extraction-score';

export const DEFAULT_DIR = '../shared/extraction';
export const DEFAULT_OUT = '.cache/eval-extraction/predictions.json';

/** The page's saved HTML: `pages/KEY.html.gz` or `pages/KEY.html`. */
function readPage(dir: string, key: string): string | null {
  const gz = join(dir, 'pages', `${key}.html.gz`);
  if (existsSync(gz)) return gunzipSync(readFileSync(gz)).toString('utf8');
  const plain = join(dir, 'pages', `${key}.html`);
  return existsSync(plain) ? readFileSync(plain, 'utf8') : null;
}

/** The article text the page reader gives for a saved page: its paragraphs, a blank line apart. */
export function extractArticleText(html: string): string {
  return articleFromHtml(html).blocks.map((b) => b.replace(/\s+/gu, ' ').trim()).join('\n\n');
}

/** Block elements whose end is a paragraph break when a DOM's text is read out. */
const BREAKS = /^(?:P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TD|TH|TR|DD|DT|SECTION|ARTICLE|UL|OL|TABLE|FIGCAPTION|BR)$/u;

/** Text of a DOM subtree with paragraph breaks, so words of two paragraphs never run together. */
function textWithBreaks(root: Node): string {
  const out: string[] = [];
  const stack: Array<Node | 'break'> = [root];
  while (stack.length) {
    const n = stack.pop() as Node | 'break';
    if (n === 'break') { out.push('\n\n'); continue; }
    if (n.nodeType === 3) { out.push((n as Text).data); continue; }
    if (n.nodeType !== 1) continue;
    if (BREAKS.test((n as Element).tagName.toUpperCase())) stack.push('break');
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  return out.join('').split(/\n\n+/u).map((p) => p.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n\n');
}

/** Mozilla Readability's article text for a page (run on a Node DOM, as its own tests do). */
async function readabilityText(html: string): Promise<string> {
  const { Readability } = await import('@mozilla/readability');
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return '';
  const { document: out } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  return textWithBreaks(out.body);
}

export type Extractor = (html: string) => string | Promise<string>;

export async function predictAll(dir: string, extract: Extractor = extractArticleText): Promise<Predictions> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const pred: Predictions = {};
  for (const key of Object.keys(truth)) {
    const html = readPage(dir, key);
    pred[key] = { articleBody: html === null ? '' : await extract(html) };
  }
  return pred;
}

async function main(argv: string[]): Promise<number> {
  const at = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = at('--dir') ?? DEFAULT_DIR;
  const out = at('--write') ?? DEFAULT_OUT;
  if (!existsSync(join(dir, 'truth.json')) || !existsSync(join(dir, 'pages'))) {
    process.stderr.write(`eval:extraction: no benchmark at ${dir} (expected truth.json and pages/); give --dir DIR\n`);
    return 1;
  }
  const t0 = performance.now();
  const pred = await predictAll(dir);
  const ms = performance.now() - t0;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(pred));
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const { summary, rows } = scoreExtraction(truth, pred);
  process.stdout.write(`${formatSummary(summary)}\n`);
  if (argv.includes('--pages')) process.stdout.write(`${formatPages(rows).join('\n')}\n`);
  const empty = rows.filter((r) => !pred[r.key].articleBody).length;
  const below = rows.filter((r) => r.recall < 0.5).length;
  process.stderr.write(`${rows.length} pages read in ${(ms / 1000).toFixed(1)} s; recall < 0.5 on ${below}, nothing extracted on ${empty}; predictions in ${out} (score with: python3 ${join(dir, 'score.py')} ${out})\n`);
  if (at('--with') === 'readability') {
    const theirs = await predictAll(dir, readabilityText);
    const scored = scoreExtraction(truth, theirs);
    process.stdout.write(`Mozilla Readability (@mozilla/readability on linkedom), same pages:\n${formatSummary(scored.summary)}\n`);
    if (argv.includes('--pages')) {
      // Side by side, the pages where the two differ most in recall first.
      const byKey = new Map(scored.rows.map((r) => [r.key, r]));
      const diff = rows.map((r) => ({ r, o: byKey.get(r.key) as PageRow })).sort((a, b) => Math.abs(b.r.recall - b.o.recall) - Math.abs(a.r.recall - a.o.recall));
      for (const { r, o } of diff.slice(0, 30)) process.stdout.write(`ours R ${r.recall.toFixed(3)} P ${r.precision.toFixed(3)} | readability R ${o.recall.toFixed(3)} P ${o.precision.toFixed(3)}  ${r.key.slice(0, 12)}  ${r.url}\n`);
    }
  }
  return 0;
}

if (process.argv[1] && /eval-extraction\.ts$/u.test(process.argv[1])) void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
