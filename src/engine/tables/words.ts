/** Function words and small closed classes of English newswriting that the attribution rules read. */

function setOf(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/u));
}

/** Words that may sit between a subject and its cue: "X also said", "X has repeatedly warned". */
export const CUE_ADVERBS = setOf(`also later earlier has have had been previously recently then once twice further repeatedly reportedly
  would will could is was were are just separately publicly privately similarly only first again already often frequently
  initially subsequently originally told has since since last week yesterday today tuesday monday wednesday thursday friday
  saturday sunday even still himself herself themselves itself flatly firmly quickly in turn long now however though too
  meanwhile instead nonetheless nevertheless therefore thus always sometimes usually
  did does do not never didn't didn’t doesn't doesn’t don't don’t won't won’t wouldn't wouldn’t hasn't hasn’t haven't haven’t
  hadn't hadn’t isn't isn’t wasn't wasn’t aren't aren’t weren't weren’t`);

/** Time and place adverbials that may follow a cue before the content: "said on Saturday that ...". */
export const TIME_WORDS = setOf(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
  last this next week month year morning afternoon evening night weekend day on in at during recently previously then
  again also separately publicly privately repeatedly late early january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);

// (No prototype: `word in PRONOUNS` must not find "constructor" or "tostring", a page's words.)
export const PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'i'> = Object.assign(Object.create(null) as Record<string, 'm' | 'f' | 'p' | 'i'>, {
  he: 'm', she: 'f', they: 'p', we: 'p', i: 'i', it: 'i',
});
/**
 * PRONOUNS' words as a set, for the rules' membership tests: `PRONOUN_WORDS.has(w)` answers as `w in PRONOUNS`, but a
 * page's word never used as a property key before costs `in` a probe of the engine's string table first (about 6× a
 * set lookup of a fresh string, in a micro-benchmark on the corpus's words); most tests see such words.
 */
export const PRONOUN_WORDS: ReadonlySet<string> = new Set(Object.keys(PRONOUNS));

/** Possessive pronouns and the subject pronoun each stands for: the owner of "her claim", "his statement". */
export const POSSESSIVE_SUBJECT: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { his: 'he', her: 'she', their: 'they', its: 'it' });

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
  party labor labour white staff counsel secretary-general director-general attorney-general governor-general
  solicitor-general surgeon-general vice-president vice-chairman commander-in-chief editor-in-chief`);

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
  episode episodes season track tracks play musical poem documentary podcast opera painting exhibition game ebook newsletter`);

export const NON_QUOTE_LEADS = setOf(`dubbed nicknamed titled entitled word term phrase so-called known named label labelled
  labeled branded hashtag slogan motto theme mantra tagline catchphrase`);

/**
 * What may stand between a subject and its cue as the time or the occasion of speaking: "Clinton on Monday said",
 * "Obama in an interview said", "Trump at the time said", "Jane Smith at a rally in Ohio said". A phrase opened by one
 * of SETTING_OPENERS that holds one of SETTING_WORDS (or a year) is the setting, not part of the speaker.
 */
