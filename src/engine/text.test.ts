import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { remembered, rememberedBy, splitSentences, startsLowerCase, tokenize } from './text';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.charStart, s.charEnd));

describe('splitSentences', () => {
  it('keeps titles, initials and abbreviations inside a sentence', () => {
    expect(sentences('Mr. Smith met Dr. Jones in the U.S. capital. They talked.')).toEqual(['Mr. Smith met Dr. Jones in the U.S. capital.', 'They talked.']);
    expect(sentences('George W. Bush spoke. Then he left.')).toEqual(['George W. Bush spoke.', 'Then he left.']);
    expect(sentences('“We lost,” says J.J. Moreau, a trainer. He left.')).toEqual(['“We lost,” says J.J. Moreau, a trainer.', 'He left.']);
  });

  it.each([
    ['She kept telling me no. When she let me go, I left.', ['She kept telling me no.', 'When she let me go, I left.']],
    ['He wore No. 7 for years. He retired.', ['He wore No. 7 for years.', 'He retired.']],
    ['The answer was no. Then came the vote.', ['The answer was no.', 'Then came the vote.']],
  ])('reads "no." as an abbreviation only before a number: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['The game does not run in native 4K. Google confirmed it.', ['The game does not run in native 4K.', 'Google confirmed it.']],
    ['She wants to bring back the 1990s. She said so.', ['She wants to bring back the 1990s.', 'She said so.']],
    ['The mast carries 5G. The council approved it.', ['The mast carries 5G.', 'The council approved it.']],
  ])('ends a sentence after a letter glued to a number, which is no initial: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps a closing quote mark with its sentence and does not split before a lower-case attribution', () => {
    expect(sentences('“It is over.” She left. “Why?” he asked.')).toEqual(['“It is over.”', 'She left.', '“Why?” he asked.']);
  });
});

describe('tokenize', () => {
  it('keeps inner apostrophes, ampersands and dots in words', () => {
    expect(tokenize('PG&E’s U.S. co-founder didn’t.').map((t) => t.surface)).toEqual(['PG&E’s', 'U.S', '.', 'co-founder', 'didn’t', '.']);
  });
  it('gives no token to the dot of a month’s abbreviation before its day, which ends no phrase', () => {
    expect(tokenize('said on Oct. 26 that, in Oct. it').map((t) => t.surface)).toEqual(['said', 'on', 'Oct', '26', 'that', ',', 'in', 'Oct', '.', 'it']);
  });
  it('keeps a combining accent in its word: a name written decomposed is one word, and a whole speaker', () => {
    const decomposed = 'José González'.normalize('NFD');
    expect(tokenize(decomposed).map((t) => t.surface)).toEqual(decomposed.split(' '));
    const r = analyzeBlocks([`“We will win the vote,” said ${decomposed}, the mayor of Lima.`]);
    expect(r.quotes[0]?.speaker).toBe(decomposed);
  });
});

describe('remembered', () => {
  it('asks the function once per key, false and null answers included, and forgets all past its limit', () => {
    const asked: string[] = [];
    const f = remembered((w: string) => { asked.push(w); return w === 'b' ? null : w.length > 1; }, 3);
    expect([f('a'), f('b'), f('cc'), f('a'), f('b'), f('cc')]).toEqual([false, null, true, false, null, true]);
    expect(asked).toEqual(['a', 'b', 'cc']);
    f('d'); // the fourth key clears the three before it
    f('a');
    expect(asked).toEqual(['a', 'b', 'cc', 'd', 'a']);
  });

  it('rememberedBy answers by the key, whatever the other arguments', () => {
    let calls = 0;
    const f = rememberedBy((words: readonly string[]) => { calls++; return words.length; });
    expect(f('x y', ['x', 'y'])).toBe(2);
    expect(f('x y', ['x', 'y'])).toBe(2);
    expect(calls).toBe(1);
  });
});

describe('startsLowerCase', () => {
  it.each([
    ['workers', true], ['Workers', false], ['3rd', false], ['', false], ['état', true], ['École', false], ['ßtraße', true],
  ])('%s → %s, as /^\\p{Ll}/u says', (word, lower) => {
    expect(startsLowerCase(word)).toBe(lower);
    expect(/^\p{Ll}/u.test(word)).toBe(lower);
  });
});
