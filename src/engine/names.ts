/**
 * Names: which capitalised runs are people (and their gender), which are organisations or places, and the article's
 * index of full names so a bare surname ("Zelensky") resolves to the fullest form ("Volodymyr Zelensky").
 */
import { isVerbOnly, nameLexicon } from './lexicon';
import { ANON_HEAD_WORDS, ORG_HEADS, PROPER_ANON_WORDS, SURNAME_LIKE_HEADS, isPeoplePlural } from './tables/heads';
import { ARTICLES_POSSESSIVES_ANOTHER, DETERMINERS, FEMALE_HONORIFICS, MALE_HONORIFICS, NAME_ENDERS, NEVER_NAME_ENDS, OFFICE_MODIFIERS, PERSON_TITLES, PLACE_LEADS, PLACES_ALSO, TIME_WORDS, TITLES, TO_FOR_OF, VERBS_AFTER_SUBJECT } from './tables/words';
import { sentenceSubject } from './clauses';
import { endsPossessive, isAcronymLike, isCapitalized, isDottedCapitals, isLowerEdForm, isLowerHyphenWord, KEEP_TOKENS_UP_TO, lowerAt, lowercase, phraseKey, readText, remembered, rememberedBy, sentenceIndex, startsLowerCase, stripPossessive, textAt, type TextModel, type Token } from './text';

export type Gender = 'm' | 'f' | 'u';

export interface NameParts {
  /** The name without titles: "Naftali Bennett". */
  bareName: string;
  /** Lower-case title words that preceded it. */
  titles: string[];
  /** The gender is the person's own "said he" or "said she", against what the first name suggests. */
  own?: boolean;
  gender: Gender;
  isPerson: boolean;
}

const PARTICLES = new Set(['de', 'van', 'von', 'da', 'di', 'del', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'el', 'du', 'dos', 'das', 'st']);
/** Capitalised words that start sentences or headings without being names. */
const CAPITAL_FUNCTION = new Set(`the a an in on at for after as but and or so if when while during since with from by of to
  this that these those it its his her their our we he she they i meanwhile however still yet also although though
  because before last next new more most many some several one two three according despite under over about like
  image credit photo video read watch listen advertisement related why what how whatever whenever is are was were both
  within without correction update even now only then likewise moreover therefore thus instead outside inside amid
  among across behind beyond near upon toward towards until unless whether where whose which`.split(/\s+/));

