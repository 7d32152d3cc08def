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
  /** Written with a capital yet a description of unnamed people, not a name: "Democrats", "House Republicans". */
  proper?: boolean;
  /** "The mayor", "the Republican": with "the" and no plural, the one holder of the office or label, a person the
   *  article means (named or not), never an anonymous source; "a mayor", "two governors" stay anonymous. */
  office?: boolean;
  /** "The candidates", "both nominees": with "the" or "both", the contestants the article names, not an unnamed
   *  group; "several presidential candidates" stay anonymous. */
  contestant?: boolean;
  /** One body of several people ("the family"): a group, whom "they" may continue but never "he" or "she". */
  collective?: boolean;
}

function head(singular: string, plural: string | null, flags: Omit<AnonymousHead, 'singular' | 'plural'> = {}): AnonymousHead {
  return { singular, plural, ...flags };
}

/** The regular plural of an English noun: analyst → analysts, family → families, witness → witnesses. */
function pluralOf(w: string): string {
  if (/[^aeiou]y$/u.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(w)) return `${w}es`;
  return `${w}s`;
}

const regular = (words: string, flags: Omit<AnonymousHead, 'singular' | 'plural'> = {}): AnonymousHead[] =>
  words.trim().split(/\s+/u).map((w) => head(w, pluralOf(w), flags));
/** "-man" nouns: chairman → chairmen. */
const man = (words: string, flags: Omit<AnonymousHead, 'singular' | 'plural'> = {}): AnonymousHead[] =>
  words.trim().split(/\s+/u).map((w) => head(w, w.replace(/man$/u, 'men'), flags));

/**
 * People who, unnamed, are anonymous sources: the roles and groups English news quotes without a name. A phrase
 * headed by one of these ("a senior adviser", "federal prosecutors", "Sanders's supporters", "health care providers")
 * is an unnamed source when it speaks; a name in its modifiers ("a Clinton campaign official") does not name it.
 * Here the heads with a flag or an irregular plural; the plain ones follow by field, and `anonymousHeads()` is all.
 */
const ANONYMOUS_HEADS: readonly AnonymousHead[] = [
  head('source', 'sources', { strong: true, standalone: true, backReference: true }),
  head('official', 'officials', { strong: true, standalone: true, backReference: true }),
  head('aide', 'aides', { strong: true, standalone: true, backReference: true }),
  head('diplomat', 'diplomats', { strong: true, standalone: true, backReference: true }),
  head('insider', 'insiders', { strong: true, standalone: true, backReference: true }),
  head('spokesman', 'spokesmen', { strong: true, backReference: true }),
  head('spokeswoman', 'spokeswomen', { strong: true, backReference: true }),
  head('spokesperson', 'spokespersons', { strong: true, backReference: true }),
  head('spokespeople', null, { strong: true }),
  head('person', 'people', { strong: true, standalone: true }),
  head('someone', null, { strong: true, standalone: true }),
  head('witness', 'witnesses', { strong: true }),
  head('adviser', 'advisers', { standalone: true }),
  head('advisor', 'advisors', { standalone: true }),
  head('executive', 'executives', { standalone: true }),
  // "one neo-bank CEO told me": an unnamed chief executive; "the CEO" is the one the article means.
  head('ceo', 'ceos', { office: true }),
  head('employee', 'employees', { standalone: true }),
  head('staffer', 'staffers', { standalone: true }),
  head('member', 'members'),
  head('individual', 'individuals'),
  // Plural only: "businesses say" is a group of people; "the business" is an organisation.
  head('businesses', null),
  head('mother', null),
  head('father', null),
  head('woman', 'women'),
  head('man', 'men'),
  head('child', 'children'),
  head('family', 'families', { collective: true }),
  // Parties and political camps, capitalised but unnamed: "Democrats", "House Republicans", "one Republican".
  ...regular('democrat republican tory', { proper: true, office: true }),
  // Plural only: "conservatives", "liberals", "moderates" are groups; the singulars are mostly adjectives.
  head('conservatives', null), head('liberals', null), head('progressives', null), head('moderates', null),
  head('independents', null), head('libertarians', null), head('centrists', null), head('populists', null),
  head('nationalists', null), head('socialists', null), head('leftists', null), head('hardliners', null),
  head('locals', null), head('folks', null), head('elders', null), head('voices', null), head('players', null), head('speakers', null), head('participants', null),
  head('providers', null), head('lenders', null),
  // Offices: "the governor" is the one governor the article means; "governors", "a state senator" are unnamed.
  ...regular('mayor governor senator judge minister chair councillor councilor alderwoman', { office: true }),
  ...regular('candidate nominee contender hopeful rival challenger finalist front-runner frontrunner incumbent', { office: true, contestant: true }),
  ...man('chairman chairwoman congressman congresswoman councilman councilwoman alderman', { office: true }),
  ...man('businessman businesswoman clergyman fisherman policeman'),
];