/** The months, as a time after a cue ("said in March"). */
export const MONTH_NAMES = setOf(`january february march april may june july august september october november december`);
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
  might must does did do isn't aren't wasn't weren't won't can't didn't doesn't hasn't haven't wouldn't couldn't shouldn't hadn't`.trim().split(/\s+/u));

/** A subject pronoun contracted with its verb ("he's staying", "they'll win"), written with a straight apostrophe: a
 *  clause as surely as a finite verb. */
export const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set(`he's she's it's that's there's they're we're i'm you're he'll
  she'll they'll we'll i'll it'll you'll he'd she'd they'd we'd i'd you'd they've we've i've you've`.trim().split(/\s+/u));

// Word classes the rules test a single word against.

/** Words that end the words before a cue: a preposition, a time, a conjunction, a relative pronoun, "told", "added". */
export const CLAUSE_BOUNDARY_WORDS = setOf(`in on at during after before who whose when while as from of for to with via through last this earlier later today yesterday tonight monday tuesday wednesday thursday friday saturday sunday and but told added adding because since though although if once then shortly recently previously`);

/** Words that open a sentence's fronted phrase or adverb: "In a statement, …", "Meanwhile, …". */
export const SENTENCE_OPENERS = setOf(`in on at for to after before during since from with without by when while if as despite amid under over within following like unlike still meanwhile however instead now then today yesterday earlier later last this ultimately overall separately also`);

/** Titles only a person holds: "Governor", "Dr", "spokeswoman". */
export const PERSON_TITLES = setOf(`president minister secretary governor gov senator sen rep mayor judge dr prof professor chancellor chairman chairwoman ceo coach director commissioner spokesman spokeswoman spokesperson founder co-founder analyst economist strategist manager`);

/** Words that modify an office in a title: "State", "former", "Finance", "deputy". */
export const OFFICE_MODIFIERS = setOf(`state house white senior junior former acting interim party foreign finance health education justice trade economy defense defence interior labor labour opposition deputy assistant vice chief head`);

/** Words that end like a role noun but are no noun: "together", "whether", "however", "other", "rather". */
export const NOT_NOUN_ENDINGS = setOf(`together whether however whatever whenever wherever never ever either neither after under over per nor or for her their our your other another rather further later earlier sooner longer`);

/** Words that stand before a role or a name as part of a title: "former", "chief", "managing", "founder". */
export const ROLE_PREMODIFIERS = setOf(`former chief senior deputy executive longtime acting assistant interim vice managing general co-founder founder director president chairman chairwoman head`);

/** Adverbs of time or manner that may stand beside a cue: "said today", "later said", "publicly said". */
export const WHEN_ADVERBS = setOf(`today yesterday tonight earlier later previously recently separately publicly privately also again repeatedly then afterward afterwards once`);

/** Who a cue is addressed to: "told reporters", "told him". */
/** Object pronouns: a listener written as a pronoun ("asked him whether", "told her that"). */
export const OBJECT_PRONOUNS = setOf(`me him her them us you`);

export const AUDIENCE_WORDS = setOf(`me him her them us you reporters journalists lawmakers investors analysts viewers listeners supporters members parliament congress
  police authorities everyone staff crew audiences`);

/** Words that open a subordinate clause. */
export const SUBORDINATE_OPENERS = setOf(`that which who whom when because if while although whether`);

/** Words that open a setting phrase: "at a rally", "during the debate", "last week". */
export const SETTING_LEADS = setOf(`at on in during from with by for to after before over last this night through via outside inside near under while when as`);

/** Words that open a new clause or an attribution. */
export const CLAUSE_OPENERS = setOf(`and but or while who which according when after before as since because until though although whereas if
  citing quoting`);

/** Adverbs and conjunctions that open an adverbial clause before a subject. */
export const CLAUSE_FLOOR_WORDS = setOf(`even only now still when while as after before because if although though since once until whereas`);

/** Participles that describe people: "officials briefed on", "residents affected by". */
export const PARTICIPLE_MODIFIERS = setOf(`briefed involved based concerned affected interviewed surveyed polled unnamed elected retired`);

/** Verbs that follow a subject: "X has", "X says", "X plans". */
export const VERBS_AFTER_SUBJECT = setOf(`has is was says does had will would can could may might must plans wants needs hopes expects`);

/** Words that go on from a noun phrase into its clause or verb. */
export const CLAUSE_CONTINUERS = setOf(`that who which and but or said says is was were are has had have will would`);

/** Articles, "another" and possessives. */
export const ARTICLES_POSSESSIVES_ANOTHER = setOf(`a an the another his her its their`);

/** Determiners, including those that count: "hundreds", "some", "several". */
export const QUANTIFYING_DETERMINERS = setOf(`a an the his her their its our hundreds thousands dozens some many several`);

/** What a statement was given in: "in a statement", "on a call". */
export const ANNOUNCEMENT_NOUNS = setOf(`statement release conference interview call address message briefing post`);

/** "and", "but". */
export const AND_BUT = setOf(`and but`);

/** Words that measure a short time: "soon after", "minutes before", "right after". */
export const SOON_WORDS = setOf(`soon shortly just moments minutes hours days weeks only even right long`);

/** Adverbs that may stand before a gerund: "also saying", "increasingly admitting". */
export const GERUND_ADVERBS = setOf(`also only even still just again now then repeatedly increasingly often`);

/** Words after which a noun phrase goes on or its clause begins. */
export const PHRASE_ENDERS = setOf(`of on in at for to the a an and by with from released who which that`);

/** Parts of a day: "Thursday night". */
export const PARTS_OF_DAY = setOf(`night morning afternoon evening`);

/** Words that open an amount of time: "a few days", "two weeks", "minutes". */
export const DURATION_OPENERS = setOf(`a an one two three few several minutes hours days weeks months years`);

/** Where one speaks "on": "on Twitter", "on air", "on camera". */
export const MEDIA_WORDS = setOf(`twitter x facebook instagram television tv radio cnn fox air camera`);

/** Words before a passive participle: "when asked", "was told", "got told". */
export const PASSIVE_CLAUSE_LEADS = setOf(`when if once after before was were is are been being be get got`);

/** Determiners and quantifiers. */
export const QUANTIFIED_DETERMINERS = setOf(`a an the any every his her their its our some many several all`);

/** Forms of "be" and "have". */
export const BE_HAVE_PAST_PRESENT = setOf(`is are was were have has had`);

/** Adverbs of degree: "very", "particularly". */
export const DEGREE_ADVERBS = setOf(`most more very so less least particularly especially quite too`);

/** Quantifiers: "one of", "some of", "all of". */
export const COUNT_WORDS = setOf(`one two three some many several most each both none all few`);

/** Articles and possessive determiners. */
export const ARTICLES_POSSESSIVES = setOf(`a an the his her their its`);

/** Adverbs that open a clause: "There, …", "Still, …". */
export const ADVERBS_AFTER_COMMA = setOf(`there here instead still yet indeed meanwhile now then`);

/** Determiners of amount and possessives: "some", "no", "final", "little". */
export const AMOUNT_DETERMINERS = setOf(`some any no final more little his her their its our your`);

/** Words that open an embedded question: "asked whether", "said how". */
export const QUESTION_OPENERS = setOf(`whether if why how what when who whom where which about`);

/** The wh-words (and "if") that open a reported question: "asked whether", "did not say when". */
export const WH_WORDS = setOf(`whether if why how what when who where which`);

/** Who asks: "told reporters", "asked him". */
export const QUESTIONERS = setOf(`reporters journalists investigators him her them me us`);

/** Definite determiners of a plural. */
export const PLURAL_DEFINITES = setOf(`the both all these those`);

/** Coordinating conjunctions that open a clause: "but", "and", "yet", "so". */
export const BUT_AND_YET_SO = setOf(`but and yet so`);

/** Groups one speaks to: "reporters", "supporters". */
export const FOLLOWERS = setOf(`reporters journalists supporters donors staff members`);

/** Adjectives of those who know: "familiar with", "close to", "briefed on". */
export const INSIDER_ADJECTIVES = setOf(`involved familiar close privy knowledgeable briefed`);

/** Reflexive pronouns. */
export const REFLEXIVES = setOf(`himself herself themselves itself myself ourselves`);


/** Words before a show's or a work's title: "on “Meet the Press”", "told “Variety”", "read “…”". */
export const TITLE_LEADS = setOf(`on in with to of from at told tells for read reads`);

/** Articles, possessives and "some", "many", "several". */
export const DETERMINERS_FEW = setOf(`the a an his her their its our some many several`);

/** Articles, demonstratives and possessives. */
export const DEMONSTRATIVE_DETERMINERS = setOf(`a an the this these those such its his her their`);

/** Prepositions of motion or position: "into", "toward", "among". */
/** Verbs whose object is someone addressed ("emailed supporters", "wrote voters"): a listener, not a speaker. */
export const SENDING_VERBS = setOf(`emailed e-mailed texted messaged wrote sent mailed addressed`);
export const MOTION_PREPOSITIONS = setOf(`into onto toward towards through among between`);

/** Articles, prepositions and conjunctions inside a phrase. */
export const PHRASE_LINKS = setOf(`a an the of on in at for to with by from and or`);

/** Auxiliary verbs. */
export const AUXILIARIES = setOf(`have has had are were is was will would did do`);

/** Numbers written as words. */
export const ONE_TO_NINE = setOf(`one two three four five six seven eight nine`);

/** Conjunctions of condition. */
export const CONDITIONALS = setOf(`if unless whenever`);

/** Forms of "be". */
export const BE_FORMS = setOf(`is was were are been be am`);

/** Quantifiers: "other", "some", "most". */
export const QUANTIFIERS = setOf(`other some many several few both all most`);

/** Possessive determiners. */
export const POSSESSIVES = setOf(`his her their its`);

/** Adverbs of an earlier statement: "first reported", "previously said". */
export const EARLIER_ADVERBS = setOf(`first previously also originally earlier`);

/** Articles, possessives, "this", "that". */
export const DETERMINERS_THIS_THAT = setOf(`the a an his her its their our this that`);

/** Words that open a time: "on Monday", "late Tuesday", "until". */
export const TIME_LEADS = setOf(`on late early last this earlier until by`);

/** Auxiliary verbs after a subject. */
export const AUX_AFTER_SUBJECT = setOf(`has have had is are was were will would`);

/** Words that follow a name and end it. */
export const NAME_ENDERS = setOf(`of for at in with who which from and on`);

/** Words that end a phrase of time: "two days later", "a week ago". */
export const AGO_WORDS = setOf(`later ago earlier afterward afterwards`);

/** Words that open a clause against the last: "but", "still", "however". */
export const CONTRASTIVES = setOf(`but and so yet still however meanwhile`);

/** Words that open an aside after a comma. */
export const ASIDE_OPENERS = setOf(`of however though too again twice once`);

/** The press. */
export const PRESS = setOf(`reporters journalists correspondents`);

/** Prepositions before a noun phrase. */
export const SET_PREPOSITIONS = setOf(`in of for with from among between by`);

/** "is", "are", "was", "were". */
export const IS_ARE_WAS_WERE = setOf(`is are was were`);

/** Articles and demonstratives. */
export const ARTICLES_DEMONSTRATIVES = setOf(`a an the this that these those such`);

/** Relative pronouns. */
export const RELATIVE_PRONOUNS = setOf(`who which that`);

/** Words that open a short time: "a while", "two hours". */
export const SHORT_DURATION_OPENERS = setOf(`a an one two several hours minutes`);

/** Complement rules that name no content clause. */
export const TOPIC_COMPLEMENTS = setOf(`infinitive object-infinitive topic`);

/** Conjunctions of contrast: "while", "whereas". */
export const CONCESSIVES = setOf(`while whereas although though when`);

/** Prepositions of place and time. */
export const PLACE_TIME_PREPOSITIONS = setOf(`in at on from to with before after`);

/** Prepositions of relation: "over", "without", "about". */
export const RELATION_PREPOSITIONS = setOf(`over under without between about`);

/** Hedging adverbs: "somehow", "simply". */
export const HEDGE_ADVERBS = setOf(`somehow even simply really still`);

/** Long spans of time. */
export const LONG_DURATIONS = setOf(`days weeks months years decades`);

/** Short spans of time: "an hour", "a while". */
export const SPAN_NOUNS = setOf(`hour hours minute minutes while`);

/** Determiners of a few. */
export const FEW_DETERMINERS = setOf(`a an one two three several some`);

/** Prepositions that link a role to its matter: "for", "against", "about". */
export const ABOUT_PREPOSITIONS = setOf(`for of to against with about on`);

/** Determiners of a time: "this week", "every day". */
export const EACH_DETERMINERS = setOf(`this last next that each every`);

/** Words that open examples or a source group: "including", "among". */
export const EXAMPLE_LEADS = setOf(`including like such among from`);

/** "called", "named". */
export const CALLED_NAMED = setOf(`called named`);

/** Nouns of part: "part of", "most of". */
export const PART_WORDS = setOf(`part rest much most half none`);

/** Words that close a group: "alike", "too", "all". */
export const ALL_ALIKE = setOf(`alike themselves too both all`);

/** Words that open a recent time: "last week", "earlier this month". */
export const RECENT_TIME_LEADS = setOf(`last this earlier late early`);

/** Determiners of an added thing: "more", "another". */
export const MORE_DETERMINERS = setOf(`a an more new extra another`);

/** Modal verbs. */
export const MODALS = setOf(`would could might may will`);
/** Modals of obligation: people who "should" or "must" speak are told to, and have not spoken. */
export const OBLIGATION_MODALS = setOf(`should must shouldn't shouldn’t mustn't mustn’t`);

/** Forms of "be" and "get". */
export const BE_GET = setOf(`is was were are am get got`);

/** Events where one speaks. */
export const EVENT_NOUNS = setOf(`conference briefing event`);

/** Conjunctions of time. */
export const TIME_CONJUNCTIONS = setOf(`when if once after before`);

/** "to", "for", "of". */
export const TO_FOR_OF = setOf(`to for of`);

/** Conjunctions and adverbs that open a clause. */
export const AND_BUT_SO_YET_STILL_NOW = setOf(`and but so yet still now`);

/** Participles of naming: "named", "identified", "quoted". */
export const NAMING_PARTICIPLES = setOf(`named identified quoted`);

/** Subject pronouns. */
export const SUBJECT_PRONOUNS_IT = setOf(`he she they we i you it`);

/** Words before a topic: "of", "about", "it". */
export const ABOUT_THIS = setOf(`of about in on it this`);

/** Adjectives of nearness: "close to", "loyal to". */
export const NEAR_ADJECTIVES = setOf(`close next loyal near`);

/** The forms of "say". */
export const SAY_FORMS = setOf(`say says said saying`);

/** Relative pronouns. */
export const RELATIVES_WHOSE = setOf(`who which that whose`);

/** Pronouns of a subject. */
export const IT_HE_SHE_WHICH_THAT = setOf(`it he she which that`);

/** Forms of "be". */
export const BE_PAST_PRESENT_BEEN = setOf(`is are was were been`);

/** Personal subject pronouns. */
export const SUBJECT_PRONOUNS_PERSONAL = setOf(`he she they we i you`);

/** Relative pronouns. */
export const RELATIVES_WHOM = setOf(`who that which whom`);

/** The forms of "have". */
export const HAVE_FORMS = setOf(`have has had having`);

/** Words that open a parenthetical after a subject ("X, who …", "X, a spokesman …", "X, citing …"). */
export const PARENTHETICAL_OPENERS = setOf(`who who's who’s who'd who’d who've who’ve whose which a an the another one his her
  their its our both each many most some several all now then once still also himself herself themselves like unlike
  along together in at of from via with without despite though although even for by on as while when not after before
  during speaking asked writing responding reacting citing echoing noting pointing referring`);

/** Words that make a number approximate: "nearly three in five". */
export const APPROXIMATORS = setOf(`nearly almost about roughly around over under`);

/** Shares a group is counted in: "percent of voters", "a majority of senators". */
export const SHARE_WORDS = setOf(`percent % majority half third quarter most many some all none`);

/** Where an anonymous source's description ends: a relative clause, its access or its cue. */
export const DESCRIPTION_ENDERS = setOf(`who that which whose familiar close with briefed involved privy speaking said says`);

/** Words that can follow a subject ("officials were", "a source who"), besides forms in -ed, -ly and -s. */
export const AFTER_SUBJECT = setOf(`is are was were has have had does did do will would could can should may might must also
  then later still who which`);

/** Capitalised words that open a phrase rather than continue a name. */
export const CAPITALISED_OPENERS = setOf(`The A An In On At For But And Including Like Such Among Both All Some`);

/** The writer as a subject: "I", "we". */
export const FIRST_PERSON_SUBJECTS = setOf(`i we`);

/** Subject pronouns but "you". */
export const SUBJECT_PRONOUNS_NO_YOU = setOf(`he she they we i it`);

/** Conjunctions that open a clause. */
export const AND_BUT_SO_YET_THEN = setOf(`and but so yet then`);

/** The forms of "go". */
export const GO_FORMS = setOf(`went goes go going`);

// Word classes the rules test a single word against.

/** Words that open examples or a likeness: "including", "like", "as". */
export const EXAMPLE_OPENERS = setOf(`including like as`);

/** Words that end a phrase of time: "two days later", "a week ago". */
export const LATER_OR_AGO = setOf(`later earlier ago`);

/** Particles after a verb: "call for", "sign off", "speak out". */
export const VERB_PARTICLES = setOf(`for on off up out`);

/** Coordinating conjunctions. */
export const COORDINATORS = setOf(`but and so yet or`);

/** Prepositions of a topic: "over", "about". */
export const TOPIC_PREPOSITIONS = setOf(`in over on about`);

/** Words before the name of a show or a paper: "said on “DWTS”", "told “Variety”". */
export const OUTLET_LEADS = setOf(`on in told tells`);

/** Past forms of "be" and "have". */
export const WAS_HAS_PAST = setOf(`was were has had`);

/** Comparatives of amount. */
export const COMPARATIVE_AMOUNTS = setOf(`more fewer less`);

/** "today", "yesterday". */
export const TODAY_YESTERDAY = setOf(`today yesterday`);

/** Verbs of keeping on or starting, before a gerund that is the clause's own verb: "kept saying", "began yelling". */
export const KEEP_FORMS = setOf(`kept keeps keep began begins begin begun started starts start`);

/** Forms of "make", which before a cue's plural make it a noun: "made claims that …", "make jokes about …". */
export const MAKE_FORMS = setOf(`make makes made making`);

/** Forms of "be", and the verbs of keeping on or starting: before a gerund, its auxiliary. */
export const BE_KEEP: ReadonlySet<string> = new Set([...BE_FORMS, ...KEEP_FORMS]);

/** Words that open a content clause. */
export const CONTENT_CLAUSE_OPENERS = setOf(`that whether if`);

/** "more", "most", "other". */
export const MORE_MOST_OTHER = setOf(`more most other`);

/** Prepositions after an adjective or noun: "at", "of", "for", "with". */
export const AT_OF_FOR_WITH = setOf(`at of for with`);

/** Coordinating conjunctions but "so". */
export const AND_BUT_OR_YET = setOf(`but and or yet`);

/** Adjectives before "to say" in the writer's hedges: "it is fair to say", "too soon to say", "needless to say". */
export const HEDGE_ADJECTIVES = setOf(`fair safe unfair soon early hard difficult impossible accurate needless suffice`);

/** Seasons and "time", after which "that" is a determiner ("that summer"), as before the time words. */
export const SEASONS = setOf(`summer winter spring autumn fall season time`);

/** Adverbs that open a sentence before its subject. */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set(['now', 'even', 'likewise', 'moreover', 'therefore', 'furthermore', 'meanwhile', 'still',
  'also', 'however', 'instead', 'indeed', 'then', 'thus', 'hence', 'similarly', 'finally', 'later', 'earlier', 'again', 'separately', 'nevertheless',
  'nonetheless', 'additionally', 'besides', 'only', 'just', 'already', 'yesterday', 'today']);

/** Past forms that compromise's lexicon tags otherwise ("left" as an adjective, "put" and "cut" as bases), which after a
 *  name and before a determiner, preposition or comma are that name's verb: "Clinton left the room". */
export const PAST_FORMS_UNLISTED: ReadonlySet<string> = new Set(['left', 'lost', 'put', 'set', 'cut', 'hit', 'let', 'quit', 'shut', 'spread', 'cast', 'hurt', 'cost', 'bid', 'read', 'won', 'led', 'fled', 'held']);

/** What opens a setting after "in his …" before a cue's content ("said in a statement", "in a televised address");
 *  read as word starts ("statements", "interviews", "newspaper"). */
export const SETTING_MEDIA_STARTS = setOf(`statement interview letter memo post tweet speech email e-mail note filing report video message
  conversation briefing press news call televised radio phone separate recent written joint blog op-ed podcast`);
/** What opens an event after "at a …" or "during the …" ("at a news conference", "during the hearing"); word starts. */
export const EVENT_STARTS = setOf(`news press briefing hearing meeting rally event conference forum summit`);
/** Reporting verbs that end an anonymous source's description ("a person familiar with the talks said …"). */
export const SAYING_WORDS = setOf(`said says say saying told tells telling added adds wrote writes explained confirmed noted insisted
  acknowledged acknowledge acknowledges argued argue warned warn described according cautioned predicted claimed claim stressed
  suggested disclosed revealed denied disagreed agreed objected countered responded replied conceded admitted maintained
  contended estimated speculated cited`);
/** The cues where an anonymous source's phrase ends ("Sources close to the talks | told Reuters …"). */
export const SOURCE_ENDING_CUES = setOf(`said says say told tells added adds warned confirmed according noted explained described insisted`);
/** Words that open a subject like a determiner ("the", "some", "both", "their"); a number does too. */
export const DETERMINER_LIKE_WORDS = setOf(`the a an some many most all both other several few his her their its our`);
/** Shares of a whole before "of" ("a majority of", "half of", "a third of"); a number does too. */
export const SHARES_OF = setOf(`percent % majority minority half third thirds quarter plurality`);
/** Words that open no noun phrase, so an unnamed source's mention starts after them: subordinators, prepositions,
 *  contracted subjects ("she's") and time units (apostrophes written straight). */
export const NOT_AN_OPENER = setOf(`as where when while if because although though since after before until unless whether from by
  with for to of in on at into about against she's he's it's that's there's they're week month year day night`);
/** Prepositions after which a source's description places it ("an official at the ministry"). */
export const DESCRIPTION_PREPOSITIONS = setOf(`of for at in from with to on inside within`);
/** Words that open a place's name: "Fort Pierce", "Mount Vernon", "Lake Charles", "Port Arthur" ("Ft.", "Mt." too). */
export const PLACE_LEADS = setOf(`fort ft mount mt lake port cape camp`);

/** Verbs by which a recording shows someone speaking: "the video showed Ana Lind saying …". */
export const SHOWING_VERBS = setOf(`show shows showed shown showing feature features featured featuring depict depicts depicted capture captures captured hear heard`);

/** Forms of "spend": "spent an hour explaining". */
export const SPEND_FORMS = setOf(`spend spends spent spending`);

/** What follows an amount of time that opens a sentence: "Soon after,", "Hours later,", "Shortly before the vote,". */
export const SOON_LINKS = setOf(`after afterward afterwards thereafter before later`);

/** Prepositions that may open reported content before its clause: "said that after the vote, the board …". */
export const OPENING_PREPOSITIONS_OF_CONTENT = setOf(`after before during since in on at under despite following amid without`);

/** Words before a count: "more than 4 in 10", "nearly half", "at least 20". */
export const AMOUNT_LEADS = setOf(`more less fewer than about nearly almost roughly over under at least just`);

/** Small words inside a title: "Meet the Press", "Face the Nation". */
export const TITLE_JOINERS = setOf(`the of and a an on in for with to at`);

/** Words that open a pair joined by "and"/"or": "both he and Rubio", "either the mayor or". */
export const PAIR_OPENERS = setOf(`both either neither between`);
