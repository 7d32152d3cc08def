import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../engine/index';
import type { Report } from '../engine/types';
import { reasonCoverage, statesReason } from './reasons';

describe('the reason-stating sentence detector', () => {
  it.each([
    'The official spoke on condition of anonymity because the review is not finished.',
    'A guard, who asked not to be named for fear of losing his job, said the cells were full.',
    'Two aides, speaking anonymously to describe private talks, said the bill was dead.',
    'A Treasury official who wasn’t authorized to speak publicly confirmed the figure.',
    'The source declined to be identified, citing the sensitivity of the talks.',
  ])('finds %s', (sentence) => expect(statesReason(sentence)).toBe(true));

  it.each([
    'The official spoke on condition of anonymity.',
    'Ms. Khan said she had been denied a chance to speak.',
    'The agency was not authorized by Congress to spend the money.',
    'Officials said the bridge would reopen because repairs were done.',
  ])('passes over %s', (sentence) => expect(statesReason(sentence)).toBe(false));
});

describe('reason coverage', () => {
  const article = (blocks: string[]) => ({ id: 'a', blocks, report: analyzeBlocks(blocks) });

  it('counts a sentence as covered when a source carries the reason it states', () => {
    const c = reasonCoverage([article(['“We are not there yet,” said an official, who spoke on condition of anonymity because the negotiations are private.'])]);
    expect(c.sentences).toHaveLength(1);
    expect(c.covered).toBe(1);
    expect(c.sentences[0].carried).toBe('because the negotiations are private');
    expect(c.reasons).toBe(1);
    expect(c.undetected).toEqual([]);
  });

  it('counts a miss when the report carries nothing, and a reason found outside any detected sentence', () => {
    const blocks = ['Two aides, speaking anonymously to describe private talks, said the bill was dead.'];
    const empty: Report = { url: null, quotes: [], sources: [], anonymousMentions: [] };
    const miss = reasonCoverage([{ id: 'a', blocks, report: empty }]);
    expect([miss.sentences.length, miss.covered]).toEqual([1, 0]);
    const stray: Report = { ...empty, sources: [{ id: 's1', name: 'aides', anonymous: true, kind: 'group', mentions: [], quoteIds: [], reason: 'to settle a score' }] };
    expect(reasonCoverage([{ id: 'a', blocks, report: stray }]).undetected).toEqual(['a: to settle a score']);
  });
});
