import { describe, expect, it } from 'vitest';
import { progressLine } from './progress';
import { formatSummary, OTHER_SITES, SiteSummary, TopCounter } from './summary';

describe('TopCounter (Space-Saving)', () => {
  it('counts exactly while the keys fit', () => {
    const c = new TopCounter(10);
    for (const k of ['a', 'b', 'a', 'c', 'a', 'b']) c.add(k);
    expect(c.top(2)).toEqual([['a', 3], ['b', 2]]);
  });

  it('keeps the heavy hitters of a long stream of distinct keys in bounded space', () => {
    const c = new TopCounter(20);
    for (let i = 0; i < 5000; i++) {
      c.add(`rare-${i}`);
      if (i % 5 === 0) c.add('frequent');
      if (i % 10 === 0) c.add('common');
    }
    expect(c.size).toBe(20);
    expect(c.top(2).map(([k]) => k)).toEqual(['frequent', 'common']);
  });
});

describe('SiteSummary', () => {
  it('adds articles, quotes, the anonymous share and the voices per site and in total', () => {
    const s = new SiteSummary();
    s.add({ site: 'a.example', quotes: 10, anonymousQuotes: 4, voices: [['Ana Silva', 3], ['Tom Brandt', 1]] });
    s.add({ site: 'a.example', quotes: 2, anonymousQuotes: 0, voices: [['Tom Brandt', 2]] });
    s.add({ site: 'b.example', quotes: 0, anonymousQuotes: 0, voices: [] });
    const { sites, total } = s.rows();
    expect(sites.map((r) => [r.site, r.articles, r.quotes, r.anonymousQuotes])).toEqual([['a.example', 2, 12, 4], ['b.example', 1, 0, 0]]);
    expect(sites[0].topVoices).toEqual([['Ana Silva', 3], ['Tom Brandt', 3]]);
    expect(total).toMatchObject({ articles: 3, quotes: 12, anonymousQuotes: 4 });
    const text = formatSummary(s);
    expect(text).toMatch(/^a\.example +2 +12 +33\.3% +Ana Silva \(3\), Tom Brandt \(3\)$/mu);
    expect(text).toMatch(/^b\.example +1 +0 +— +$/mu);
    expect(text).toMatch(/^all sites +3 +12 +33\.3% /mu);
  });

  it('pools the sites beyond its cap', () => {
    const s = new SiteSummary(2);
    for (const site of ['a', 'b', 'c', 'd', 'a']) s.add({ site, quotes: 1, anonymousQuotes: 0, voices: [] });
    expect(s.rows().sites.map((r) => [r.site, r.articles])).toEqual([['a', 2], ['b', 1], [OTHER_SITES, 2]]);
  });
});

describe('the progress line', () => {
  it('shows a bar, the count, the share and the rate when the total is known', () => {
    const line = progressLine({ done: 378, skipped: 1, total: 756, elapsedMs: 3000 }, 80);
    expect(line).toMatch(/^\[(█+)(·+)\] {2}378\/756 {2}50% {2}126\.0 files\/s {2}1 skipped$/u);
    const [, full, empty] = /^\[(█+)(·+)\]/u.exec(line) ?? [];
    expect(Math.abs(full.length - empty.length)).toBeLessThanOrEqual(1);
    expect(line.length).toBeLessThan(80);
  });

  it('shows the count and rate alone for a list on stdin, and fits narrow terminals', () => {
    expect(progressLine({ done: 10, skipped: 0, total: null, elapsedMs: 2000 })).toBe('10 files  5.0 files/s');
    expect(progressLine({ done: 1, skipped: 0, total: 2, elapsedMs: 1 }, 20).length).toBeLessThan(20);
  });
});
