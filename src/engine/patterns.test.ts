/**
 * The cheaper-to-compile patterns the anonymity readers use on ordinary text must match exactly as the Unicode
 * case-insensitive ones do, on every text they are used for: random texts from phrasing pieces, capitals, letters
 * beyond ASCII and the characters whose case folding is special.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldingPairs, whyPair } from './anonymity';
import { phraseBeforePair } from './anonymous';

const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\u00a0', '\n', ',', '.', '’', "'", '-', '—', '“', '”', 'ſ', '\u212a', 'İ', 'ı', 'é', 'Ü', 'ǅ', 'ß', '\u0345', '😀', 'K', 'S'),
  fc.constantFrom('who', 'spoke', 'on', 'condition', 'of', 'anonymity', 'not', 'to', 'be', 'named', 'identified', 'NAMED', 'Named', 'declined',
    'familiar', 'with', 'close', 'Close', 'knowledge', 'briefed', 'access', 'had', 'seen', 'the', 'a', 'two', 'senior', 'Senior', 'sources',
    'SOURCES', 'officials', 'people', 'source', 'official', 'aide', 'record', 'off', 'withheld', 'names', 'working', 'present', 'at', 'dozen',
    'thinking', 'quickly', 'and', 'that', 'in', 'room', 'zealous', 'Zurich', 'Quizzing', 'jazz', 'knowledgeable', 'about', 'involved', 'privy', 'aware', 'first-hand', 'firsthand'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

/** Every match (index and text) of a global pattern. */
function matches(re: RegExp, s: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push([m.index, m[0]]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

describe('cheap patterns match as the Unicode ones', () => {
  it('grant and access phrasings, with /i where nothing folds specially', () => {
    fc.assert(fc.property(text, (s) => {
      if (!foldingPairs().usesPlain(s)) return;
      for (const pair of [foldingPairs().GRANT, foldingPairs().ACCESS]) expect(matches(pair.plain, s)).toEqual(matches(pair.unicode, s));
    }), { numRuns: 3000 });
  });
  it('the noun phrase before an anchor, with ASCII letter classes where every letter is ASCII', () => {
    const head = fc.constantFrom('sources', 'officials', 'SOURCES', 'people', 'Officials', 'ſources', 'aide', 'insiders', 'x');
    fc.assert(fc.property(text, head, (before, last) => {
      const tail = `${before} ${last}`.slice(-80);
      if (!phraseBeforePair().usesAscii(tail)) return;
      expect(phraseBeforePair().ascii.exec(tail)?.[0]).toBe(phraseBeforePair().unicode.exec(tail)?.[0]);
      expect(phraseBeforePair().ascii.exec(tail)?.index).toBe(phraseBeforePair().unicode.exec(tail)?.index);
    }), { numRuns: 3000 });
  });
  it('the why-clause after a grant, with ASCII letter classes where every letter is ASCII', () => {
    const why = fc.constantFrom('because', 'to discuss', 'to The', 'for fear', 'citing', 'as he', 'since they', 'to reporters', 'out of concern', 'Because');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), why, text, (lead, w, rest) => {
      const s = `${lead.join(' ')} ${w} ${rest}`.slice(0, 160);
      if (!whyPair().usesAscii(s)) return;
      expect(whyPair().ascii.exec(s)?.slice(0, 3)).toEqual(whyPair().unicode.exec(s)?.slice(0, 3));
    }), { numRuns: 3000 });
  });
  it('are used for ordinary text and not for text with special folding or letters beyond ASCII', () => {
    expect(foldingPairs().usesPlain('two officials familiar with the talks, who spoke on condition of anonymity')).toBe(true);
    expect(foldingPairs().usesPlain('who asked not to be ſeen')).toBe(false);
    expect(foldingPairs().usesPlain('\u212anown')).toBe(false);
    expect(phraseBeforePair().usesAscii('the governor’s two senior\u00a0officials')).toBe(true);
    expect(phraseBeforePair().usesAscii('two Ünal officials')).toBe(false);
  });
});
