import { describe, expect, it } from 'vitest';
import { collectWordSets, compressWordLists, compromiseLexicon, inputStamp, packWordSets, WORD_SETS } from '../../scripts/wordlists';
import { nameLexicon } from '../../src/engine/lexicon';
import { GIVEN_NAMES_ALSO_WORDS } from '../../src/engine/tables/words';
import { loadWordLists, unpackGroups, wordSets } from '../../src/engine/wordlists';
import { PACKED, SET_NAMES } from '../../src/engine/wordlists.generated';

const { lexicon } = await compromiseLexicon();

describe('word lists generated from compromise', () => {
  it('hold exactly the words compromise tags for each set', () => {
    const expected = collectWordSets(lexicon);
    expect([...SET_NAMES]).toEqual(Object.keys(WORD_SETS));
    const sets = wordSets();
    for (const name of SET_NAMES) {
      expect(expected[name].length, name).toBeGreaterThan(50);
      expect([...sets[name]].sort(), name).toEqual(expected[name]);
    }
  });

  it('are current: generated from this compromise and this generator', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('src/engine/wordlists.generated.ts', 'utf8')).toContain(`// input stamp: ${inputStamp()}\n`);
  });

  it('give the engine the same name lexicon as reading compromise directly', () => {
    // The engine's earlier reading of compromise, kept here as the reference.
    const first = new Map<string, 'm' | 'f' | 'u'>();
    const sets = { familyNames: new Set<string>(), orgs: new Set<string>(), places: new Set<string>(), nouns: new Set<string>(), actors: new Set<string>() };
    const NOUN = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);
    for (const [word, tag] of Object.entries(lexicon)) {
      for (const t of Array.isArray(tag) ? tag : [tag]) {
        if (t === 'MaleName') first.set(word, first.get(word) === 'f' ? 'u' : 'm');
        else if (t === 'FemaleName') first.set(word, first.get(word) === 'm' ? 'u' : 'f');
        else if (t === 'FirstName') first.set(word, 'u');
        else if (t === 'Organization' || t === 'SportsTeam') sets.orgs.add(word);
        else if (t === 'Country' || t === 'City' || t === 'Place' || t === 'Region') sets.places.add(word);
        else if (t === 'LastName') sets.familyNames.add(word);
        if (NOUN.has(t)) sets.nouns.add(word);
        if (t === 'Actor') sets.actors.add(word);
      }
    }
    // The engine adds a few given names compromise files only as ordinary words (tables/words.ts).
    for (const [w, g] of Object.entries(GIVEN_NAMES_ALSO_WORDS)) if (!first.has(w)) first.set(w, g);
    const lex = nameLexicon();
    expect(new Map([...lex.givenNames].sort())).toEqual(new Map([...first].sort()));
    expect(lex.givenNames.get('mary')).toBe('f');
    expect(lex.givenNames.get('john')).toBe('m');
    // Surnames, nouns and actors are asked about one token at a time, and a token never holds a space: the lists
    // keep no multi-word entries there ("de la cruz", "credit card", "prime ministers").
    const oneToken = new Set(['familyNames', 'nouns', 'actors']);
    for (const k of Object.keys(sets) as Array<keyof typeof sets>) {
      expect([...lex[k]].sort(), k).toEqual([...sets[k]].filter((w) => !oneToken.has(k) || !w.includes(' ')).sort());
    }
  });

  it('leave out only adjectives that isCommon() already knows by suffix, and no adjective a verb test asks about', () => {
    const lex = nameLexicon();
    const left = Object.entries(lexicon).filter(([w, tag]) => (Array.isArray(tag) ? tag : [tag]).some((t) => ['Adjective', 'Comparative', 'Superlative'].includes(t)) &&
      !w.includes(' ') && !lex.adjectives.has(w)).map(([w]) => w);
    expect(left.length).toBeGreaterThan(100);
    for (const w of left) {
      expect(lex.isCommon(w), w).toBe(true);
      // isVerbOnly() and the clause reader ask about irregular past forms and "-ed" words only.
      expect(w.endsWith('ed') || lex.irregularPast.has(w), w).toBe(false);
    }
  });

  it('pack and unpack any word sets: shared prefixes, frequent endings, words in several sets', () => {
    const sets = {
      a: ['abandon', 'abandoned', 'abandoning', 'abandons', 'new york', "o'brien", 'x', 'abcdefghijklmnopq', 'abz'],
      b: ['abandoning', 'zebra', 'zebras', 'singing', 'ringing', 'bringing', 'stinging', 'thinking'.repeat(4), `${'thinking'.repeat(4)}s`],
      c: [],
    };
    const packed = packWordSets(sets);
    const groups = unpackGroups(packed);
    const back: Record<string, string[]> = { a: [], b: [], c: [] };
    for (const g of groups) for (const m of g.members) back[packed.names[m]].push(...g.words);
    for (const k of Object.keys(sets) as Array<keyof typeof sets>) expect(back[k].sort()).toEqual([...sets[k]].sort());
  });

  it('read back from the extension\'s compressed form (wordlists.bin) as the same sets', async () => {
    const before = wordSets();
    const compressed = await compressWordLists(PACKED);
    const plain = Object.values(before).reduce((n, ws) => n + [...ws].join('\n').length, 0);
    expect(compressed.length).toBeLessThan(0.5 * plain);
    // The worker's path: the platform's DecompressionStream, here Node's, on a stream as fetch() gives it.
    await loadWordLists(new Blob([new Uint8Array(compressed)]).stream());
    const after = wordSets();
    expect(after).not.toBe(before);
    for (const name of SET_NAMES) expect([...after[name]].sort(), name).toEqual([...before[name]].sort());
    await expect(loadWordLists(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });

  it('are compact: well under half the plain lists', () => {
    const plain = Object.values(collectWordSets(lexicon)).reduce((n, ws) => n + ws.join(' ').length + 1, 0);
    const packed = PACKED.groups.reduce((n, [, s]) => n + s.length, 0);
    expect(packed / plain).toBeLessThan(0.45);
  });
});
