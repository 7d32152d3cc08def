/**
 * Word lists of English newswriting. Person-name, place and organisation knowledge comes from compromise's
 * lexicon (read once, as plain sets) so the engine gets its name knowledge without running its tagger on the page.
 */
import nlp from 'compromise';

function setOf(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Speech and writing cues, every inflection mapped to its lemma. Mental-state verbs (think, believe) are left out. */
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  note: ['note', 'notes', 'noted', 'noting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  report: ['report', 'reports', 'reported', 'reporting'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  state: ['states', 'stated', 'stating'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  stress: ['stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  caution: ['cautions', 'cautioned', 'cautioning'],
  reply: ['replies', 'replied', 'replying'],
  respond: ['responded'],
  recall: ['recalls', 'recalled', 'recalling'],
  predict: ['predicts', 'predicted', 'predicting'],
  ask: ['ask', 'asks', 'asked'],
  describe: ['describes', 'described', 'describing'],
  call: ['called'],
  estimate: ['estimates', 'estimated'],
  find: ['found', 'finds'],
  show: ['shows', 'showed'],
  suggest: ['suggests', 'suggested'],
  point: ['pointed'],
  joke: ['joked', 'jokes'],
  quip: ['quipped'],
  exclaim: ['exclaimed'],
  shout: ['shouted'],
  continue: ['continued'],
  agree: ['agreed', 'agrees'],
  promise: ['promised', 'promises', 'pledged', 'vowed', 'vows'],
  accuse: ['accused', 'accuses'],
  blame: ['blamed', 'blames'],
  inform: ['informed'],
  instruct: ['instructed'],
  remark: ['remarked'],
  observe: ['observed'],
  boast: ['boasted'],
  plead: ['pleaded', 'pled'],
  demand: ['demanded'],
  advise: ['advised'],
  charge: ['charged'],
};

export const CUE_FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(CUE_LEMMAS)) for (const f of forms) CUE_FORMS.set(f, lemma);

/** Cues that may govern reported content (not only introduce a direct quote). */
export const INDIRECT_LEMMAS = setOf(`say tell add announce warn deny claim argue insist note explain confirm report write
  acknowledge admit state testify declare stress emphasize assert contend concede complain allege caution predict
  estimate find show suggest agree promise reply recall`);
/** Cues that only introduce quoted words or fragments ("called it 'a disaster'", "described the city as a 'gas chamber'"). */
export const FRAGMENT_ONLY_LEMMAS = setOf(`instruct remark observe boast plead demand describe call ask joke quip exclaim shout continue accuse blame urge inform advise charge respond point tweet`);
/** Cues whose object (told Reuters, urged voters) sits between the verb and the content. */
export const OBJECT_CUES = setOf(`tell inform advise urge`);
/** Weak cues: only count with a clear speaker subject directly before them. */
export const WEAK_LEMMAS = setOf(`report show find note state call estimate suggest continue agree promise recall predict point charge`);

/** Words that may sit between a subject and its cue: "X also said", "X has repeatedly warned". */
export const CUE_ADVERBS = setOf(`also later earlier has have had previously recently then once further repeatedly reportedly
  would will could is was were are just separately publicly privately similarly only first again already often frequently
  initially subsequently originally told has since since last week yesterday today tuesday monday wednesday thursday friday
  saturday sunday even still himself herself themselves itself flatly firmly quickly in turn`);

export const PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'i'> = {
  he: 'm', she: 'f', they: 'p', we: 'p', i: 'i', it: 'i',
};

/** Time and place adverbials that may follow a cue before the content: "said on Saturday that ...". */
export const TIME_WORDS = setOf(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
  last this next week month year morning afternoon evening night weekend day on in at during recently previously then
  again also separately publicly privately repeatedly late early january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Role nouns whose unnamed bearers are anonymous sources. */
export const ANON_HEADS = setOf(`source sources official officials aide aides diplomat diplomats spokesman spokeswoman
  spokesperson spokespeople spokespersons insider insiders analyst analysts expert experts forecaster forecasters witness
  witnesses resident residents observer observers critic critics economist economists investor investors trader traders
  lawmaker lawmakers politician politicians advocate advocates activist activists consumer consumers customer customers
  businesses employee employees worker workers staffer staffers adviser advisers advisor advisors person people individual
  individuals mother father parent parents deportee deportees negotiator negotiators strategist strategists executive
  executives member members officer officers investigator investigators agent agents researcher researchers scientist
  scientists doctor doctors nurse nurses teacher teachers student students neighbor neighbors neighbour neighbours
  relative relatives friend friends colleague colleagues supporter supporters opponent opponents protester protesters
  voter voters users user fan fans survivor survivors victim victims passenger passengers farmer farmers owner owners
  leader leaders commander commanders soldier soldiers insiders attendee attendees delegate delegates some others many
  several few minister ministers envoy envoys`);

/** Role nouns that make an unnamed phrase anonymous even with one modifier ("a source", "an aide"). */
export const STRONG_ANON_HEADS = setOf(`source sources official officials aide aides diplomat diplomats insider insiders
  spokesman spokeswoman spokesperson spokespeople people person witness witnesses`);

/** Institutions that speak as themselves: "the company said", "police said". */
export const ORG_HEADS = setOf(`company companies firm government ministry department agency office police commission
  committee council board court union bank group administration authority authorities campaign organization organisation
  organisation embassy military army navy party league team club university institute association foundation
  newspaper network utility studio label airline carrier retailer regulator regulators prosecutors prosecutor's
  center centre service services inc corp co ltd llc plc equities research productions records foods times post news
  press journal house kremlin pentagon parliament congress senate white council city state county town village
  province country nation region district municipality school hospital church ministry cabinet court tribunal
  prosecutor's agency bureau fund charity network broadcaster website`);

/** Documents that "say" things. */
export const DOCUMENT_HEADS = setOf(`report reports study studies statement statements document documents memo letter
  survey poll estimate estimates analysis paper filing complaint lawsuit indictment ruling order bill notes data figures
  research review audit assessment`);

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
export const NON_QUOTE_LEADS = setOf(`dubbed nicknamed titled entitled word term phrase so-called known named label labelled
  labeled branded hashtag slogan motto`);

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
