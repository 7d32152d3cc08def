import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../engine/analyze';
import { exportName, toCsv, toJson, toMarkdown } from './export';

const page = { url: 'https://news.example/story', title: 'Harbour <b>reopens</b>', date: '2026-11-25T21:00:00.000Z' };
const report = analyzeBlocks([
  "“=HYPERLINK('http://evil') is fine, with <img src=x onerror=alert(1)>,” said Eve Mallory.",
  'Officials said the port would reopen, according to people familiar with the matter.',
]);

describe('exports', () => {
  it('writes Markdown grouped by source, anonymous marked, markup escaped', () => {
    const out = toMarkdown(report, page);
    expect(out).toContain('# Who said what: Harbour \\<b\\>reopens\\</b\\>');
    expect(out).toContain('Source: <https://news.example/story>');
    expect(out).toContain('## Eve Mallory');
    expect(out).toContain('## officials (anonymous)');
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).not.toMatch(/(^|[^\\])<img/mu);
  });

  it('writes CSV with one row per quote, quoting and neutralising formulas', () => {
    const lines = toCsv(report, page).trim().split('\r\n');
    expect(lines[0]).toBe('quote_id,kind,speaker,anonymous,source_kind,cue,text,page_url,page_title,date,anonymity_reason,source_access');
    expect(lines).toHaveLength(report.quotes.length + 1);
    const eve = lines.find((l) => l.includes('Eve Mallory')) ?? '';
    expect(eve).toContain(`"'=HYPERLINK('http://evil') is fine, with <img src=x onerror=alert(1)>,"`);
    expect(lines.some((l) => l.includes(',indirect,officials,true,group,said,'))).toBe(true);
  });

  it('carries why an anonymous source is unnamed and what vouches for it, in every format', () => {
    const anon = analyzeBlocks(['“The deal is close,” said a senior diplomatic source, who spoke on condition of anonymity to discuss private deliberations.']);
    const md = toMarkdown(anon, page);
    expect(md).toContain('## senior diplomatic source (anonymous)');
    expect(md).toContain('*Why unnamed:* to discuss private deliberations');
    expect(md).toContain('*Access:* senior diplomatic source');
    const [header, row] = toCsv(anon, page).trim().split('\r\n');
    expect(header.endsWith(',anonymity_reason,source_access')).toBe(true);
    expect(row.endsWith(',to discuss private deliberations,senior diplomatic source')).toBe(true);
    const json = JSON.parse(toJson(anon, page)) as { sources: Array<{ reason?: string; access?: string }> };
    expect(json.sources[0]).toMatchObject({ reason: 'to discuss private deliberations', access: 'senior diplomatic source' });
  });

  it('writes the report as JSON with the page URL, title and date', () => {
    const parsed = JSON.parse(toJson(report, page)) as { url: string; title: string; date: string; quotes: unknown[] };
    expect(parsed).toMatchObject({ url: page.url, title: page.title, date: page.date });
    expect(parsed.quotes).toHaveLength(report.quotes.length);
  });

  it('names files safely', () => {
    expect(exportName(page, 'csv')).toBe('sourcelight-harbour-b-reopens-b-2026-11-25.csv');
    expect(exportName({ ...page, title: '../../etc/passwd' }, 'json')).toBe('sourcelight-etc-passwd-2026-11-25.json');
  });
});
