/**
 * npm run analyze -- <file.html | file.txt | -> [--json]
 * Prints who said what in an article (or, with --json, the report only).
 */
import { basename } from 'node:path';
import { analyzeBlocks } from '../engine/index';
import { formatReport } from './format';
import { InputError, loadArticle } from './load';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json' && (a === '-' || !a.startsWith('-')));
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '-' && a !== '--json');
  if (unknown.length || files.length !== 1) {
    process.stderr.write('usage: npm run analyze -- <file.html | file.txt | -> [--json]\n');
    return 2;
  }
  const path = files[0];
  try {
    const article = loadArticle(path);
    const report = analyzeBlocks(article.blocks, { url: article.url });
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, path === '-' ? 'stdin' : basename(path))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`analyze: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`analyze: failed: ${(e as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
