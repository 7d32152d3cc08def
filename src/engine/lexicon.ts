/**
 * Name knowledge from compromise's lexicon: first names (with gender), surnames, organisations, places and ordinary
 * words, read once as plain sets so the engine gets its name knowledge without running compromise's tagger. The
 * grammar of attribution itself (cue verbs, source heads, function words) lives in `tables/`.
 */
import { GIVEN_NAMES_ALSO_WORDS } from './tables/words';
import { COMMON_SUFFIX, wordSets } from './wordlists';

export interface NameLexicon {
  givenNames: Map<string, 'm' | 'f' | 'u'>;
  familyNames: Set<string>;
  orgs: Set<string>;
  places: Set<string>;
  /** Ordinary words (nouns, adjectives, verb forms): a capitalised phrase starting with one is rarely a person. */
  isCommon(word: string): boolean;
  /** Ordinary nouns. */
  nouns: Set<string>;
  /** Nouns for people by what they do (compromise's Actor tag): manager, senator, analyst. */
  actors: Set<string>;
  /** Irregular past forms and adjectives: where a subject noun phrase ends ("Carson took …") or goes on ("the
   *  former …"). The adjectives hold no "-ing"/"-ly" forms that isCommon() knows by suffix; ask it about those. */
  irregularPast: Set<string>;
  adjectives: Set<string>;
}

/** A lower-case word that can only be a verb here: it ends a noun phrase ("took", "continued", but not "press"). */
export function isVerbOnly(lower: string): boolean {
  const lex = nameLexicon();
  const verb = lex.irregularPast.has(lower) || lower.endsWith('ed') && /^[a-z]{2,}ed$/u.test(lower);
  return verb && !lex.nouns.has(lower) && !lex.adjectives.has(lower) && !lex.actors.has(lower);
}

let cachedNameLexicon: NameLexicon | null = null;

/** First names (with gender), surnames, organisations, places and ordinary words from compromise's lexicon, built once. */
export function nameLexicon(): NameLexicon {
  if (cachedNameLexicon) return cachedNameLexicon;
  // The sets come from compromise's lexicon through the word lists generated at build time (scripts/wordlists.ts).
  const words = wordSets();
  const first = new Map<string, 'm' | 'f' | 'u'>();
  // Indexed loops over arrays: on a cold start they run in the interpreter, where iterating a Set costs twice as much.
  // (Spread, not Array.from: the worker's build renames every property `from`, scripts/short-properties.ts.)
  const male = [...words.maleNames];
  for (let i = 0; i < male.length; i++) first.set(male[i], 'm');
  const female = [...words.femaleNames];
  for (let i = 0; i < female.length; i++) first.set(female[i], first.get(female[i]) === 'm' ? 'u' : 'f');
  const either = [...words.firstNames];
  for (let i = 0; i < either.length; i++) first.set(either[i], 'u');
  for (const [w, g] of Object.entries(GIVEN_NAMES_ALSO_WORDS)) if (!first.has(w)) first.set(w, g);
  cachedNameLexicon = {
    givenNames: first,
    familyNames: words.lastNames,
    orgs: words.organizations,
    places: words.places,
    // The suffix rule is the word lists' (scripts/wordlists.ts): the adjectives list leaves out what it covers.
    isCommon: (word) => words.nouns.has(word) || words.adjectives.has(word) || words.adverbs.has(word) || words.irregularPast.has(word) || COMMON_SUFFIX.test(word),
    nouns: words.nouns,
    actors: words.actors,
    irregularPast: words.irregularPast,
    adjectives: words.adjectives,
  };
  return cachedNameLexicon;
}