function titleWord(lower: string): boolean {
  return TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** Capitalised words that open sentences and clauses without naming anyone. */
const NOT_A_NAME = new Set(`another other someone somebody anyone everyone no-one nobody there it even indeed early instead
  back still yet also such each every either neither perhaps maybe asked speaking republican democrat democratic
  conservative liberal western eastern northern southern seconds minutes hours days weeks months years decades`.split(/\s+/u));

/** Words that introduce a person by name: "a resident named Caroline", "a man called Tomas". */
const INTRODUCING = new Set(['named', 'called', 'nicknamed']);

/**
 * A one-word "name" that cannot be a speaker: a function word, title or adverb capitalised at the start of a sentence
 * ("There", "Indeed", "Speaking", "Senator"), or a party or regional adjective ("Republican", "Western"). Plural groups
 * ("Democrats", "Russians") and surnames that are also ordinary words ("Baker", "Hill") are not junk.
 */
export function isJunkSingleName(word: string): boolean {
  const lower = lowercase(stripPossessive(word)).replace(/\.$/u, '');
  if (isAcronymLike(word)) return false; // an acronym (FBI, ESPN)
  if (CAPITAL_FUNCTION.has(lower) || NOT_A_NAME.has(lower) || titleWord(lower)) return true;
  // "We’ve", "You’re", "They’ll": a contraction opens a sentence, it names no one.
  if (/['’](?:ve|re|ll|d|m)$/u.test(lower)) return true;
  const lex = nameLexicon();
  if (lex.givenNames.has(lower) || lex.familyNames.has(lower) || lex.orgs.has(lower) || lex.places.has(lower)) return false;
  return /^[a-z]+(?:ing|ly)$/u.test(lower);
}

/** A place compromise's lexicon knows, or one of the few countries it leaves out ("Britain"). */
export function isPlaceWord(lower: string): boolean {
  return nameLexicon().places.has(lower) || PLACES_ALSO.has(lower);
}

/** Gender from honorifics and the first name, 'u' when nothing tells. */
export function genderOf(titles: readonly string[], firstName: string | undefined): Gender {
  for (const t of titles) {
    if (MALE_HONORIFICS.has(t)) return 'm';
    if (FEMALE_HONORIFICS.has(t)) return 'f';
  }
  if (firstName) {
    const g = nameLexicon().givenNames.get(lowercase(firstName));
    if (g === 'm' || g === 'f') return g;
  }
  return 'u';
}

/** An all-capital word (FBI, PG&E, BART's): an acronym, never a first name. */
function isAcronym(word: string): boolean {
  const w = stripPossessive(word);
  // Most words answer at their second letter, an ASCII lower-case one: no regex test for them.
  const c = w.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return /^[\p{Lu}&]{2,}$/u.test(w);
}

const PLACE_KINDS = new Set(`sea ocean river lake bay gulf strait mountain mountains mount valley island islands peninsula desert canyon street avenue boulevard road square park bridge airport station stadium arena plaza tower hotel resort casino county province coast`.split(/\s+/u));

/** Does a multi-word capitalised name look like an organisation or a place rather than a person? */
export function looksInstitutional(words: readonly string[]): boolean {
  const lex = nameLexicon();
  const lowerWords = words.map((w) => lowercase(stripPossessive(w)));
  const joined = lowerWords.join(' ');
  if (lex.orgs.has(joined) || lex.places.has(joined)) return true;
  if (words.length === 2 && SURNAME_LIKE_HEADS.has(lowerWords[1]) && lex.givenNames.has(lowerWords[0]) && !lex.places.has(lowerWords[0])) return false;
  if (lowerWords.some((w) => ORG_HEADS.has(w) || w.includes('&') && /^[\p{Lu}&]{2,}$/u.test(w.toUpperCase()))) return true;
  // All-capital acronyms (PG&E, BBC, ICICI Securities) and single places are institutions.
  if (words.some(isAcronym)) return true;
  if (words.length === 1 && isAcronymLike(words[0])) return true;
  if (words.length === 1 && lex.places.has(lowerWords[0])) return true;
  // "Aral Sea", "Hudson River", "Pennsylvania Avenue": a place named by its kind (not "Linda Park", "Ann Lake").
  if (words.length >= 2 && PLACE_KINDS.has(lowerWords[lowerWords.length - 1]) && !lex.givenNames.has(lowerWords[0])) return true;
  // "Fort Pierce", "Mount Vernon", "Lake Charles", "Port Arthur".
  if (words.length >= 2 && PLACE_LEADS.has(lowerWords[0].replace(/\.$/u, ''))) return true;
  return false;
}

/**
 * "Big Machine", "Whole Foods", "Go-Kart Track": a capitalised phrase that starts with an ordinary English word, or
 * ends with an ordinary noun, names a thing, not a person (compromise's lexicon tells ordinary words from names).
 */
function commonWordName(words: readonly string[]): boolean {
  const lex = nameLexicon();
  const first = lowercase(words[0]);
  const last = lowercase(stripPossessive(words[words.length - 1]));
  // (A word common only by its "-ly" ending is a given name before a known surname: "Nealy Cox", "Rosaly Lopes".)
  const lyOnly = first.endsWith('ly') && !lex.nouns.has(first) && !lex.adjectives.has(first);
  if (lex.isCommon(first) && !lex.givenNames.has(first) && !lex.familyNames.has(first) && !(lyOnly && lex.familyNames.has(last))) return true;
  return lex.nouns.has(last) && !lex.familyNames.has(last);
}

/**
 * Split a capitalised phrase into titles and name ("Ukrainian President Volodymyr Zelensky" → titles
 * [ukrainian, president], name "Volodymyr Zelensky") and decide whether it names a person.
 */
const parsed = new Map<string, NameParts | null>();
const PARSE_CACHE_LIMIT = 20_000;

/** parseName is pure and names repeat: remember results (bounded). `key` is the words joined by spaces (a caller that
 *  has it passes it on). */
export function parseName(words: readonly string[], key = words.join(' ')): NameParts | null {
  const hit = parsed.get(key);
  if (hit !== undefined) return hit;
  const result = parseNameUncached(words);
  if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
  parsed.set(key, result);
  return result;
}

/** Titles that are also common given names. */
const TITLES_ALSO_GIVEN: ReadonlySet<string> = new Set(['dean']);

/** An agent noun that opens a capitalised run only as a role before a name ("Developer", "Automaker", "Chipmaker"). */
function agentOpener(word: string): boolean {
  const lower = lowercase(word);
  const lex = nameLexicon();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || lex.givenNames.has(lower) || lex.familyNames.has(lower) || lex.places.has(lower) || lex.orgs.has(lower) || TITLES.has(lower)) return false;
  return lex.actors.has(lower) || /^[a-z]{3,}maker$/u.test(lower);
}

/** A capitalised verb in "-s" ("Blasts", "Excommunicates"), not a given name or surname ("Santos", "Ellis", "Reyes"). */
function headlineVerb(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(word) || /(?:ss|us|is|ys)$/u.test(word)) return false;
  const lower = lowercase(word);
  const lex = nameLexicon();
  return !lex.givenNames.has(lower) && !lex.familyNames.has(lower) && !lex.places.has(lower) && !lex.orgs.has(lower);
}

function parseNameUncached(words: readonly string[]): NameParts | null {
  // "Goonies Never say die", "SHOUTED HEADLINE WORDS": no name ends in an adverb, and a run of capitals spelt out in
  // full words is a headline, not a name.
  if (NEVER_NAME_ENDS.has(lowercase(words[words.length - 1]))) return null;
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}'’.-]+$/u.test(w)) && words.some((w) => w.replace(/[^\p{Lu}]/gu, '').length > 5)) return null;
  let i = words.length - 1;
  // The name is the trailing run of non-title words — but a title word after a first name is a surname ("Matthew
  // Prince", "Helen Judge"): titles come before names.
  const lexicon = nameLexicon();
  // An acronym is never a first name ("BART Police Chief Ed Alvarez").
  const firstNameAt = words.findIndex((w) => lexicon.givenNames.has(lowercase(w)) && !isAcronym(w));
  while (i >= 0 && !(titleWord(lowercase(words[i])) && !(firstNameAt >= 0 && i > firstNameAt))) i--;
  // "Dean Johnson": a title that is a common given name, right before a bare surname, is the given name ("Dean Martha
  // Minow" keeps the title, a first name following it).
  if (i === 0 && words.length === 2 && TITLES_ALSO_GIVEN.has(lowercase(words[0])) && !lexicon.givenNames.has(lowercase(words[1]))) i = -1;
  const titles = words.slice(0, i + 1).map((w) => lowercase(w).replace(/\.$/u, ''));
  let nameWords = words.slice(i + 1).map((w, k, arr) => (k === arr.length - 1 ? stripPossessive(w) : w));
  // "State Department", "Justice Ministry": a title word before an institution's head is part of its name.
  if (nameWords.length === 1 && i >= 0 && ORG_HEADS.has(lowercase(stripPossessive(nameWords[0])))) nameWords = [];
  if (nameWords.length === 0) {
    // Every word is a title word ("White House", "State Department"): an institution's name, kept whole.
    nameWords = words.map((w, k, arr) => (k === arr.length - 1 ? stripPossessive(w) : w));
    return { bareName: nameWords.join(' '), titles: [], gender: 'u', isPerson: false };
  }
  const lex = nameLexicon();
  // "special envoy for Ukraine Kurt Volker", "Republican Christine Todd Whitman": a place, nationality or party before
  // a first name is not part of the name.
  let lead = 0;
  // ... and so is a role written before it ("Employee Steve Castro", "Singer-guitarists Tom Johnston").
  const describes = (w: string): boolean => isPlaceWord(w) || lex.orgs.has(w) || PROPER_ANON_WORDS.has(w) || w === 'democratic' ||
    w.split('-').every((part) => isRoleNoun(part) || isRoleNoun(part.replace(/s$/u, '')));
  // (A word that is itself a given name opens the name: "Luther Stan Pate", "Jordan Lee Hill".)
  // A place may also stand before a name written surname first: "ambassador to Britain Liu Xiaoming".
  const nameOpens = (k: number): boolean => lex.givenNames.has(lowercase(nameWords[k])) ||
    isPlaceWord(lowercase(nameWords[k - 1])) && lex.familyNames.has(lowercase(nameWords[k])) && k <= nameWords.length - 2;
  while (lead < nameWords.length - 2 && describes(lowercase(nameWords[lead])) && !lex.givenNames.has(lowercase(nameWords[lead])) && nameOpens(lead + 1)) lead++;
  // "CBS Sports NFL Insider Jason La Canfora", "NASA Administrator Jim Bridenstine": an institution and a role before a
  // person's name (a first name and more) — but "New York Times" stays whole, its tail being an institution.
  if (lead === 0 && looksInstitutional(nameWords)) {
    for (let k = 1; k <= nameWords.length - 2; k++) {
      const rest = nameWords.slice(k);
      if (lex.givenNames.has(lowercase(rest[0])) && !isAcronym(rest[0]) && !looksInstitutional(rest)) { lead = k; break; }
    }
  }
  if (lead > 0 && looksInstitutional(nameWords.slice(lead))) lead = 0;
  if (lead > 0) nameWords = nameWords.slice(lead);
  // "Developer Valve", "Chipmaker Intel": a word for what a company or person does, capitalised only because it opens
  // the sentence, before the name — a role, not part of the name (not a surname such as "Baker" or "Fisher").
  if (lead === 0 && nameWords.length >= 2 && agentOpener(nameWords[0]) && /^\p{Lu}/u.test(nameWords[1])) {
    const rest = parseNameUncached(nameWords.slice(1));
    return rest && { ...rest, titles: [...titles, lowercase(nameWords[0]), ...rest.titles] };
  }
  // ("CNN President On Trump:": after a title, a name never opens with a preposition or another function word — a
  // headline's next words.)
  if (i >= 0 && nameWords.length >= 2 && CAPITAL_FUNCTION.has(lowercase(nameWords[0])) && !lex.givenNames.has(lowercase(nameWords[0]))) return null;
  // ("Francesco Excommunicates Trump", "Maria Blasts Trump": a title-case headline, its verb inside the run — a word in
  // "-s" between two capitalised words that no list knows as a name, after a given name: not "Los Angeles Times",
  // "Black Lives Matter", "National Nurses United".)
  if (nameWords.length >= 3 && lex.givenNames.has(lowercase(nameWords[0])) && nameWords.slice(1, -1).some(headlineVerb)) return null;
  const joined = nameWords.join(' ');
  const name = joined.includes('.') ? joined.replace(/\s+\./gu, '.') : joined;
  const firstLower = lowercase(nameWords[0]);
  const institutional = looksInstitutional(nameWords);
  const hasPersonTitle = titles.some((t) => MALE_HONORIFICS.has(t) || FEMALE_HONORIFICS.has(t) || PERSON_TITLES.has(t));
  // A person's name is a few words, none of them a function word: "Bush Hits Marco Rubio On Rape Exception For
  // Abortions Jeb Bush" is a headline run into a name.
  const core = nameWords.filter((w) => !PARTICLES.has(lowercase(w)) && !(w.length <= 4 && /^(?:jr|sr|ii|iii|iv)\.?$/iu.test(w)));
  // (Run on past five words with a function word among them, it names nothing at all.)
  const functionWord = nameWords.slice(1).some((w) => CAPITAL_FUNCTION.has(lowercase(w)) && !PARTICLES.has(lowercase(w)));
  const headline = core.length > 4 || functionWord;
  // Its last given name and what follows may still be a person's name: "… Over Zika Virus Chris Christie".
  if (core.length > 5 && functionWord && !institutional) {
    let tail = nameWords.length;
    while (tail > 1 && !CAPITAL_FUNCTION.has(lowercase(nameWords[tail - 1]))) tail--;
    const rest = nameWords.slice(tail);
    const given = rest.findIndex((w) => lex.givenNames.has(lowercase(w)));
    return given >= 0 && rest.length - given >= 2 && rest.length - given <= 3 ? parseNameUncached(rest.slice(given)) : null;
  }
  // ("Mexican American", "African American": nationalities, every word with a nationality's ending and none a known name.)
  const nationality = !hasPersonTitle && nameWords.every((w) => /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u.test(w) && !lex.givenNames.has(lowercase(w)) && !lex.familyNames.has(lowercase(w)));
  const person = !institutional && !headline && !nationality && (hasPersonTitle || lex.givenNames.has(firstLower) || (nameWords.length === 2 && TITLES_ALSO_GIVEN.has(firstLower)) || (nameWords.length >= 2 && !commonWordName(nameWords)) || FAMILY_NAME_FIRST.test(name));
  return { bareName: name, titles, gender: person ? genderOf(titles, nameWords.length >= 2 ? nameWords[0] : undefined) : 'u', isPerson: person };
}

