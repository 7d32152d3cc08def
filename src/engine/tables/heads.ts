/**
 * Head nouns of source phrases: who or what a speaker phrase names when it has no proper name. One table for the
 * people who are anonymous when unnamed, one for institutions that speak as themselves, one for documents.
 */

export interface AnonymousHead {
  singular: string;
  plural: string | null;
  /** Anonymous even with no other word ("a source said", "an aide said"); other heads need a modifier or a plural
   *  ("a senior adviser", "analysts"), since "a teacher" alone rarely stands for a source. */
  strong?: boolean;
  /** Opens a self-standing phrasing without any cue ("people familiar with the matter", "officials briefed on …"). */
  standalone?: boolean;
  /** "The source", "the officials": refers back to the source the article introduced. */
  backReference?: boolean;
}

function head(singular: string, plural: string | null, flags: Omit<AnonymousHead, 'singular' | 'plural'> = {}): AnonymousHead {
  return { singular, plural, ...flags };
}

const regular = (words: string): AnonymousHead[] => words.trim().split(/\s+/u).map((w) => head(w, `${w}s`));

/** People who, unnamed, are anonymous sources. */
export const ANONYMOUS_HEADS: readonly AnonymousHead[] = [
  head('source', 'sources', { strong: true, standalone: true, backReference: true }),
  head('official', 'officials', { strong: true, standalone: true, backReference: true }),
  head('aide', 'aides', { strong: true, standalone: true, backReference: true }),
  head('diplomat', 'diplomats', { strong: true, standalone: true, backReference: true }),
  head('insider', 'insiders', { strong: true, standalone: true, backReference: true }),
  head('spokesman', null, { strong: true, backReference: true }),
  head('spokeswoman', null, { strong: true, backReference: true }),
  head('spokesperson', 'spokespersons', { strong: true, backReference: true }),
  head('spokespeople', null, { strong: true }),
  head('person', 'people', { strong: true, standalone: true }),
  head('witness', 'witnesses', { strong: true }),
  head('adviser', 'advisers', { standalone: true }),
  head('advisor', 'advisors', { standalone: true }),
  head('executive', 'executives', { standalone: true }),
  head('employee', 'employees', { standalone: true }),
  head('staffer', 'staffers', { standalone: true }),
  head('individual', 'individuals'),
  // Plural only: "businesses say" is a group of people; "the business" is an organisation.
  head('businesses', null),
  head('user', 'users'),
  head('mother', null),
  head('father', null),
  ...regular(`analyst expert forecaster resident observer critic economist investor trader lawmaker politician advocate
    activist consumer customer worker parent deportee negotiator strategist member officer investigator agent researcher
    scientist doctor nurse teacher student neighbor neighbour relative friend colleague supporter opponent protester
    voter fan survivor victim passenger farmer owner leader commander soldier attendee delegate minister envoy`),
];

/** Quantifiers that stand for an unnamed group on their own: "some said", "others argued", "many of them". */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'others', 'many', 'several', 'few', 'most', 'both', 'all']);

function wordsOf(heads: readonly AnonymousHead[], pick: (h: AnonymousHead) => boolean | undefined): Set<string> {
  const out = new Set<string>();
  for (const h of heads) {
    if (!pick(h)) continue;
    out.add(h.singular);
    if (h.plural) out.add(h.plural);
  }
  return out;
}

/** Every written form (singular and plural) of an anonymous head, and the quantifiers. */
export const ANON_HEAD_WORDS: ReadonlySet<string> = new Set([...wordsOf(ANONYMOUS_HEADS, () => true), ...['some', 'others', 'many', 'several', 'few']]);
export const STRONG_ANON_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.strong);
export const STANDALONE_ANON_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.standalone);
export const BACK_REFERENCE_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.backReference);

function setOf(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/u));
}

/** Institutions that speak as themselves: "the company said", "police said". */
export const ORG_HEADS: ReadonlySet<string> = setOf(`company companies firm government ministry department agency office
  police commission committee council board court union bank group administration authority authorities campaign
  organization organisation embassy military army navy party league team club university institute association
  foundation newspaper network utility studio label airline carrier retailer regulator regulators prosecutors
  prosecutor's center centre service services inc corp co ltd llc plc equities research productions records foods
  times post news press journal house kremlin pentagon parliament congress senate white city state county town village
  province country nation region district municipality school hospital church cabinet tribunal bureau fund charity
  broadcaster website convention conference caucus assembly coalition alliance federation corporation council
  commission secretariat directorate command task force`);

/** Documents that "say" things. */
export const DOCUMENT_HEADS: ReadonlySet<string> = setOf(`report reports study studies statement statements document
  documents memo letter survey poll estimate estimates analysis paper filing complaint lawsuit indictment ruling order
  bill notes data figures research review audit assessment`);

/** Descriptions that can stand for an organisation or document named earlier ("the company", "the report"). */
export const GENERIC_HEADS: ReadonlySet<string> = setOf(`company firm group organization organisation utility business
  carrier retailer airline bank agency network studio label club team party government department ministry office
  report study statement document survey paper`);

/** Nouns for a person by position or standing that compromise's actor list lacks; a definite one ("the candidate",
 *  "the front-runner") stands for a person the article has named, or is shown as the role. */
export const PERSON_ROLE_HEADS: ReadonlySet<string> = setOf(`candidate nominee front-runner frontrunner incumbent challenger
  contender hopeful lawmaker legislator politician activist veteran businessman businesswoman billionaire mogul tycoon
  magnate heiress defendant plaintiff suspect victim survivor witness prosecutor senator congressman congresswoman
  governor mayor president premier chancellor minister secretary ambassador envoy general admiral commander chief
  justice judge attorney lawyer host anchor moderator columnist commentator pundit pollster`);
