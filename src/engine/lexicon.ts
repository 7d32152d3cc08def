/**
 * Name knowledge from compromise's lexicon: first names (with gender), surnames, organisations, places and ordinary
 * words, read once as plain sets so the engine gets its name knowledge without running compromise's tagger. The
 * grammar of attribution itself (cue verbs, source heads, function words) lives in `tables/`.
 */
import nlp from 'compromise';

export interface NameLexicon {
  first: Map<string, 'm' | 'f' | 'u'>;
  last: Set<string>;
  orgs: Set<string>;
  places: Set<string>;
  /** Ordinary words (adjectives, verbs, nouns): a capitalised phrase starting with one is rarely a person. */
  common: Set<string>;
  /** Ordinary nouns. */
  nouns: Set<string>;
  /** Nouns for people by what they do (compromise's Actor tag): manager, senator, analyst. */
  actors: Set<string>;
}

let cachedNameLexicon: NameLexicon | null = null;

const COMMON_TAGS = new Set(['Adjective', 'Comparative', 'Superlative', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Adverb', 'Singular', 'Plural', 'Uncountable', 'Noun', 'Determiner', 'Preposition', 'Conjunction']);
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);

/** First names (with gender), surnames, organisations, places and ordinary words from compromise's lexicon, built once. */
export function nameLexicon(): NameLexicon {
  if (cachedNameLexicon) return cachedNameLexicon;
  const first = new Map<string, 'm' | 'f' | 'u'>();
  const last = new Set<string>();
  const orgs = new Set<string>();
  const places = new Set<string>();
  const common = new Set<string>();
  const nouns = new Set<string>();
  const actors = new Set<string>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    for (const t of tags) {
      if (t === 'MaleName') first.set(word, first.get(word) === 'f' ? 'u' : 'm');
      else if (t === 'FemaleName') first.set(word, first.get(word) === 'm' ? 'u' : 'f');
      else if (t === 'FirstName') first.set(word, 'u');
      else if (t === 'Organization' || t === 'SportsTeam') orgs.add(word);
      else if (t === 'Country' || t === 'City' || t === 'Place' || t === 'Region') places.add(word);
      else if (t === 'LastName') last.add(word);
      if (COMMON_TAGS.has(t)) common.add(word);
      if (NOUN_TAGS.has(t)) nouns.add(word);
      if (t === 'Actor') actors.add(word);
    }
  }
  cachedNameLexicon = { first, last, orgs, places, common, nouns, actors };
  return cachedNameLexicon;
}
