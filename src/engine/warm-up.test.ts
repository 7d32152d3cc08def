import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { WARM_UP_PARAGRAPHS, warmUpSteps } from './warm-up';

describe('the warm-up article', () => {
  it('takes the engine through quotes, reported speech and anonymous sources with reason and access, one step a paragraph', () => {
    const kinds = new Set<string>();
    let reason = false;
    let access = false;
    for (const p of WARM_UP_PARAGRAPHS) {
      const r = analyzeBlocks([p]);
      for (const q of r.quotes) kinds.add(`${q.kind}:${q.anonymous ? 'anonymous' : 'named'}`);
      reason ||= r.sources.some((s) => s.anonymous && s.reason);
      access ||= r.sources.some((s) => s.anonymous && s.access);
    }
    expect([...kinds].sort()).toEqual(['direct:anonymous', 'direct:named', 'indirect:anonymous', 'indirect:named']);
    expect(reason && access).toBe(true);
    expect(warmUpSteps()).toHaveLength(WARM_UP_PARAGRAPHS.size);
    for (const step of warmUpSteps()) expect(step).not.toThrow();
  });
});