/**
 * The heads with no flag, by field, as plain word sets (in the extension they travel as data, read after the scripts
 * are evaluated: scripts/deferred-words.ts); `anonymousHeads()` adds them, each with its regular plural, to the table.
 */
// Politics and government.
const POLITICS_HEADS = setOf(`lawmaker legislator politician delegate superdelegate voter
    elector activist campaigner organizer organiser protester protestor demonstrator supporter backer opponent
    proponent ally loyalist confidant confidante associate operative strategist pollster consultant surrogate donor
    critic detractor skeptic sceptic defender advocate observer commentator pundit officer functionary bureaucrat
    administrator envoy negotiator mediator leader representative emissary lobbyist planner`);
// Law, police, security.
const LAW_HEADS = setOf(`prosecutor attorney lawyer juror investigator detective inspector agent trooper deputy auditor
    examiner plaintiff litigant commander soldier fighter militant rebel insurgent separatist`);
// Business and work.
const WORK_HEADS = setOf(`analyst economist forecaster trader investor banker broker dealer shareholder stockholder bondholder
    creditor entrepreneur owner merchant shopkeeper farmer grower rancher landlord tenant homeowner renter consumer
    customer shopper client user subscriber worker laborer colleague coworker manager director engineer`);
// Health, science, learning.
const LEARNING_HEADS = setOf(`expert specialist scholar academic professor historian researcher scientist epidemiologist
    statistician doctor physician surgeon nurse medic paramedic clinician pharmacist practitioner
    psychologist psychiatrist therapist teacher educator student parent`);
// The public, witnesses and those affected.
const PUBLIC_HEADS = setOf(`resident villager citizen taxpayer commuter passenger traveler traveller tourist visitor driver rider
    neighbor neighbour relative friend acquaintance survivor victim mourner attendee spectator onlooker bystander fan
    viewer listener reader caller follower commenter blogger veteran refugee migrant immigrant deportee volunteer
    rescuer firefighter journalist reporter correspondent editor columnist narrator priest pastor imam rabbi cleric
    patient host anchor moderator`);
// Standing and wealth, the courts' parties.
const STANDING_HEADS = setOf(`billionaire mogul tycoon magnate heiress defendant suspect`);
// Bosses, chiefs, monitors and those who reveal: "health bosses said", "a police chief said", "election monitors reported", "a whistleblower
// alleged", "an eyewitness told".
const WATCHER_HEADS = setOf(`boss chief regulator monitor eyewitness whistleblower informant teammate guard`);
const PLAIN_HEADS = [POLITICS_HEADS, LAW_HEADS, WORK_HEADS, LEARNING_HEADS, PUBLIC_HEADS, STANDING_HEADS, WATCHER_HEADS];

let allHeads: readonly AnonymousHead[] | undefined;
/** Every head of the table, the plain ones included: built when first asked for, and kept once the plain word sets
 *  are filled (an analysis before the extension has read them must not fix the table without them). */
export function anonymousHeads(): readonly AnonymousHead[] {
  if (allHeads) return allHeads;
  const heads = [...ANONYMOUS_HEADS, ...PLAIN_HEADS.flatMap((set) => regular([...set].join(' ')))];
  if (PLAIN_HEADS.every((set) => set.size > 0)) allHeads = heads;
  return heads;
}

/** A table derived from every head, built again only when `anonymousHeads()` gives another list. */
function fromHeads<T>(build: (heads: readonly AnonymousHead[]) => T): () => T {
  let from: readonly AnonymousHead[] | undefined;
  let value: T | undefined;
  return () => {
    const heads = anonymousHeads();
    if (heads !== from) { from = heads; value = build(heads); }
    return value as T;
  };
}

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
const allHeadWords = fromHeads((heads) => new Set([...wordsOf(heads, () => true), ...['some', 'others', 'many', 'several', 'few']]));
export const ANON_HEAD_WORDS = { has: (word: string): boolean => allHeadWords().has(word) };
/**
 * Plural people nouns the table does not list, known by their agent suffix: "technologists", "nationalists",
 * "historians", "technicians" (not the verbs "insists", "persists", nor "lists", "wrists").
 */
