import { describe, expect, it } from 'vitest';
import { plural, t } from './i18n';
import { summaryLine } from './report/group';

describe('UI strings', () => {
  it('choose the plural form the language’s rules give for the number', () => {
    expect(plural('quoteCount', 1)).toBe('1 quote');
    expect(plural('quoteCount', 0)).toBe('0 quotes');
    expect(plural('quoteCount', 2)).toBe('2 quotes');
    expect(plural('sourceCount', 1)).toBe('1 source');
    expect(plural('sourcingAnonymousShare', 1, plural('quoteCount', 1))).toBe('1 of 1 quote rests on anonymous sources');
    expect(plural('sourcingAnonymousShare', 13, plural('quoteCount', 15))).toBe('13 of 15 quotes rest on anonymous sources');
    expect(t('sourcingNamed', 1, plural('quoteCount', 1))).toBe('Named sources: 1 (1 quote)');
  });

  it('make the summary line read right for one of each', () => {
    const one = { quotes: 1, direct: 1, indirect: 0, sources: 1, anonymousSources: 0, anonymousQuotes: 0, namedQuotes: 1, anonymousWithReason: 0 };
    expect(summaryLine(one, t)).toBe('1 quote · 1 source · 0 anonymous');
    expect(summaryLine({ ...one, quotes: 15, sources: 3, anonymousSources: 1 }, t)).toBe('15 quotes · 3 sources · 1 anonymous');
  });
});
