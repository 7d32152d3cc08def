/** Function words and small closed classes of English newswriting that the attribution rules read. */

function setOf(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/u));
}

/** Words that may sit between a subject and its cue: "X also said", "X has repeatedly warned". */
export const CUE_ADVERBS = setOf(`also later earlier has have had been previously recently then once further repeatedly reportedly
  would will could is was were are just separately publicly privately similarly only first again already often frequently
  initially subsequently originally told has since since last week yesterday today tuesday monday wednesday thursday friday
  saturday sunday even still himself herself themselves itself flatly firmly quickly in turn long now however though too
  meanwhile instead nonetheless nevertheless therefore thus`);

/** Time and place adverbials that may follow a cue before the content: "said on Saturday that ...". */
export const TIME_WORDS = setOf(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
  last this next week month year morning afternoon evening night weekend day on in at during recently previously then
  again also separately publicly privately repeatedly late early january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);

export const PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'i'> = {
  he: 'm', she: 'f', they: 'p', we: 'p', i: 'i', it: 'i',
};

/** Possessive pronouns and the subject pronoun each stands for: the owner of "her claim", "his statement". */
export const POSSESSIVE_SUBJECT: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** Titles that precede a name: "Prime Minister Naftali Bennett", "Mr. McHugh". */
export const TITLES = setOf(`president vice prime minister chief secretary chancellor governor gov senator sen
  representative rep congressman congresswoman mayor judge justice ambassador general gen colonel col captain capt
  lieutenant lt sergeant sgt officer detective coach professor prof doctor dr mr mrs ms miss mx sir dame lord lady
  king queen prince princess pope cardinal bishop rev reverend father sister brother chairman chairwoman chair ceo cfo
  coo cto director commissioner superintendent deputy assistant attorney spokesman spokeswoman spokesperson founder
  co-founder cofounder executive head leader premier sheikh emir rabbi imam minister speaker treasurer analyst economist
  strategist manager editor correspondent reporter adviser advisor aide officer inspector constable marshal admiral
  commander agent dean principal trustee councilman councilwoman councillor alderman state foreign finance defense defence
  interior health education justice trade economy house senior junior former acting interim then-president opposition
  party labor labour white`);

/** Honorifics that mark a person's gender. */
export const MALE_HONORIFICS = setOf(`mr sir lord king prince father brother congressman chairman councilman`);
export const FEMALE_HONORIFICS = setOf(`mrs ms miss dame lady queen princess sister congresswoman chairwoman councilwoman`);

/** Lower-case words that end a subject noun phrase when walking back from a cue. */
export const NP_STOP = setOf(`that which when where while after before because since although though but or so if as than
  then to is was were are be been being has have had do does did will would can could should may might must not said says
  told came it there here also into onto upon about over under against between through across without within amid among
  despite toward towards whether unless until once what how why this these those such just even only yet both either
  neither nor however instead meanwhile`);

export const DETERMINERS = setOf(`a an the his her their its our my your one two three four five six seven eight nine ten
  several some many most other another both all these those few dozens dozen numerous multiple various`);

/** Words that, quoted right after them, mark a name, title or word-as-word rather than a quotation. */
/** Nouns for a work whose title may follow in quotation marks: "the song “Black Water”", "his book “The Deal”". */
export const WORK_NOUNS = setOf(`song songs album albums single book books novel memoir film films movie movies show shows series
  episode track tracks play musical poem documentary podcast opera painting exhibition game ebook newsletter`);

export const NON_QUOTE_LEADS = setOf(`dubbed nicknamed titled entitled word term phrase so-called known named label labelled
  labeled branded hashtag slogan motto theme mantra tagline catchphrase`);

/**
 * What may stand between a subject and its cue as the time or the occasion of speaking: "Clinton on Monday said",
 * "Obama in an interview said", "Trump at the time said", "Jane Smith at a rally in Ohio said". A phrase opened by one
 * of SETTING_OPENERS that holds one of SETTING_WORDS (or a year) is the setting, not part of the speaker.
 */
export const SETTING_OPENERS = setOf('on in at during after before following over via through last earlier this late early');
export const SETTING_WORDS = setOf(`time monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week
  weekend month year morning afternoon evening night day january february march april may june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec statement interview letter speech email
  e-mail tweet tweets post op-ed column rally conference event hearing briefing debate appearance meeting call radio show
  program programme broadcast remarks address session forum visit release memo filing testimony podcast twitter facebook
  instagram stop campaign`);

/**
 * Given names that compromise's lexicon files as ordinary words only ("bill", "frank"), so "Bill Bruch" or "Frank
 * Luntz" would not read as a person. Only names whose ordinary sense rarely opens a capitalised pair in news text.
 */
export const GIVEN_NAMES_ALSO_WORDS: Readonly<Record<string, 'm' | 'f' | 'u'>> = {
  bill: 'm', frank: 'm', ray: 'm', rex: 'm', christian: 'm', jay: 'm', robin: 'u', faith: 'f', joy: 'f',
};

/**
 * Countries and regions that compromise's lexicon does not file as places, so that "ambassador to Britain Liu Xiaoming"
 * is not read as one person's name ("Jordan", a given name too, is left out).
 */
export const PLACES_ALSO: ReadonlySet<string> = setOf('britain bosnia congo laos philippines tibet');

/**
 * Words that never end a name: "Goonies Never say die" is a title run into a clause, not a person or an institution.
 */
export const NEVER_NAME_ENDS: ReadonlySet<string> = setOf('never always ever often sometimes already not just only very again');

/** Sentence adverbs set off by commas between a subject and its cue: "Clinton, meanwhile, said". */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'instead',
  'likewise', 'similarly', 'in turn', 'in response', 'in contrast', 'by contrast', 'for his part', 'for her part',
  'for their part', 'for its part', 'on the other hand', 'at the same time', 'in a statement', 'for example', 'for instance', 'then', 'later', 'earlier', 'separately']);

/** Finite verbs that show a clause whatever their subject ("the plan is dead", "she will run", "it has ended"), with
 *  their negative contractions written with a straight apostrophe. */
export const FINITE_VERBS: ReadonlySet<string> = new Set(`is are was were am has have had will would can could should shall may
  might must does did do isn't aren't wasn't weren't won't can't didn't doesn't hasn't haven't wouldn't couldn't`.trim().split(/\s+/u));

/** A subject pronoun contracted with its verb ("he's staying", "they'll win"), written with a straight apostrophe: a
 *  clause as surely as a finite verb. */
export const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set(`he's she's it's that's there's they're we're i'm you're he'll
  she'll they'll we'll i'll it'll you'll he'd she'd they'd we'd i'd you'd they've we've i've you've`.trim().split(/\s+/u));