export interface NameOccurrence {
  /** Global position: block * 2^20 + offset, so occurrences sort in reading order. */
  pos: number;
  block: number;
  charStart: number;
  charEnd: number;
  nameParts: NameParts;
  /** The name opens its sentence (or follows only an opening adverbial). */
  subject: boolean;
  /** The name is written inside quotation marks: someone speaks of the person, who is not the one speaking. */
  quoted?: boolean;
  /** Role nouns written beside the name: titles, "talent manager X", "X, a spokeswoman for Y". */
  roles: string[];
  /** The name is joined to another by "and" or "&" ("Wilcox and Beruff argued"). */
  joined?: boolean;
  /** An appositive follows the name: "Bob Ruiz, a nurse from Ohio," / "Ana Lima, 56,". */
  appositive?: boolean;
  /** Lower-case surname, for lookups. */
  surname: string;
  /** Keys (phraseKey) of the role phrases written right before the name and ending at it, from the nearest title word
   *  back to the clause's start: "China’s ambassador to Britain Liu Xiaming" gives "ambassador to britain" and "china
   *  ambassador to britain". */
  leads?: string[];
  /** The name is the other party of a phrase that opens its sentence ("In an interview with X,", "Speaking to X,",
   *  "Asked by X,"): up to this position, its sentence's end, the one speaking is someone else. */
  listenerUntil?: number;
}

/** The role phrases that end right before token `first` (see NameOccurrence.leads). */
function leadsBefore(tokens: readonly Token[], runStart: number, to: number, name: string): string[] | undefined {
  // (The run may open with a place the name does not hold: "… to Britain Liu Xiaming".)
  const opener = name.split(' ')[0];
  let first = runStart;
  while (first < to && tokens[first].surface !== opener) first++;
  if (first === to) first = runStart;
  let title = -1;
  for (let k = first - 1; k >= 0 && k >= first - 4 && tokens[k].word; k--) if (TITLES.has(tokens[k].lower)) title = k;
  if (title < 0) return undefined;
  const out: string[] = [];
  // (Two words at least: a bare "president" is left to the roles and their salience.)
  for (let k = Math.min(title, first - 2); k >= 0 && k >= first - 7 && tokens[k].word; k--) out.push(phraseKey(tokens.slice(k, first).map((t) => t.surface).join(' ')));
  return out;
}

/** Words that name what a person does: titles, compromise's actor nouns, agent suffixes (-er, -ist, -ee). */
export const isRoleNoun = remembered((word: string): boolean => {
  if (word.length < 3 || CAPITAL_FUNCTION.has(word)) return false;
  return TITLES.has(word) || ANON_HEAD_WORDS.has(word) || nameLexicon().actors.has(word) || /(?:er|or|ist|ian|ee|ant|ent|man|woman|person)$/u.test(word) && !/(?:ing|ed)$/u.test(word);
});

/** The role an abbreviated title gives its holder: "Sen. Marco Rubio" is who "the senator" means later. */
const TITLE_ROLE: Readonly<Record<string, string>> = {
  sen: 'senator', gov: 'governor', rep: 'representative', pres: 'president', gen: 'general', lt: 'lieutenant',
  sgt: 'sergeant', supt: 'superintendent', atty: 'attorney', amb: 'ambassador', adm: 'admiral', col: 'colonel',
  capt: 'captain', cmdr: 'commander', det: 'detective', insp: 'inspector', prof: 'professor', dr: 'doctor',
};

/** Words that make a role a past one: "former President Bill Clinton" is who "the former president" means, not "the
 *  president". */
export const PAST_ROLE = new Set(['former', 'ex', 'onetime', 'one-time', 'erstwhile']);

/** Role nouns around a name: lower-case words just before it and the head of an appositive just after it; a past role
 *  is kept as "former <role>". */