const PEOPLE_PLURAL = /^[a-z]{2,}(?:ists|ians)$/u;
const NOT_PEOPLE = new Set(['insists', 'persists', 'resists', 'consists', 'exists', 'assists', 'subsists', 'desists', 'lists', 'twists', 'wrists', 'mists', 'fists', 'gists', 'hoists', 'enlists', 'coexists', 'preexists']);
export function isPeoplePlural(word: string): boolean {
  // (The suffix test first: asked of every word before a "they", and the regex only about the few that end so.)
  return (word.endsWith('ists') || word.endsWith('ians')) && PEOPLE_PLURAL.test(word) && !NOT_PEOPLE.has(word);
}
export const STRONG_ANON_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.strong);
export const STANDALONE_ANON_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.standalone);
export const BACK_REFERENCE_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.backReference);
export const PROPER_ANON_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.proper);
export const OFFICE_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.office);
export const CONTESTANT_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.contestant);
export const COLLECTIVE_WORDS: ReadonlySet<string> = wordsOf(ANONYMOUS_HEADS, (h) => h.collective);

/** Nouns for a number or body of people, read through "of": "a number of the families", "a group of experts". */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(`number group list array range variety handful couple dozen
  dozens scores hundreds thousands army chorus coalition crowd host slew bunch band cadre contingent delegation`.trim().split(/\s+/u));
/** Nouns for a measure of a group, after "the" and before "of": "the number of young people who have reported …",
 *  "the share of voters who say …" name a statistic, not people who speak. ("A number of the families said" are
 *  people: COLLECTIVE_NOUNS.) */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set('number share percentage proportion rate fraction count'.split(/\s+/u));
/** The singular of every plural in the table, irregular ones included (chairmen → chairman, people → person). */
const singularOf = fromHeads((heads) => new Map(heads.filter((h) => h.plural).map((h) => [h.plural as string, h.singular])));
export const SINGULAR_OF = { get: (plural: string): string | undefined => singularOf().get(plural), has: (plural: string): boolean => singularOf().has(plural), entries: () => singularOf().entries() };

function setOf(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/u));
}

/** Heads of ORG_HEADS that are also surnames: after a given name they end a person's name ("Emily Post", "Nina
 *  Church", "Tom House"), not an institution's. */
export const SURNAME_LIKE_HEADS: ReadonlySet<string> = setOf('post press house church court bank carrier');

/** Institutions that speak as themselves: "the company said", "police said". */
export const ORG_HEADS: ReadonlySet<string> = setOf(`company companies firm government ministry department agency office
  police commission committee council board court union bank group administration authority authorities campaign
  organization organisation embassy military army navy party league team club university institute association
  foundation newspaper network utility studio label airline carrier retailer regulator regulators center centre
  service services inc corp co ltd llc plc equities research productions records foods
  times post news press journal house kremlin pentagon parliament congress senate city state county town village
  province country nation region district municipality school hospital church cabinet tribunal bureau fund charity
  broadcaster website convention conference caucus assembly coalition alliance federation corporation council
  commission secretariat directorate command task force pac pacs magazine industry outlet publication chronicle tribune
  gazette herald courier telegraph examiner inquirer sentinel dispatch bulletin ledger automaker carmaker drugmaker
  chipmaker planemaker steelmaker management leadership lab labs laboratory laboratories`);

/** Documents that "say" things. */
export const DOCUMENT_HEADS: ReadonlySet<string> = setOf(`report reports study studies statement statements document
  documents memo letter survey poll estimate estimates analysis paper filing complaint lawsuit indictment ruling order
  bill notes data figures research review audit assessment editorial article book memoir transcript tally ad ads
  advertisement petition affidavit manifesto resolution email emails tweet tweets message average playbook forecast
  forecasts projection projections release releases results polling polls schedule biography records filings findings
  transcripts index returns tracker platform regulations disclosure disclosures missive analyses presentation
  presentations readout readouts summary summaries`);

/** Descriptions that can stand for an organisation or document named earlier ("the company", "the report"). */
export const GENERIC_HEADS: ReadonlySet<string> = setOf(`company firm group organization organisation utility business
  carrier retailer airline bank agency network studio label club team party government department ministry office
  report study statement document survey paper`);

/** What a person is known for rather than an office they hold: "the actor", "the singer and guitarist", "the
 *  billionaire", "the candidate". Written "the …" after the article named someone, such a noun stands for that person
 *  as "he" or "she" would (an office, "the mayor", is found among the people the article gave it). */
export const EPITHET_HEADS: ReadonlySet<string> = setOf(`actor actress singer guitarist drummer bassist pianist rapper musician
  songwriter comedian star author novelist writer poet artist painter filmmaker director designer chef player striker
  midfielder defender goalkeeper quarterback pitcher boxer golfer athlete billionaire millionaire mogul tycoon magnate
  entrepreneur businessman businesswoman veteran candidate nominee hopeful front-runner frontrunner`);
