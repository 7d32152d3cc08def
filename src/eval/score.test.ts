import { describe, expect, it } from 'vitest';
import { dice, nameNorm, overlapContent, round3, speakerOk, toks } from './score';

describe('scoring rules (as eval/score.py)', () => {
  it('rounds like Python: ties to even on the exact binary value', () => {
    expect(round3(0.8125)).toBe(0.812);
    expect(round3(0.8135)).toBe(0.814);
    expect(round3(247 / 304)).toBe(0.812);
    expect(round3(2 / 3)).toBe(0.667);
    expect(round3(1)).toBe(1);
    expect(round3(0)).toBe(0);
  });

  it('tokenises, pairs and matches speakers by the spec', () => {
    expect(toks('“We’ll see,” he said.')).toEqual(["we'll", 'see', 'he', 'said']);
    expect(dice(toks('a b c'), toks('a b d'))).toBeCloseTo(2 / 3);
    expect(overlapContent(toks('the senior diplomatic source'), toks('a source'))).toBe(1);
    expect(nameNorm("The White House's")).toBe('white house');
    const zelensky = { name: 'Volodymyr Zelensky', aliases: ['Zelensky'], type: 'person', anonymous: false };
    expect(speakerOk('President Volodymyr Zelensky', zelensky)).toBe(true);
    expect(speakerOk('Oleksandr Zelensky', zelensky)).toBe(true);
    expect(speakerOk('Putin', zelensky)).toBe(false);
    expect(speakerOk(null, undefined)).toBe(true);
  });
});