function rolesAround(tokens: readonly Token[], first: number, last: number, titles: readonly string[]): string[] {
  // "Former President Bill Clinton" (a title word), "former Sen. Ada Lind", "Former Clinton pollster Doug Schoen" (a
  // word a few before the name, with no punctuation between).
  let past = titles.length > 0 && titles.some((t) => PAST_ROLE.has(t));
  for (let k = first - 1; k >= 0 && k >= first - 4 && tokens[k].word && !past; k--) past = PAST_ROLE.has(tokens[k].lower);
  // Qualified role: "World Bank President Jim Yong Kim", "Vice President Joe Biden", "Dan Gross, president of the Brady
  // Campaign" hold an office of some body, and are "the president" only when the article names no one who is just
  // "President X" (kept under "~president").
  // (Most names come without a title word: no copies of the empty list for them.)
  const roles = new Set<string>();
  if (titles.length > 0) {
    const q = titles.some((t) => (OFFICE_MODIFIERS.has(t) || ORG_HEADS.has(t)) && !PAST_ROLE.has(t)) ? '~' : '';
    for (const t of titles.filter((t) => !PAST_ROLE.has(t)).map((t) => TITLE_ROLE[t] ?? t).filter((t) => t.length > 2)) roles.add(q + (past ? `former ${t}` : t));
  }
  // "talent manager Scooter Braun", "press secretary Josh Earnest".
  const before = tokens[first - 1];
  if (before?.word && !isCapitalized(before.surface) && isRoleNoun(before.lower) && !PAST_ROLE.has(before.lower)) roles.add(past ? `former ${before.lower}` : before.lower);
  // "ambassador to Britain Liu Xiaoming", "envoy for Ukraine Kurt Volker": the role before the place the run opens with.
  const owner = tokens[first - 2];
  if (before?.word && TO_FOR_OF.has(before.lower) && owner?.word && !isCapitalized(owner.surface) && TITLES.has(owner.lower) && isPlaceWord(tokens[first].lower)) roles.add(past ? `former ${owner.lower}` : owner.lower);
  // "Kym Lino, a spokesperson for Instagram," / "Beth Ruffin, a real estate agent," / "Lakshiwnder Singh, another deportee,".
  if (tokens[last + 1]?.surface === ',') {
    let k = last + 2;
    // "John Reed, 56, said": "the 56-year-old" later is him.
    if (/^\d{1,3}$/u.test(textAt(tokens, k)) && /^[,.;)—–]$/u.test(textAt(tokens, k + 1))) roles.add(`${tokens[k].surface}-year-old`);
    if (tokens[k] && ARTICLES_POSSESSIVES_ANOTHER.has(tokens[k].lower)) k++;
    let head = '';
    let formerly = false;
    while (tokens[k]?.word && k - last < 9 && !NAME_ENDERS.has(tokens[k].lower)) {
      if (PAST_ROLE.has(tokens[k].lower)) formerly = true;
      else if (!isCapitalized(tokens[k].surface) && isLowerHyphenWord(tokens[k].surface)) head = tokens[k].lower;
      k++;
    }
    const of = tokens[k]?.lower === 'of' && isCapitalized(tokens[k + (tokens[k + 1]?.lower === 'the' ? 2 : 1)]?.surface ?? '') ? '~' : '';
    if (head && isRoleNoun(head)) roles.add(of + (formerly ? `former ${head}` : head));
  }
  return [...roles];
}

/** Whether an appositive opens after the name ending at token `last`: ", a nurse from Ohio", ", 56,", ", the group's
 *  founder". */
function appositiveAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.surface !== ',') return false;
  const next = tokens[last + 2];
  return next !== undefined && (ARTICLES_POSSESSIVES_ANOTHER.has(next.lower) || /^\d+$/u.test(next.surface));
}

/** An organisation the article names, wherever it stands (subject, object, possessive): what "the company" may mean. */
export interface OrgMention {
  pos: number;
  orgName: string;
  /** Lower-case name, and its last word ("department" of "Justice Department"). */
  orgKey: string;
  lastWord: string;
  /** The name opens its sentence (where "Among", "Hey" and other capitalised words look like names too). */
  initial: boolean;
}

/**
 * The organisation a capitalised run names, or null: one uncommon word that is no person's name, place or time
 * ("WeWork", "NASA", "PG&E"), or several ending in an institution's head ("Dick Clark Productions") or known to the
 * lexicon as an organisation.
 */
function organisationNamed(words: readonly string[], parts: NameParts, key = words.join(' ')): string | null {
  // (parts is parseName(words): the answer depends on the words alone.)
  return organisationOfRun(key, words, parts);
}

const organisationOfRun = rememberedBy((words: readonly string[], parts: NameParts): string | null => {
  if (parts.isPerson || parts.titles.length > 0) return null;
  // (A title word inside the name of an office is its subject, not a person's title: "Justice Department", "World
  // Health Organization", "Foreign Ministry".)
  const lex = nameLexicon();
  const lower = words.map((w) => lowercase(stripPossessive(w)));
  const last = lower[lower.length - 1];
  if (last.split('-').some(isPlaceWord) || PLACE_KINDS.has(last) || lex.places.has(lower.join(' ')) || lower.some((w) => TIME_WORDS.has(w) || TITLES.has(w) && !ORG_HEADS.has(last))) return null;
  if (words.length === 1) {
    // (Nor a nationality: "American", "Chinese", "Kurdish".)
    return /-\p{Ll}|(?:an|ese|ish)$/u.test(words[0]) || isJunkSingleName(words[0]) || lex.givenNames.has(last) || lex.familyNames.has(last) || ORG_HEADS.has(last) || ANON_HEAD_WORDS.has(last) || lex.isCommon(last) ? null : parts.bareName;
  }
  return ORG_HEADS.has(last) || lex.orgs.has(lower.join(' ')) ? parts.bareName : null;
});

