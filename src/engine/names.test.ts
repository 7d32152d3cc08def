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
  for (const [name, why] of PEOPLE) it(`${name}: ${why}`, () => expect(parseName(name.split(' '))?.isPerson).toBe(true));

  const THINGS = ['White House', 'Washington Post', 'Denver Post', 'Daily Mail', 'Weekly Standard'];
  for (const name of THINGS) it(`${name} stays an institution`, () => expect(parseName(name.split(' '))?.isPerson).toBe(false));
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

describe('a speaker shown to a reader is a whole name, not a fragment around one', () => {
  // [why, words of a capitalised run, the name parsed from it (null: no name at all)]
  const RUNS: Array<[string, string, string | null]> = [
    ['a country before a name written surname first', 'Britain Liu Xiaoming', 'Liu Xiaoming'],
    ['a country compromise does not list, before a given name', 'Philippines Maria Santos', 'Maria Santos'],
    ['a role noun capitalised only by opening the sentence', 'Developer Valve', 'Valve'],
    ['a "-maker" role before a company', 'Chipmaker Intel', 'Intel'],
    ['a surname that is also an agent noun stays', 'Baker Hughes', 'Baker Hughes'],
    ['a title run into an adverb', 'Goonies Never', null],
    ['a shouted headline in capitals', 'LAUREN ALAINA SAYS', null],
    ['acronyms in capitals stay', 'NASA JPL', 'NASA JPL'],
    ['a title before a headline\'s preposition', 'CNN President On Trump', null],
    ['a title before a name', 'CNN President Jeff Zucker', 'Jeff Zucker'],
    ['a title-case headline, its verb between a given name and a surname', 'Maria Blasts Trump', null],
    ['… and after a title', 'Pope Francis Rebukes Trump', null],
    ['a middle name in "-s" the lexicon knows stays', 'Carlos Santos Silva', 'Carlos Santos Silva'],
    ['an institution with a plural inside stays', 'National Nurses United', 'National Nurses United'],
    ['a title before a given name that is also a word', 'Committee Chairman Will Hurd', 'Will Hurd'],
  ];
  for (const [why, run, name] of RUNS) it(`${run}: ${why}`, () => expect(parseName(run.split(' '))?.bareName ?? null).toBe(name));

  // [why, paragraphs, the sources shown]
  const SOURCES: Array<[string, string[], Array<[string, string]>]> = [
    ['a role "to" a place before a name written surname first', ['China’s ambassador to Britain Liu Xiaoming has said that China will act.'], [['Liu Xiaoming', 'person']]],
    ['the role before a place and a name is that person\'s later', ['China’s ambassador to Britain Liu Xiaoming has said that China will act.', 'China’s ambassador to Britain also warned that China would not sit by.'], [['Liu Xiaoming', 'person']]],
    ['an example after "like" speaks for no one', ['But a region like Delhi demands deployment on a vast scale.'], []],
    ['"those" before a thing is no group of people', ['Those facts suggest that the receptors are old.'], []],
    ['an institution ends before "in" and its place', ['The US Embassy in New Delhi keeps its own monitor and reported that the index reached 408.'], [['US Embassy', 'organization']]],
    ['a person "of the" institution speaks, not the institution', ['Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says the risk continues.'], [['Joneigh Khaldun', 'person']]],
    ['a given name used alone is the one person named in full with it',
      ['“He was kind,” said the writer Elise Matthesen, who knew him for years.', 'In 1997, Elise wrote, she interviewed him for a convention.'], [['Elise Matthesen', 'person']]],
    ['a given name shared by two people stays apart',
      ['“He was kind,” said Elise Matthesen.', '“He was shy,” said Elise Hartmann.', 'Elise wrote that she met him in 1997.'],
      [['Elise Matthesen', 'person'], ['Elise Hartmann', 'person'], ['Elise', 'person']]],
    ['a family name written first, used alone later, is the one person named in full with it',
      ['Health official Li Jifeng said the case was isolated.', '“We are watching closely,” Li said.'], [['Li Jifeng', 'person']]],
    ['a family name written first stays apart when it is also the end of another name',
      ['Health official Li Jifeng said the case was isolated.', 'The researcher Jet Li said the risk was low.', '“We are watching closely,” Li said.'],
      [['Li Jifeng', 'person'], ['Jet Li', 'person']]],
  ];
  for (const [why, blocks, expected] of SOURCES) it(why, () => expect(sources(...blocks)).toEqual(expected));
});

describe('capitalised words that name no one', () => {
  it('a nationality of two words is no person', () => {
    expect(parseName(['Mexican', 'American'])?.isPerson).toBe(false);
    expect(parseName(['Susan', 'Morgan'])?.isPerson).toBe(true);
  });
  it('words that only qualify a noun after them ("Pacific Islander voters") are no one a pronoun may mean', () => {
    const quotes = analyzeBlocks(['At a forum for Asian American and Pacific Islander voters, the crowd was large.', 'She asked about the “two million” deported.']).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
