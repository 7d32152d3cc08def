/**
 * The files of a research run, produced one at a time so a list of any length costs no memory: named files as given,
 * directories walked depth-first (article files only: .html, .htm, .xhtml, .txt; hidden entries skipped; each
 * directory's entries sorted, so runs are repeatable), and `-` for a list of paths on stdin, one per line.
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ARTICLE_FILE = /\.(?:x?html?|txt)$/iu;

/** A directory's article files and subdirectories, sorted; one directory's listing at a time is held. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: Array<{ name: string; dir: boolean }> = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_FILE.test(e.name)) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path);
    else yield path;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // missing files are reported when read, like any other bad file
  }
}

/** Every input path, in order. */
export async function* inputPaths(args: readonly string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<string> {
  for (const arg of args) {
    if (arg === '-') {
      for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
        const path = line.trim();
        if (path) yield path;
      }
    } else if (await isDirectory(arg)) {
      yield* walk(arg);
    } else {
      yield arg;
    }
  }
}

/** How many files the run will see, counted ahead for the progress bar; null when paths come from stdin. */
export async function countInputs(args: readonly string[]): Promise<number | null> {
  if (args.includes('-')) return null;
  let n = 0;
  const paths = inputPaths(args);
  while (!(await paths.next()).done) n++;
  return n;
}

export async function anyDirectory(args: readonly string[]): Promise<boolean> {
  for (const a of args) if (a !== '-' && (await isDirectory(a))) return true;
  return false;
}
