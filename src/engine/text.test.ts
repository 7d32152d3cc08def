import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './text';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps titles, initials and abbreviations inside a sentence', () => {
    expect(sentences('Mr. Smith met Dr. Jones in the U.S. capital. They talked.')).toEqual(['Mr. Smith met Dr. Jones in the U.S. capital.', 'They talked.']);
    expect(sentences('George W. Bush spoke. Then he left.')).toEqual(['George W. Bush spoke.', 'Then he left.']);
    expect(sentences('“We lost,” says J.J. Moreau, a trainer. He left.')).toEqual(['“We lost,” says J.J. Moreau, a trainer.', 'He left.']);
  });

  it('keeps a closing quote mark with its sentence and does not split before a lower-case attribution', () => {
    expect(sentences('“It is over.” She left. “Why?” he asked.')).toEqual(['“It is over.”', 'She left.', '“Why?” he asked.']);
  });
});

describe('tokenize', () => {
  it('keeps inner apostrophes, ampersands and dots in words', () => {
    expect(tokenize('PG&E’s U.S. co-founder didn’t.').map((t) => t.text)).toEqual(['PG&E’s', 'U.S', '.', 'co-founder', 'didn’t', '.']);
  });
});