/** A lower-case word that a name before it modifies ("American workers", "the GOP debate"), not a verb it governs. */
/** Whether the capitalised run ending at `to` modifies the lower-case noun after it ("American workers"). */
function modifiesNoun(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to + 1];
  return next !== undefined && startsLowerCase(next.surface) && !/['’]s?$/u.test(tokens[to].surface) && modifiedNoun(next.lower);
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

const modifiedNoun = remembered((lower: string): boolean => {
  const nouns = nameLexicon().nouns;
  return (nouns.has(lower) || nouns.has(lower.replace(/e?s$/u, ''))) && !VERBS_AFTER_SUBJECT.has(lower);
});

export const POS_SHIFT = 1 << 20;

export function globalPos(block: number, offset: number): number {
  return block * POS_SHIFT + offset;
}

/** "J.J", "C.J" (before their last dot): a person's initials — not a country's ("U.S", "U.K", "D.C"). */
function isDottedInitials(word: string): boolean {
  return isDottedCapitals(word) && !PLACE_INITIALS.has(word);
}
const PLACE_INITIALS = new Set(['U.S', 'U.K', 'U.N', 'D.C', 'L.A', 'N.Y', 'E.U', 'N.J']);

/** A surname written with the Arabic article, in lower case after a given name: "Ayman al-Zawahri", "Anwar al-Awlaki". */
const ARABIC_ARTICLE = String.raw`(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed)-`;
const ARTICLE_PREFIXED = new RegExp(String.raw`^${ARABIC_ARTICLE}\p{Lu}`, 'u');
/** The article itself, dropped from a surname's key ("al-Awlaki" is "Awlaki"). */
const FAMILY_NAME_FIRST = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+(?:['’]s?)?$/u;
const ARTICLE_OF_SURNAME = new RegExp(String.raw`^${ARABIC_ARTICLE}(?=\p{L})`, 'u');

/** Whether a word can continue a name begun by a capitalised word. */
function continuesName(word: string): boolean {
  return isCapitalized(word) || ARTICLE_PREFIXED.test(word);
}

/** Whether token `i` ends a capitalised name: capitalised itself, or "al-Zawahri" after a capitalised word ("Mr."). */
export function endsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (isCapitalized(t.surface)) return true;
  const before = tokens[i - 1]?.surface === '.' ? i - 2 : i - 1;
  return before >= 0 && ARTICLE_PREFIXED.test(t.surface) && isCapitalized(tokens[before].surface);
}

/** Capitalised runs of a token list, joined through particles, initials and abbreviation dots. */
export function capitalRuns(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].word || !isCapitalized(tokens[i].surface)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      if (next.word && continuesName(next.surface) && next.charStart - tokens[j].charEnd <= 1) { j++; continue; }
      // "Mr. McHugh", "George W. Bush": a dot after an abbreviation or initial stays in the name. (A title written out
      // in full ends its sentence there: "… the White House. As China builds …".)
      if (next.surface === '.' && next.charStart === tokens[j].charEnd && (tokens[j].surface.length === 1 || isDottedInitials(tokens[j].surface) || titleWord(tokens[j].lower) && tokens[j].surface.length <= 4) &&
          j + 2 < tokens.length && tokens[j + 2].word && continuesName(tokens[j + 2].surface)) { j += 2; continue; }
      if (next.word && PARTICLES.has(next.lower) && j + 2 < tokens.length && tokens[j + 2].word && isCapitalized(tokens[j + 2].surface)) { j += 2; continue; }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Words of a token run, with the dots of abbreviations attached ("Mr.") and leading function words dropped. */
export function runWords(tokens: readonly Token[], from: number, to: number): { wordsOfRun: string[]; firstOfRun: number } {
  const words: string[] = [];
  let first = from;
  // ("New" opens "New rules" but belongs to "New York", "New Jersey": places that start with it.)
  // (Nor is a word after "The" a function word: "The We Company", "The Who" — "the" never comes before a pronoun.)
  while (first <= to && tokens[first].word && CAPITAL_FUNCTION.has(tokens[first].lower) &&
    !(tokens[first].lower === 'new' && first < to && nameLexicon().places.has(`new ${tokens[first + 1].lower}`)) &&
    !(first > from && tokens[first - 1].lower === 'the' && first < to)) first++;
  for (let k = first; k <= to; k++) {
    const t = tokens[k];
    if (t.surface === '.') { if (words.length) words[words.length - 1] += '.'; continue; }
    words.push(t.surface);
  }
  return { wordsOfRun: words, firstOfRun: first };
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around']);
const PREPOSITION_START = new Set(['in', 'on', 'at', 'for', 'after', 'before', 'during', 'since', 'with', 'from', 'by', 'when', 'while', 'as', 'despite', 'amid', 'under', 'following', 'last', 'earlier', 'later', 'meanwhile', 'still', 'however']);
/** Sentence openers that compare: the person after them is not the subject ("Like Makaeff, Roffman …"). */
const COMPARISON_START = new Set(['like', 'unlike']);
/** Opening prepositions whose object is a noun phrase, not a clause with its own subject ("After Ada Lind spoke, …" is
 *  left out: there Ada Lind is that clause's subject). */
const OBJECT_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'from', 'by', 'during', 'despite', 'amid', 'under', 'following']);
const JOINING = new Set(['and', '&']);
/**
 * Whether the name at token `first` is the listener or questioner in a phrase opening the sentence at `s0`, before its
 * first comma: "In an interview with (CNN’s) Jake Tapper, he said", "Speaking to Oprah Winfrey, the actor said",
 * "Asked by reporters' pool host Ana Lind, …". (Not "According to X, he …": there X is the source.)
 */
function openingPhraseListener(tokens: readonly Token[], s0: number, first: number): boolean {
  const opener = tokens[s0];
  if (!opener || opener.lower === 'according' || !opensPhrase(opener)) return false;
  for (let k = s0; k < first; k++) if (!tokens[k].word && tokens[k].surface !== '’' && tokens[k].surface !== "'") return false;
  const before = endsPossessive(tokens[first - 1]?.surface ?? '') ? first - 2 : first - 1;
  return before > s0 && LISTENER_PREPOSITIONS.has(tokens[before].lower);
}
const LISTENER_PREPOSITIONS: ReadonlySet<string> = new Set('with to by'.split(/\s+/u));

/** Whether a sentence's first word opens a phrase before its subject: a preposition ("In Washington, …") or a
 *  capitalised participle ("Reached by POLITICO, …", "Speaking to X, …"). */
function opensPhrase(t: Token): boolean {
  return t.word && (PREPOSITION_START.has(t.lower) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(t.surface));
}

/** Lower-case focus words between an opening conjunction and the subject: "And even Obama tried …". */
const FOCUS_WORDS = new Set(['even', 'only', 'now', 'then', 'just']);
const HE = new Set(['he', 'his', 'him', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);

/**
 * Every person named in the article, in reading order: full names (two words or more, or titled) and later bare
 * surnames of those people. Each occurrence says whether it opens its sentence (the subject, which pronouns prefer),
 * and genders unknown from the first name are read off the pronouns that follow the name in its sentence.
 */
/** A sentence whose subject is a person the article does not name: "A 29-year-old nurse, meanwhile, said she …". */
export interface UnnamedSubject {
  pos: number;
  /** The unnamed subject's gender, 'p' for a group ("many World Bank watchers", "Cruz’s allies"), or null when the
   *  sentence opens with none. */
  gender: () => Gender | 'p' | null;
}

/** Words that open an unnamed subject's sentence or phrase (unnamedSubject, unnamedGroup), as sets: tested on every sentence. */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'meanwhile', 'still', 'then', 'now']);
const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'the']);
const GROUP_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'as', 'although', 'though', 'because', 'when', 'if', 'since']);
const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'most', 'several', 'few', 'other', 'the', 'these', 'those', 'both', 'all']);

/** Person nouns whose gender the word itself gives. */
export const FEMALE_NOUNS = new Set(['woman', 'girl', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'widow', 'lady', 'actress', 'chairwoman', 'spokeswoman', 'congresswoman', 'businesswoman', 'waitress']);
export const MALE_NOUNS = new Set(['man', 'boy', 'father', 'husband', 'son', 'brother', 'grandfather', 'widower', 'gentleman', 'actor', 'chairman', 'spokesman', 'congressman', 'businessman', 'waiter']);

