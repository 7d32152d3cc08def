import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/engine/index';
import { loadArticle } from '../../src/cli/load';

const corpus = 'test/fixtures/corpus';

function analyze(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8', input, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** JSONL lines as [path, the report's raw JSON text]. */
function lines(file: string): Array<[string, string]> {
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => {
    const m = /^\{"path":("(?:[^"\\]|\\.)*"),"report":(.*)\}$/u.exec(line);
    if (!m) throw new Error(`not a JSONL report line: ${line.slice(0, 80)}`);
    return [JSON.parse(m[1]) as string, m[2]];
  });
}

describe('research mode: npm run analyze -- DIR --jsonl OUT --csv OUT', () => {
  const out = mkdtempSync(join(tmpdir(), 'sourcelight-research-'));
  const jsonl = join(out, 'reports.jsonl');
  const csv = join(out, 'quotes.csv');
  let run: ReturnType<typeof analyze>;
  // One run for the three tests below; a busy machine can take well over the default hook time.
  beforeAll(() => { run = analyze([corpus, '--jsonl', jsonl, '--csv', csv, '--workers', '2']); }, 120_000);

  it('analyses every article file of the directory, in order, and prints a per-site summary', () => {
    expect(run.code).toBe(0);
    const paths = lines(jsonl).map(([p]) => p);
    expect(paths).toHaveLength(6);
    expect(paths).toEqual([...paths].sort());
    expect(paths.every((p) => /\.(?:html|txt)$/u.test(p))).toBe(true);
    expect(run.stdout).toMatch(/^Research run: 6 files analysed, 0 skipped, in [\d.]+ s \([\d.]+ files\/s on 2 workers; peak memory \d+ MB\)$/mu);
    expect(run.stdout).toMatch(/^site +articles +quotes +anonymous +top voices \(quotes\)$/mu);
    expect(run.stdout).toMatch(/^all sites +6 +\d+ +[\d.]+% +\S/mu);
    // Pages with a canonical URL are summarised under their site.
    expect(run.stdout).toMatch(/^telegraph\.co\.uk +1 /mu);
  });

  it('writes reports equal, byte for byte, to the single-file reports', () => {
    for (const [path, json] of lines(jsonl)) {
      const article = loadArticle(path);
      expect([path, json]).toEqual([path, JSON.stringify(analyzeBlocks(article.blocks, { url: article.url }))]);
    }
    // And through the single-file command itself, for a text and a page.
    for (const path of [join(corpus, 'seed-jerusalem-talks.txt'), join(corpus, 'rdb-telegraph.html')]) {
      const single = analyze([path, '--json']);
      expect(single.code).toBe(0);
      expect(lines(jsonl).find(([p]) => p === path)?.[1]).toBe(JSON.stringify(JSON.parse(single.stdout)));
    }
  });

  it('writes one CSV row per quote, with the file, its site and the anonymity notes', () => {
    const rows = readFileSync(csv, 'utf8').split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('path,site,page_url,quote_id,kind,speaker,anonymous,source_kind,cue,text,anonymity_reason,source_access');
    const quotes = lines(jsonl).reduce((n, [, json]) => n + (JSON.parse(json) as { quotes: unknown[] }).quotes.length, 0);
    expect(rows).toHaveLength(quotes + 1);
    expect(rows.some((r) => r.startsWith(`${join(corpus, 'seed-jerusalem-talks.txt')},(no URL),,q1,`))).toBe(true);
  });
});

describe('research mode with bad input', () => {
  it('reports and skips a bad file, never losing the run; reads the list of paths from stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-research-bad-'));
    writeFileSync(join(dir, 'a-good.txt'), '“The bridge will reopen in May,” said Maria Lopez, the city engineer.\n');
    writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    writeFileSync(join(dir, 'c-empty.txt'), '');
    writeFileSync(join(dir, 'd-good.html'), '<!doctype html><html><head><link rel="canonical" href="https://news.example/d"></head><body><article><p>“Prices will fall,” Ana Silva said.</p></article></body></html>');
    const jsonl = join(dir, 'out.jsonl');
    const list = ['a-good.txt', 'b-binary.txt', 'missing.txt', 'c-empty.txt', 'd-good.html'].map((f) => join(dir, f)).join('\n');
    const r = analyze(['-', '--jsonl', jsonl], `${list}\n`);
    expect(r.code).toBe(0);
    expect(lines(jsonl).map(([p]) => p)).toEqual([join(dir, 'a-good.txt'), join(dir, 'd-good.html')]);
    expect(r.stderr).toContain('skipped');
    expect(r.stderr).toContain('b-binary.txt: binary data');
    expect(r.stderr).toContain('missing.txt: no such file');
    expect(r.stderr).toContain('c-empty.txt: empty input');
    expect(r.stdout).toMatch(/^Research run: 2 files analysed, 3 skipped/mu);
    expect(r.stdout).toMatch(/^news\.example +1 +1 +0\.0% +Ana Silva \(1\)$/mu);
  });

  it('refuses bad options with the usage', () => {
    expect(analyze([corpus, '--workers', '0']).code).toBe(2);
    expect(analyze([corpus, '--site-pattern', '(']).code).toBe(2);
    expect(analyze([corpus, '--json']).code).toBe(2);
    expect(analyze([corpus, '--jsonl']).stderr).toContain('--jsonl needs a value');
  });
});
