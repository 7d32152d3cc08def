import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../engine/analyze';
import { groupBySource, summarizeReport } from './group';
import { toMarkdown } from './export';

describe('the same words never twice under one source', () => {
  const report = analyzeBlocks(['Mayor Ines Duarte says the budget is “dead on arrival” in the council this year.']);

  it('lists the reported passage once, with the quotation inside it', () => {
    const groups = groupBySource(report);
    expect(groups.map((g) => [g.source?.name, g.quotes.map((q) => q.kind)])).toEqual([['Ines Duarte', ['indirect']]]);
    expect(summarizeReport(report).quotes).toBe(1);
  });

  it('exports one statement', () => {
    const md = toMarkdown(report, { url: null, title: 'Budget', date: '2026-11-29T00:00:00Z' });
    expect(md).toContain('with Sourcelight: 1 quote.');
    expect(md.match(/dead on arrival/gu)).toHaveLength(1);
  });
});
