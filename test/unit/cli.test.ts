import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types';

const corpus = 'test/fixtures/corpus';

function analyze(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run analyze', () => {
  it('prints who said what in the seed article, sources grouped and anonymous marked', () => {
    const r = analyze(join(corpus, 'seed-jerusalem-talks.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Volodymyr Zelensky {2}\(person\)$/mu);
    expect(r.stdout).toMatch(/^senior diplomatic source {2}\[anonymous\] {2}\(person\)$/mu);
    expect(r.stdout).toContain('said: “We have to see if we can really be helpful,”');
  });

  it('prints the report alone with --json', () => {
    const r = analyze(join(corpus, 'seed-jerusalem-talks.txt'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const zelensky = report.quotes.find((q) => q.text.startsWith('at present'));
    expect(zelensky?.speaker).toBe('Volodymyr Zelensky');
    const anonymous = report.sources.find((s) => s.anonymous);
    expect(anonymous?.name).toBe('senior diplomatic source');
    expect(report.anonymousMentions[0]).toMatchObject({ text: 'a senior diplomatic source', sourceId: anonymous?.id });
  });

  it('reads a whole saved page through the DOM extraction code', () => {
    const r = analyze(join(corpus, 'rdb-telegraph.html'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.anonymousMentions.map((m) => m.text)).toContain('a senior political source');
    // Navigation and related links stay out: no quote from outside the article text.
    expect(report.quotes.length).toBeGreaterThan(3);
  });

  it('reads stdin when given -', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', '-', '--json'], { encoding: 'utf8', input: '“It works,” said Ada Byron.' });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Report).quotes[0].speaker).toBe('Ada Byron');
  });

  it('gives an empty report, not an error, for an article without quotes', () => {
    const r = analyze('test/fixtures/pages/no-quotes.txt', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ quotes: [], sources: [], anonymousMentions: [] });
    expect(analyze('test/fixtures/pages/no-quotes.txt').stdout).toContain('No quotes or reported speech found.');
  });

  it('refuses missing, empty and binary files with a one-line error and a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    // (A directory is research mode: test/unit/research.test.ts.)
    for (const [file, message] of [[join(dir, 'nope.txt'), 'no such file'], [join(dir, 'empty.txt'), 'empty input'], [join(dir, 'blob.txt'), 'binary data']]) {
      const r = analyze(file);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
    expect(analyze().code).toBe(2);
  });

  it('shows hostile text as text: control and bidi characters escaped in the listing', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', '-'], { encoding: 'utf8', input: '“<img src=x onerror=alert(1)> \u202Eevil\u001b[31m,” said Eve Mallory.' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<img src=x onerror=alert(1)>');
    expect(r.stdout).not.toContain('\u202E');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('\\u202e');
  });
});
