import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScores, windows } from '../../src/cli/extraction-score';

const fixtures = 'test/fixtures/extraction';
const reference = 'test/fixtures/reference-scorer/extraction-score.py';

function run(cmd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval:extraction', () => {
  it('prints exactly what the reference score.py prints for the same predictions, page list included', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sourcelight-extraction-')), 'pred.json');
    const ours = run(process.execPath, ['--import', 'tsx', 'src/cli/eval-extraction.ts', '--dir', fixtures, '--write', out, '--pages']);
    expect(ours.code, ours.stderr).toBe(0);
    const theirs = run('python3', [reference, out, join(fixtures, 'truth.json'), '--pages']);
    expect(theirs.code, theirs.stderr).toBe(0);
    expect(ours.stdout).toBe(theirs.stdout);
    // The predictions are the page reader's: the article read, the furniture and the empty page not.
    const pred = JSON.parse(readFileSync(out, 'utf8')) as Record<string, { articleBody: string }>;
    expect(pred.plain.articleBody).toContain('“We are ready,” said Ana Silva');
    expect(pred.plain.articleBody).not.toContain('All rights reserved');
    expect(pred.furniture.articleBody).not.toMatch(/Most read|First!|Advertisement|Other story/u);
    expect(pred.empty.articleBody).toBe('');
    expect(pred.missing.articleBody).toBe('');
  });

  it('says clearly when the benchmark is not there', () => {
    const r = run(process.execPath, ['--import', 'tsx', 'src/cli/eval-extraction.ts', '--dir', 'no/such/dir']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no benchmark at no\/such\/dir/u);
  });
});

describe('npm run analyze -- page.html --text', () => {
  it('prints the article text the page reader extracted, a blank line between paragraphs', () => {
    const r = run(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', join(fixtures, 'pages/plain.html'), '--text']);
    expect(r.code, r.stderr).toBe(0);
    const paragraphs = r.stdout.trimEnd().split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toBe('“We are ready,” said Ana Silva, the harbour master, adding that ferries would run on the usual timetable.');
    expect(r.stdout).not.toMatch(/Home|Harbour reopens after the storm|All rights reserved/u);
    expect(r.stderr).toBe('');
  });

  it('says on stderr when no article was found and the whole page was read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-text-'));
    const page = join(dir, 'notes.html');
    writeFileSync(page, '<html><body><nav><a href="/">Home</a></nav><div><span>“We are ready,” said Ana Silva, the harbour master</span></div></body></html>');
    const r = run(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', page, '--text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('“We are ready,” said Ana Silva, the harbour master\n');
    expect(r.stderr).toMatch(/no article found/u);
  });
});

describe('extraction scoring', () => {
  it('cuts words as Python\'s \\w+ does: combining marks split words, underscores and digits do not', () => {
    expect([...windows('a_b c1 d e').keys()].map((k) => k.split('\u0001'))).toEqual([['a_b', 'c1', 'd', 'e']]);
    // Devanagari vowel signs are marks (Mn/Mc): re.findall(r'\w+', 'भारी बारिश हुई') gives seven words.
    expect([...windows('भारी बारिश हुई').keys()].map((k) => k.split('\u0001'))).toEqual([
      ['भ', 'र', 'ब', 'र'], ['र', 'ब', 'र', 'श'], ['ब', 'र', 'श', 'ह'], ['र', 'श', 'ह', 'ई'],
    ]);
  });

  it('scores a page as shares of common 4-word windows, counted as multisets', () => {
    expect(pageScores('one two three four five', 'one two three four')).toEqual({ precision: 1, recall: 0.5 });
    expect(pageScores('a b c d a b c d', 'a b c d')).toEqual({ precision: 1, recall: 0.2 });
    expect(pageScores('some text here now', '')).toEqual({ precision: 0, recall: 0 });
    expect(pageScores('', '')).toEqual({ precision: 1, recall: 1 });
  });
});
