/**
 * Names that read as things: a person's name with a surname that is also an institution's head word, a given name the
 * lexicon does not know, a surname with particles. Each would otherwise be shown as an organisation, or as a second
 * source beside the same person.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { parseName } from './names';

const sources = (...blocks: string[]): Array<[string, string]> => analyzeBlocks(blocks).sources.map((s) => [s.name, s.kind]);

describe('a person, not an organisation', () => {
  const PEOPLE: Array<[string, string]> = [
    // A given name before a head word that is also a surname.
    ['Lawrence White', 'the head word "White" (as in the White House) after a given name'],
    ['Emily Post', '"Post" after a given name'],
    ['Tom House', '"House" after a given name'],
    // An unknown given name that only looks like an "-ly" adverb, before a known surname.
    ['Nealy Cox', 'an unknown given name ending in -ly'],
    // Given names the lexicon files as ordinary words only.
    ['Robin Maynard', '"Robin" is also a bird'],
    ['Christian Estrosi', '"Christian" is also an adjective'],
  ];
  for (const [name, why] of PEOPLE) it(`${name}: ${why}`, () => expect(parseName(name.split(' '))?.person).toBe(true));

  const THINGS = ['White House', 'Washington Post', 'Denver Post', 'Daily Mail', 'Weekly Standard'];
  for (const name of THINGS) it(`${name} stays an institution`, () => expect(parseName(name.split(' '))?.person).toBe(false));
});

describe('one person is one source', () => {
  it('a surname with particles ("Van Der Beek") is the person named in full before', () => {
    expect(sources('Actor Pieter Van Der Berg was voted off the show on Monday.', 'Van Der Berg said he was grateful for the support.'))
      .toEqual([['Pieter Van Der Berg', 'person']]);
  });
  it('a titled name with an unknown given name and its later surname are one person', () => {
    expect(sources('“Life there is likely,” said planetary geologist Rosaly Lopes.', 'Lopes said the probe would launch in 2031.'))
      .toEqual([['Rosaly Lopes', 'person']]);
  });
});
