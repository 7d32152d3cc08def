import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../engine/analyze';
import { englishText } from '../messages';
import { anonymityNotes, reasonLine, summarizeReport, summaryLine } from './group';

describe('the sourcing summary', () => {
  it('says how many quoted anonymous sources come with a reason for their anonymity', () => {
    const report = analyzeBlocks([
      '“The deal is close,” said an official, who spoke on condition of anonymity because the talks are private.',
      '“Nothing is signed,” said a diplomat, who requested anonymity for fear of reprisal.',
      '“We will see,” a source said.',
      '“It is a good day,” said Maria Lopez, the mayor.',
    ]);
    const s = summarizeReport(report);
    expect([s.anonymousSources, s.anonymousWithReason]).toEqual([3, 2]);
    expect(reasonLine(s, englishText)).toBe('2 of 3 anonymous sources: reason given');
    expect(summaryLine(s, englishText)).toBe('4 quotes · 4 sources · 3 anonymous');
  });

  it('says nothing about reasons when no anonymous source speaks', () => {
    const s = summarizeReport(analyzeBlocks(['“It is a good day,” said Maria Lopez, the mayor.']));
    expect(reasonLine(s, englishText)).toBeNull();
  });

  it('uses the lookup it is given, so the extension can localise it', () => {
    const s = summarizeReport(analyzeBlocks(['“It is a good day,” said Maria Lopez, the mayor.']));
    expect(summaryLine(s, (key, ...subs) => `${key}(${subs.join(',')})`)).toBe('quoteCount_one(1) · sourceCount_one(1) · summaryAnonymous(0)');
  });
});

describe('notes under an anonymous source', () => {
  it('shows the reason and an access that says more than the name', () => {
    const [official] = analyzeBlocks(['“The deal is close,” said an official briefed on the talks, who spoke on condition of anonymity because the talks are private.']).sources;
    expect(anonymityNotes(official, englishText)).toEqual(['Why unnamed: because the talks are private', 'Access: briefed on the talks']);
  });

  it('leaves out an access that only repeats the name', () => {
    const [source] = analyzeBlocks(['“We will see,” said a senior diplomatic source.']).sources;
    expect(source.access).toBe('senior diplomatic source');
    expect(anonymityNotes(source, englishText)).toEqual([]);
  });
});
