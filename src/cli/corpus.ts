/**
 * Where the commands that measure (`npm run eval`, `npm run bench`) find the development corpus. The whole corpus
 * stays in `../shared/corpus`, beside the project, and is never copied in; the project keeps only the few articles its
 * tests need, in `test/fixtures/corpus`. On a clone without `../shared` the commands measure those instead and say so,
 * since their figures are then not the corpus's. Paths are relative to the project root, where npm runs scripts.
 */
import { existsSync, readdirSync } from 'node:fs';

export const SHARED_CORPUS = '../shared/corpus';
export const FIXTURE_CORPUS = 'test/fixtures/corpus';

let noted = false;

/**
 * `../shared/corpus` when it is beside the project; otherwise the test fixtures, with a note on stderr from `command`
 * (once per process: the benchmark's sections all ask).
 */
export function developmentCorpus(command: string): string {
  if (existsSync(SHARED_CORPUS)) return SHARED_CORPUS;
  if (noted) return FIXTURE_CORPUS;
  noted = true;
  const articles = readdirSync(FIXTURE_CORPUS).filter((f) => f.endsWith('.json')).length;
  process.stderr.write(`${command}: ${SHARED_CORPUS} is not beside the project; using the ${articles} articles kept as test fixtures in ${FIXTURE_CORPUS} instead (their figures are not the development corpus's)\n`);
  return FIXTURE_CORPUS;
}