/** Words that end the noun phrase opening a sentence: prepositions, relatives, auxiliaries and speech verbs. */
const PHRASE_END = new Set(['from', 'of', 'in', 'at', 'with', 'who', 'whose', 'that', 'which', 'for', 'on', 'to', 'by', 'and', 'or', 'but', 'near',
  'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does',
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds']);

/**
 * The unnamed person opening the sentence [a, z), if one does: an indefinite singular person noun ("A retired
 * teacher was arrested", "Meanwhile, a 29-year-old Berlin woman received …") or a gendered "the woman", "the man". A
 * definite role ("the senator") is left out: it usually names again someone the article named.
 */
function unnamedSubject(tokens: readonly Token[], a: number, z: number): Gender | 'p' | null {
  let k = a;
  while (k < z && tokens[k].word && SUBJECT_OPENERS.has(tokens[k].lower)) k++;
  const plural = unnamedGroup(tokens, k, z);
  if (plural) return plural;
  if (k < z && tokens[k].surface === ',') k++;
  // An opening adverbial up to its comma: "On Tuesday, a man …", "In Ohio, one voter …".
  if (k < z && PREPOSITION_START.has(tokens[k].lower)) {
    let c = k;
    while (c < z && c - k <= 6 && tokens[c].surface !== ',') c++;
    if (tokens[c]?.surface === ',') k = c + 1;
    // "Since Mr. Ailes’s departure, Fox executives have not …": a group after the adverbial.
    const group = k < z ? unnamedGroup(tokens, k, z) : null;
    if (group) return group;
  }
  if (k >= z || !tokens[k].word) return null;
  const first = tokens[k].lower;
  // ("Trump's wife, Melania, is scheduled …": a named person's relative, whose own name the index may not hold.)
  let owner = k;
  while (owner < k + 3 && owner < z && isCapitalized(textAt(tokens, owner)) && !endsPossessive(textAt(tokens, owner))) owner++;
  const kin = lowerAt(tokens, owner + 1);
  const possessive = textAt(tokens, owner);
  if (owner < z && endsPossessive(possessive) && isCapitalized(possessive) && (FEMALE_NOUNS.has(kin) || MALE_NOUNS.has(kin))) return FEMALE_NOUNS.has(kin) ? 'f' : 'm';
  // ("Her father, Brad, 39, worried …": so is one named by a possessive pronoun, given at most a first name.)
  const relative = lowerAt(tokens, k + 1);
  if ((first === 'her' || first === 'his' || first === 'their') && (FEMALE_NOUNS.has(relative) || MALE_NOUNS.has(relative))) return FEMALE_NOUNS.has(relative) ? 'f' : 'm';
  if (!UNNAMED_DETERMINERS.has(first)) return null;
  let head = -1;
  for (let j = k + 1; j < z && j - k <= 6; j++) {
    const t = tokens[j];
    if (!t.word || PHRASE_END.has(t.lower)) break;
    // A past form after a noun is the verb: "a nurse posted".
    if (head >= 0 && isLowerEdForm(t.surface)) break;
    head = j;
  }
  if (head < 0 || isCapitalized(tokens[head].surface)) return null;
  // A name in the phrase ("a Democrat, Ana Ruiz"; "one Ruiz aide") makes it no unnamed person.
  for (let j = k + 1; j < head; j++) if (isCapitalized(tokens[j].surface) && nameLexicon().givenNames.has(tokens[j].lower)) return null;
  const word = tokens[head].lower;
  const gender: Gender = FEMALE_NOUNS.has(word) ? 'f' : MALE_NOUNS.has(word) ? 'm' : 'u';
  if (first === 'the') return gender === 'u' ? null : gender;
  const person = gender !== 'u' || ANON_HEAD_WORDS.has(word) || nameLexicon().actors.has(word) || TITLES.has(word);
  return person ? gender : null;
}

/**
 * A group of people opening the sentence, or its opening subordinate clause ("While many World Bank watchers expect
 * …", "Cruz’s allies bristle …", "Fox executives have …"): 'p', else null.
 */
function unnamedGroup(tokens: readonly Token[], from: number, z: number): 'p' | null {
  let k = from;
  if (k < z && GROUP_SUBORDINATORS.has(tokens[k].lower)) k++;
  if (k < z && GROUP_QUANTIFIERS.has(tokens[k].lower)) {
    k++;
    // "Many in Hong Kong will deplore …", "Some of the residents …": a part of a body of people.
    if (k < z && /^(in|of)$/u.test(tokens[k].lower)) return 'p';
  }
  // The first plural people noun among the next few words ("many bank watchers", "Cruz’s allies", "Fox executives").
  for (let j = k; j < z && j - k <= 3; j++) {
    const t = tokens[j];
    if (!t.word || PHRASE_END.has(t.lower)) return null;
    const word = t.lower;
    if (isCapitalized(t.surface) || !/s$/u.test(word) || word.endsWith('ss')) continue;
    const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
    if (ANON_HEAD_WORDS.has(word) || ANON_HEAD_WORDS.has(one) || nameLexicon().actors.has(one) || isPeoplePlural(word)) return 'p';
    return null;
  }
  return null;
}

/**
 * "Nefzi said he …", "Nefzi, a chemistry professor, says that she …": the person's gender in their own words, a surer
 * sign than a first name's list (which holds "Adel" as a woman's name). ("Obama’s aide said he" is the aide's.)
 */
const SAID_HE = /^(?:,[^,.]+,)? (?:said|says) (?:that )?(s?he)\b/u;

/** The gender of the first "he" or "she" after token `to` in its sentence, before another capitalised name: the
 *  person just named, as news writes "Vogel said he was available". */
/** A plain capitalised word ("Murshed", "Ruiz's"), neither a common word nor a place: what a single name of a person
 *  looks like. Remembered: the same names recur through an article. */
const plainUncommonWord = remembered((word: string): boolean => {
  if (!/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(word)) return false;
  const lower = lowercase(stripPossessive(word));
  return !nameLexicon().isCommon(lower) && !isPlaceWord(lower);
});

function pronounAfter(tokens: readonly Token[], to: number): 'm' | 'f' | null {
  for (let k = to + 1; k < tokens.length && k <= to + 14; k++) {
    const w = tokens[k];
    if (w.surface === '.' || (w.word && isCapitalized(w.surface) && !CAPITAL_FUNCTION.has(w.lower))) return null;
    if (HE.has(w.lower)) return 'm';
    if (SHE.has(w.lower)) return 'f';
  }
  return null;
}

/**
 * `people`, when given, receives the lower-case words that stand alone as a capitalised name and are followed in their
 * sentence by "he" or "she" ("Vogel said he was available"): a surname the lexicon does not know, of a person the
 * article names only so — not an organisation.
 */
/** What the index records of a single capitalised word's occurrence, besides where it is. */
interface SingleFacts {
  subject: boolean;
  roles: string[];
  joined: boolean;
}

/**
 * A function that returns `value`, made outside `indexNames`: a closure made inside it holds the context of the
 * paragraph it was made in, and through it that paragraph's tokens and every other closure of the pass. The answers a
 * long article's first pass keeps (`later` false) are made here so that its tokens die with the paragraph: kept by the
 * unnamed subjects' and single words' answers, a 1 MB page's first pass held 31 MB (every paragraph's tokens) where it
 * needs 3.5 MB, and a long page's analysis paid the collector to copy them all to the old generation.
 */
function constant<T>(value: T): () => T {
  return () => value;
}

export function indexNames(blocks: readonly string[], read: (block: number) => TextModel = (block) => readText(blocks[block]), unnamed?: UnnamedSubject[], orgs?: OrgMention[], people?: Set<string>): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  const votes = new Map<string, { m: number; f: number }>();
  // Single capitalised words. Few are the bare surname of a person the article names in full (most are places, days,
  // brands: 147 of 970 in the corpus), and that is known only after the last paragraph: so whether one is a subject,
  // its roles and whether it is joined are worked out then, for those that are. An article whose tokens are kept
  // between passes anyway (KEEP_TOKENS_UP_TO) keeps them for this too; a longer one's are worked out at once, so its
  // paragraphs' tokens still die with the paragraph.
  const later = blocks.reduce((n, b) => n + b.length, 0) <= KEEP_TOKENS_UP_TO;
  const singles: Array<{ block: number; key: string; start: number; end: number; facts: () => SingleFacts }> = [];
  // "Adel Nefzi said he …": the genders people's own "said he/she" gives them, by full name (a surname alone may be
  // another person's: "Trump said he" in an article that names only Melania Trump in full).
  const said = new Map<string, { he: number; she: number }>();
  blocks.forEach((_, block) => {
    const model = read(block);
    const { tokens, sentences } = model;
    // Each token's sentence, shared with the paragraph model (sentenceIndex), and each sentence's subject noun phrase,
    // read once when a name asks: a paragraph of any length stays linear.
    const { sentenceTokens, tokenSentence } = sentenceIndex(model);
    // (A token after the last sentence, if any, has none: 0 for both bounds.)
    const covered = sentenceTokens.length > 0 ? sentenceTokens[sentenceTokens.length - 1][1] : -1;
    /** The first token of the token's sentence, and the first token after it. */
    const sentenceStart = (k: number): number => (k <= covered ? sentenceTokens[tokenSentence[k]][0] : 0);
    const sentenceEnd = (k: number): number => (k <= covered ? sentenceTokens[tokenSentence[k]][1] + 1 : 0);
    const subjectRange = new Map<number, [number, number] | null>();
    const isSubject = (tokIdx: number): boolean => {
      const s0 = sentenceStart(tokIdx);
      // Inside the sentence's subject noun phrase ("Former Pennsylvania governor Ed Rendell, …, was resolute")...
      if (!subjectRange.has(s0)) {
        const end = sentenceEnd(tokIdx);
        const subject = s0 < end ? sentenceSubject(tokens, s0, end) : null;
        subjectRange.set(s0, subject ? [subject.from, subject.to] : null);
      }
      const range = subjectRange.get(s0);
      if (range && tokIdx >= range[0] && tokIdx <= range[1] && !(range[0] === s0 && OBJECT_PREPOSITIONS.has(tokens[s0].lower))) return true;
      // ...at the start of the sentence, perhaps after "But", "The" and other capitalised function words...
      if (tokIdx - s0 > 12) return false;
      // ("And even Obama tried …": a focus word too; "Like Makaeff, …, Roffman" compares, and Makaeff is no subject.)
      // A name inside an opening prepositional phrase is its object, not the subject: "From Donald Trump’s “coarse”
      // effusion to his call for …, Will described Trump as …".
      const comparison = COMPARISON_START.has(tokens[s0].lower) || OBJECT_PREPOSITIONS.has(tokens[s0].lower);
      let k = s0;
      while (k < tokIdx && (CAPITAL_FUNCTION.has(tokens[k].lower) || FOCUS_WORDS.has(tokens[k].lower)) && tokens[k].word) k++;
      if (k === tokIdx && !comparison) return true;
      // ...or right after an opening adverbial: "In Washington, Josh Earnest said", "Like Makaeff, the former
      // customer, Roffman does not …" (over an appositive of the compared person).
      // ("Reached by POLITICO, Hammond, the Indiana committeeman, hesitated …": an opening participle phrase too.)
      if (!(opensPhrase(tokens[s0]) || comparison) || tokIdx - s0 > 16) return false;
      let comma = s0;
      while (comma < tokIdx && tokens[comma].surface !== ',') comma++;
      if (comparison && comma < tokIdx - 1 && DETERMINERS.has(tokens[comma + 1].lower)) {
        comma++;
        while (comma < tokIdx && tokens[comma].surface !== ',') comma++;
      }
      // (The comma may sit inside a closing quotation mark: "In a clip that X called “distasteful,” Santilli …".)
      return comma === tokIdx - 1 || comma === tokIdx - 2 && !tokens[tokIdx - 1].word && /^[”"’]$/u.test(tokens[tokIdx - 1].surface);
    };
    // "Obama consultant Cornell Belcher said": a name before a role noun and another name only describes the speaker.
    // ("Berg campaign spokeswoman Ada Lind said": over one noun before the role too.)
    const role = (k: number): boolean => tokens[k]?.word === true && !isCapitalized(tokens[k].surface) && isRoleNoun(tokens[k].lower) && isCapitalized(textAt(tokens, k + 1));
    /** Whether the name of tokens first…to (its run opening at `from`) is a sentence subject, not a modifier. */
    const isSubjectName = (first: number, from: number, to: number): boolean => {
      const modifier = role(to + 1) || tokens[to + 1]?.word && /^[a-z]+[^s]$/u.test(tokens[to + 1].surface) && !isVerbOnly(tokens[to + 1].surface) && role(to + 2);
      // "Before Trump’s appearance in the video, the cleric …": a possessive right after an opening preposition owns
      // that preposition's object; "Before Ada Lind spoke" opens a clause, "Before Trump’s appearance" does not.
      const owner = /['’]s?$/u.test(tokens[to].surface) && first > 0 && tokens[first - 1].word && PREPOSITION_START.has(tokens[first - 1].lower) && sentenceStart(first) === first - 1;
      return !modifier && !owner && (isSubject(first) || isSubject(from));
    };
    /** Whether the name is joined by "and" (or "&") to another capitalised word. */
    const isJoined = (first: number, to: number): boolean => JOINING.has(lowerAt(tokens, to + 1)) && isCapitalized(textAt(tokens, to + 2)) || JOINING.has(lowerAt(tokens, first - 1)) && isCapitalized(textAt(tokens, first - 2));
    /** A single word's facts, or the means to work them out when asked (see `later`). */
    const factsOf = (first: number, from: number, to: number, titles: readonly string[]): (() => SingleFacts) => {
      const facts = (): SingleFacts => ({ subject: isSubjectName(first, from, to), roles: rolesAround(tokens, first, to, titles), joined: isJoined(first, to) });
      if (later) return facts;
      return constant(facts());
    };
    if (unnamed) {
      // Whether a sentence opens with an unnamed subject is asked of a few sentences only (a pronoun's candidates,
      // sources.ts): with the tokens kept (`later`), every sentence is listed and worked out when first asked.
      for (let si = 0; si < sentences.length; si++) {
        const a = sentenceTokens[si][0];
        const z = sentenceTokens[si][1] + 1;
        if (a >= z) continue;
        const pos = globalPos(block, tokens[a].charStart);
        if (later) {
          let gender: Gender | 'p' | null | undefined;
          unnamed.push({ pos, gender: () => (gender === undefined ? (gender = unnamedSubject(tokens, a, z)) : gender) });
        } else {
          const gender = unnamedSubject(tokens, a, z);
          if (gender) unnamed.push({ pos, gender: constant(gender) });
        }
      }
    }
    for (const [runFrom, runTo] of capitalRuns(tokens)) {
      // "Punjab’s Bhatinda": a possessive ends one name; what follows is a different thing.
      let from = runFrom;
      for (let k = runFrom; k < runTo; k++) if (endsPossessive(tokens[k].surface)) from = k + 1;
      // (The owner is an organisation named too: "Facebook’s Instagram", "NASA’s Goddard Space Flight Center".)
      if (orgs && from > runFrom) {
        const owner = runWords(tokens, runFrom, from - 1);
        const parts = owner.wordsOfRun.length > 0 ? parseName(owner.wordsOfRun) : null;
        const org = parts && organisationNamed(owner.wordsOfRun, parts);
        if (org) orgs.push({ pos: globalPos(block, tokens[owner.firstOfRun].charStart), orgName: org, orgKey: lowercase(org), lastWord: lowercase(stripPossessive(owner.wordsOfRun[owner.wordsOfRun.length - 1])), initial: sentenceStart(owner.firstOfRun) === owner.firstOfRun });
      }
      const to = runTo;
      const { wordsOfRun: words, firstOfRun: first } = runWords(tokens, from, to);
      if (words.length === 0) continue;
      const joinedWords = words.join(' ');
      const parts = parseName(words, joinedWords);
      if (!parts) continue;
      // (Not "American workers", "the GOP debate": a name before a common noun only modifies it; nor "the ID. Space
      // Vizzion", "a Tesla": one word after an article is a product's name, not an institution's.)
      const org = orgs && organisationNamed(words, parts, joinedWords);
      if (org && !modifiesNoun(tokens, to) && !(words.length === 1 && ARTICLES.has(lowerAt(tokens, first - 1)))) {
        orgs?.push({ pos: globalPos(block, tokens[first].charStart), orgName: org, orgKey: lowercase(org), lastWord: lowercase(stripPossessive(words[words.length - 1])), initial: sentenceStart(first) === first });
      }
      // "a Des Moines resident named Caroline": a given name the writer introduces alone is a person, as a full name is.
      if (!parts.bareName.includes(' ') && parts.titles.length === 0 && INTRODUCING.has(lowerAt(tokens, first - 1)) && nameLexicon().givenNames.has(lowercase(words[0]))) {
        const given = { ...parts, gender: genderOf([], words[0]), person: true };
        out.push({ pos: globalPos(block, tokens[first].charStart), block, charStart: tokens[first].charStart, charEnd: tokens[to].charEnd, nameParts: given, subject: false, roles: [], surname: surnameOf(given.bareName), joined: false });
        continue;
      }
      if (!parts.bareName.includes(' ') && parts.titles.length === 0) {
        // (A plain capitalised word only: "ProPublica", "WeWork" are brands, and "ProPublica said she …" is another.)
        if (people && plainUncommonWord(words[0]) && pronounAfter(tokens, to)) people.add(lowercase(stripPossessive(tokens[to].surface)));
        singles.push({ block, key: lowercase(stripPossessive(tokens[to].surface)), start: tokens[first].charStart, end: tokens[to].charEnd, facts: factsOf(first, from, to, parts.titles) });
        continue;
      }
      // "Van Der Beek", "De La Cruz": a surname with its particles, kept like a bare surname.
      if (!parts.isPerson && parts.titles.length === 0 && PARTICLES.has(lowercase(words[0]))) {
        singles.push({ block, key: lowercase(parts.bareName), start: tokens[first].charStart, end: tokens[to].charEnd, facts: factsOf(first, from, to, parts.titles) });
        continue;
      }
      // (Whether a name is a subject, and joined to another, is asked only of the names kept: not of organisations.)
      if (!parts.isPerson) continue;
      const next = tokens[to + 1]?.lower;
      const own = next === ',' || next === 'said' || next === 'says' ? SAID_HE.exec(blocks[block].slice(tokens[to].charEnd, tokens[to].charEnd + 160))?.[1] as 'he' | 'she' | undefined : undefined;
      if (own) {
        const v = said.get(parts.bareName) ?? { he: 0, she: 0 };
        v[own]++;
        said.set(parts.bareName, v);
      }
      // "in Palo Alto", "In West Miami, where …": after a preposition of place, two capitalised words with no given
      // name and no title are a place, and a pronoun never points to them.
      if (parts.titles.length === 0 && PLACE_PREPOSITIONS.has(lowerAt(tokens, first - 1)) && !endsPossessive(tokens[to].surface) &&
        !nameLexicon().givenNames.has(lowercase(parts.bareName.split(' ')[0]))) continue;
      // ("Asian American and Pacific Islander voters": capitalised words before a common noun, none of them a known name,
      // only qualify it.)
      const qualified = modifiesNoun(tokens, to) || ANON_HEAD_WORDS.has(lowerAt(tokens, to + 1)) || isPeoplePlural(lowerAt(tokens, to + 1));
      if (parts.titles.length === 0 && qualified && words.every((w) => !nameLexicon().givenNames.has(lowercase(w)) && !nameLexicon().familyNames.has(lowercase(w)))) continue;
      const occurrence: NameOccurrence = { pos: globalPos(block, tokens[first].charStart), block, charStart: tokens[first].charStart, charEnd: tokens[to].charEnd, nameParts: parts, subject: isSubjectName(first, from, to), roles: rolesAround(tokens, from, to, parts.titles), surname: surnameOf(parts.bareName), joined: isJoined(first, to), leads: leadsBefore(tokens, first, to, parts.bareName), appositive: appositiveAfter(tokens, to) };
      if (openingPhraseListener(tokens, sentenceStart(first), first)) occurrence.listenerUntil = globalPos(block, tokens[sentenceEnd(first) - 1].charEnd);
      out.push(occurrence);
      // Pronouns after the name, before another capitalised name, in the same sentence.
      const pronoun = pronounAfter(tokens, to);
      if (pronoun) {
        const key = surnameOf(parts.bareName);
        const v = votes.get(key) ?? { m: 0, f: 0 };
        if (pronoun === 'm') v.m++; else v.f++;
        votes.set(key, v);
      }
    }
  });
  // Bare surnames of people already named in full ("Braun has worked with ...").
  // A bare surname stands for the first person the article named in full with it: news introduces its main "Clinton"
  // first, and a title alone ("Sen. Sanders") or a later namesake ("Bill Clinton") does not take the surname over.
  const known = new Map<string, NameParts>();
  const remember = (key: string, parts: NameParts): void => {
    const had = known.get(key);
    if (!had || (!had.bareName.includes(' ') && parts.bareName.includes(' '))) known.set(key, parts);
  };
  for (const o of out) {
    remember(surnameOf(o.nameParts.bareName), o.nameParts);
    // "James Van Der Beek" is also "Van Der Beek".
    const words = o.nameParts.bareName.split(' ');
    const particle = words.findIndex((w, k) => k > 0 && PARTICLES.has(lowercase(w)));
    if (particle > 0 && particle < words.length - 1) remember(lowercase(stripPossessive(words.slice(particle).join(' '))), o.nameParts);
  }
  for (const s of singles) {
    const parts = known.get(s.key);
    if (!parts) continue;
    const { subject, roles, joined } = s.facts();
    out.push({ pos: globalPos(s.block, s.start), block: s.block, charStart: s.start, charEnd: s.end, nameParts: parts, subject, roles, surname: surnameOf(parts.bareName), joined });
  }
  out.sort((a, b) => a.pos - b.pos);
  for (const o of out) {
    // A person's own "said he" (and never "said she") outweighs the first name's list, not an honorific.
    const own = said.get(o.nameParts.bareName);
    if (own && !own.he !== !own.she && !o.nameParts.titles.some((t) => MALE_HONORIFICS.has(t) || FEMALE_HONORIFICS.has(t))) {
      const g = own.he ? 'm' : 'f';
      if (o.nameParts.gender !== g) o.nameParts = { ...o.nameParts, gender: g, own: true };
      continue;
    }
    if (o.nameParts.gender !== 'u') continue;
    const v = votes.get(o.surname);
    if (v && v.m !== v.f) o.nameParts = { ...o.nameParts, gender: v.m > v.f ? 'm' : 'f' };
  }
  return out;
}

export function surnameOf(name: string): string {
  // ("Ban Ki-moon", "Moon Jae-in": a Korean given name, hyphenated with its second part in lower case, follows the
  // family name, which is the one used alone later.)
  if (FAMILY_NAME_FIRST.test(name)) return lowercase(name.slice(0, name.indexOf(' ')));
  // ("Anwar al-Awlaki" is "Awlaki" later in the article, as in "Mr. Awlaki".)
  return lowercase(stripPossessive(name.slice(name.lastIndexOf(' ') + 1))).replace(ARTICLE_OF_SURNAME, '');
}
