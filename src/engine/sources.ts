/**
 * The source registry: merges every way an article refers to a source (full name, surname, title, pronoun,
 * "the source", "the company") into one entity, in reading order.
 */
import { FEMALE_NOUNS, MALE_NOUNS, PAST_ROLE, POS_SHIFT, isJunkSingleName, surnameOf, type Gender, type NameOccurrence, type OrgMention, type UnnamedSubject } from './names';
import { nameLexicon } from './lexicon';
import { lowerBound } from './search';
import { AGE, type SpeakerRef } from './speakers';
import { EPITHET_HEADS, GENERIC_HEADS } from './tables/heads';
import { isAcronymLike, lowercase, phraseKey } from './text';
import type { SourceKind } from './types';

export interface Entity {
  index: number;
  sourceName: string;
  sourceKind: SourceKind;
  isAnonymous: boolean;
  gender: Gender;
  plural: boolean;
  /** Head noun of a description ("source", "official"); empty for names. */
  head: string;
  mentions: string[];
  /** Position of the latest reference, for recency. */
  referredAt: number;
  /** Position where it last spoke. */
  lastSpoke: number;
  /** Cached lookup keys: phraseKey(name), surname, and the keys of every mention. */
  nameKey: string;
  surname: string;
  keys: Set<string>;
}

const NO_POS = -1;

/** A mention that opens with an honorific, which goes with a surname: "Mr. Lou", "Ms. Park". */
const HONORIFIC_OPENER = /^(?:mr|mrs|ms|miss|dr|mx)\.?\s/iu;

function stripPossessiveLower(word: string): string {
  return lowercase(word.replace(/['’]s?$/u, ''));
}

function addMention(e: Entity, mention: string): void {
  const m = mention.trim();
  if (m && !e.mentions.includes(m)) {
    e.mentions.push(m);
    e.keys.add(phraseKey(m));
  }
}

/** Lookup keys of an entity's name, kept in step with renames. */
function rename(e: Entity, name: string): void {
  e.sourceName = name;
  e.nameKey = phraseKey(name);
  e.surname = surnameOf(name);
  e.keys.add(e.nameKey);
}

function compatible(e: Entity, gender: 'm' | 'f' | 'p' | 'i'): boolean {
  if (gender === 'p') return e.plural || e.sourceKind === 'organization' || e.sourceKind === 'group';
  if (gender === 'i') return e.sourceKind === 'organization' || e.sourceKind === 'document';
  if (e.sourceKind !== 'person' || e.plural) return false;
  return e.gender === 'u' || e.gender === gender;
}

function displayDescription(text: string): string {
  // "a senior diplomatic source" → "senior diplomatic source"; "The officials" → "officials"; "Experts" → "experts".
  // (Not the count of a share: "one in four voters".)
  const t = text.replace(/^(?:a|an|the|one)\s+(?!of\b|in\b|out\b)/iu, '').trim();
  // "the actor", "a man", "the commission": one singular common noun is shown with its article, never bare.
  if (t.length < text.trim().length && /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t) && (!t.endsWith('s') || t.endsWith('ss'))) return text.trim().replace(/^\p{Lu}/u, (c) => lowercase(c));
  return /^\p{Lu}\p{Ll}+$/u.test(t) ? lowercase(t) : t;
}

/** Index of the first name occurrence at or after `pos` (occurrences are sorted by position). */
function firstAtOrAfter(list: readonly NameOccurrence[], pos: number): number {
  return lowerBound(list, pos, (n) => n.pos);
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

/** append, once per value (entities are re-indexed as they gain mentions). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  if (!map.get(key)?.includes(value)) append(map, key, value);
}

/** The position where the paragraph `back` paragraphs before the one holding `pos` starts. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Lower-case initials of a name's capitalised words, small words skipped: "who" for "World Health Organization". */
function initialsOf(name: string): string {
  let out = '';
  for (const word of name.split(/[\s-]+/u)) if (/^\p{Lu}/u.test(word)) out += word[0];
  return lowercase(out);
}

/** The one value of a set of one ("WHO": the one organisation of those initials the article names). */
function onlyOne<V>(set: Set<V> | undefined): V | undefined {
  return set?.size === 1 ? set.values().next().value : undefined;
}

function paragraphsBack(pos: number, back: number): number {
  return Math.max(0, Math.floor(pos / POS_SHIFT) - back) * POS_SHIFT;
}

/** Descriptions that stand for any kind of organisation named before them ("the company" for "WeWork"); others
 *  ("the department") only for one named with the same head word. */
const ORG_REFERENCE_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'utility', 'agency', 'carrier', 'retailer', 'airline', 'bank', 'network', 'studio', 'label', 'business', 'startup', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'broadcaster', 'insurer', 'lender']);
/** Last words of a public body's name ("Justice Department", "Federal Trade Commission"): no "company". */
const PUBLIC_BODY_ENDS: ReadonlySet<string> = new Set(['department', 'ministry', 'office', 'commission', 'committee', 'council', 'board', 'court', 'police',
  'army', 'military', 'navy', 'government', 'administration', 'authority', 'authorities', 'embassy', 'party', 'union', 'university', 'institute',
  'school', 'hospital', 'church', 'parliament', 'congress', 'senate', 'city', 'state', 'county', 'house', 'bureau', 'tribunal', 'cabinet', 'caucus', 'campaign']);

/** How far back pronoun resolution looks among recent speakers (entries, not entities). */
const RECENT_SPEAKERS = 64;

export class SourceRegistry {
  readonly entities: Entity[] = [];
  /** Entities by surname (people), by lookup key, by head noun (anonymous) and by kind: looked up, never scanned,
   *  so the registry stays linear however long the article. */
  private readonly peopleBySurname = new Map<string, Entity[]>();
  private readonly byKey = new Map<string, Entity[]>();
  private readonly anonymousByHead = new Map<string, Entity[]>();
  private readonly namedByKind = new Map<SourceKind, Entity[]>();
  /** Who spoke, in the order they spoke (an entity appears again each time it speaks). */
  private readonly spoken: Array<{ entity: Entity; at: number; within: Entity | null }> = [];
  /** Full names (two words or more) by surname, and name occurrences by role noun: looked up, never scanned. */
  private readonly fullBySurname = new Map<string, NameOccurrence[]>();
  private readonly byRole = new Map<string, NameOccurrence[]>();
  /** People's full names by their lower-case given name ("elise" → "Elise Matthesen"), for a given name used alone. */
  private readonly fullByGiven = new Map<string, NameOccurrence[]>();
  /** People's names by the role phrase written right before them ("china ambassador to britain"). */
  private readonly byLead = new Map<string, NameOccurrence[]>();

  /** Surnames of everyone the article names as a person ("Mr. Trump", "President Trump", "Donald Trump"). */
  private readonly personSurnames = new Set<string>();
  /** The gender of people who said "he" or "she" of themselves ("Adel Nefzi said he …"), by name. */
  private readonly nameGender = new Map<string, Gender>();
  /** The name occurrences that introduce their person: the article's first mention of that surname. */
  private readonly introductions = new Set<NameOccurrence>();

  /** Organisations the article names, by key: how often, and whether ever past a sentence's first word. */
  private readonly orgCount = new Map<string, number>();
  private readonly orgMidSentence = new Set<string>();
  /** Names of several words of those organisations, by their last word ("chronicle") and by their initials ("who"). */
  private readonly orgsByLast = new Map<string, Set<string>>();
  private readonly orgsByInitials = new Map<string, Set<string>>();

  constructor(private readonly names: readonly NameOccurrence[], private readonly unnamed: readonly UnnamedSubject[] = [], private readonly orgs: readonly OrgMention[] = [],
    /** Lone capitalised words a "he" or "she" follows in their sentence (indexNames): people, not organisations. */
    private readonly singlePeople: ReadonlySet<string> = new Set()) {
    for (const o of orgs) {
      this.orgCount.set(o.orgKey, (this.orgCount.get(o.orgKey) ?? 0) + 1);
      if (!o.initial) this.orgMidSentence.add(o.orgKey);
      if (!o.orgKey.includes(' ')) continue;
      addTo(this.orgsByLast, o.lastWord, o.orgName);
      const initials = initialsOf(o.orgName);
      if (initials.length >= 2) addTo(this.orgsByInitials, initials, o.orgName);
    }
    for (const n of names) {
      if (!this.personSurnames.has(n.surname)) this.introductions.add(n);
      if (n.nameParts.isPerson) this.personSurnames.add(n.surname);
      if (n.nameParts.own) this.nameGender.set(n.nameParts.bareName, n.nameParts.gender);
      if (n.nameParts.bareName.includes(' ')) append(this.fullBySurname, n.surname, n);
      if (n.nameParts.isPerson && n.nameParts.bareName.includes(' ')) append(this.fullByGiven, lowercase(n.nameParts.bareName.slice(0, n.nameParts.bareName.indexOf(' '))), n);
      for (const role of n.roles) append(this.byRole, role, n);
      for (const lead of n.leads ?? []) append(this.byLead, lead, n);
    }
  }

  private create(init: Omit<Entity, 'index' | 'mentions' | 'referredAt' | 'lastSpoke' | 'nameKey' | 'surname' | 'keys'>, mention: string, pos: number): Entity {
    // Assigned onto the caller's fresh init object, not spread into a new one: V8 (Node 20) adds each property after a
    // spread through the runtime, which made this line cost about 13 µs per entity (0.3 µs so).
    if (init.sourceKind === 'person') init.gender = this.nameGender.get(init.sourceName) ?? init.gender;
    const e: Entity = Object.assign(init, { index: this.entities.length, mentions: [], referredAt: pos, lastSpoke: NO_POS, nameKey: '', surname: '', keys: new Set<string>() });
    rename(e, init.sourceName);
    addMention(e, mention);
    this.entities.push(e);
    // A new entity is in neither list yet: appended without the duplicate check, which scanned every entity of its
    // kind (quadratic on a long page).
    if (e.isAnonymous) append(this.anonymousByHead, e.head, e);
    else append(this.namedByKind, e.sourceKind, e);
    this.index(e);
    return e;
  }

  /** How many of an entity's keys (a set that only grows, in insertion order) are in `byKey` already. */
  private readonly keysIndexed = new Map<Entity, number>();

  /** (Re)index an entity's surname and keys after it was created, renamed or gained a mention. */
  private index(e: Entity): void {
    if (e.sourceKind === 'person' && !e.isAnonymous) push(this.peopleBySurname, e.surname, e);
    // Only the keys added since the last call: checking every key's list for the entity scanned all the entities
    // sharing a key ("official") each time one gained a mention, quadratic on a long page.
    let k = 0;
    const done = this.keysIndexed.get(e) ?? 0;
    for (const key of e.keys) if (k++ >= done) append(this.byKey, key, e);
    this.keysIndexed.set(e, e.keys.size);
  }

  private touch(e: Entity, pos: number, mention?: string): Entity {
    e.referredAt = Math.max(e.referredAt, pos);
    if (mention) {
      const before = e.keys.size;
      addMention(e, mention);
      if (e.keys.size !== before) this.index(e);
    }
    return e;
  }

  /** The article's full names of `surname` whose first name gives `gender` (every one for 'u'). */
  private namedInFull(surname: string, gender: Gender): readonly NameOccurrence[] {
    const all = this.fullBySurname.get(surname) ?? [];
    return gender === 'u' ? all : all.filter((n) => n.nameParts.gender === gender);
  }

  /** The fullest written form of a person named by surname, from the article's name index (earlier first). */
  private fullName(surname: string, pos: number, gender: Gender = 'u'): NameOccurrence | undefined {
    // ("Mr. Clinton" where the article names Hillary and Bill Clinton: of two or more, one whose name gives the
    // honorific's gender; with none such, the gender is no guide — "Mr. Graham" is Lindsey Graham.)
    const fitting = this.namedInFull(surname, gender);
    let best: NameOccurrence | undefined;
    for (const n of fitting.length ? fitting : this.namedInFull(surname, 'u')) {
      if (!best || (n.pos <= pos && best.pos > pos) || (n.pos <= pos) === (best.pos <= pos) && n.nameParts.bareName.length > best.nameParts.bareName.length) best = n;
    }
    return best;
  }

  /** The person of `surname` named in full, other than `not`, whose name gives them `gender`: the one an honorific of
   *  that gender means when the surname's first person is of the other. */
  private fullNameOfGender(surname: string, gender: Gender, not: string): NameOccurrence | undefined {
    const found = this.namedInFull(surname, gender).filter((n) => n.nameParts.bareName !== not);
    return found.length && found.every((n) => n.nameParts.bareName === found[0].nameParts.bareName) ? found[0] : undefined;
  }

  /** The full name for a person known by surname when the article gives only one ("Hillary Clinton"; none with "Bill
   *  Clinton" too) and no other source already bears it. */
  private onlyFullName(known: Entity): string | undefined {
    const all = this.fullBySurname.get(known.surname) ?? [];
    const name = all[0]?.nameParts.bareName;
    if (!name || !all.every((n) => n.nameParts.bareName === name)) return undefined;
    return (this.peopleBySurname.get(known.surname) ?? []).some((e) => e !== known && e.sourceName === name) ? undefined : name;
  }

  /**
   * "Elise wrote" in a feature that named "Elise Matthesen": a given name alone is the one person the article named in
   * full with it — not when two people share it, nor when it is also someone's surname there. The same holds for a
   * family name written first ("health official Li Jifeng", then "Li said"): a surname the lexicon knows, opening
   * the one full name, and ending none.
   */
  private onlyGivenName(word: string): NameOccurrence | undefined {
    const given = stripPossessiveLower(word);
    const lex = nameLexicon();
    if (!(lex.givenNames.has(given) || lex.familyNames.has(given)) || this.personSurnames.has(given)) return undefined;
    const all = this.fullByGiven.get(given) ?? [];
    const name = all[0]?.nameParts.bareName;
    return name && all.every((n) => n.nameParts.bareName === name) ? all[0] : undefined;
  }

  /** "Mr. Lou" where the article names Lou Jiwei: an honorific goes with the surname, so a full name that opens with
   *  that word, and none that ends with it, is written surname first (Chinese, Korean, Vietnamese, Hungarian names). */
  private surnameFirst(ref: Extract<SpeakerRef, { refType: 'name' }>): NameOccurrence | undefined {
    if (!HONORIFIC_OPENER.test(ref.mention)) return undefined;
    const all = this.fullByGiven.get(stripPossessiveLower(ref.sourceName)) ?? [];
    const name = all[0]?.nameParts.bareName;
    return name && name.split(' ').length <= 3 && all.every((n) => n.nameParts.bareName === name) ? all[0] : undefined;
  }

  /** A new source: the person named `name` (from a name's parts, or a reference's name and gender). */
  private namedPerson(name: string, gender: Gender, mention: string, pos: number): Entity {
    return this.create({ sourceName: name, sourceKind: 'person', isAnonymous: false, gender, plural: false, head: '' }, mention, pos);
  }

  private findPerson(name: string): Entity | undefined {
    const surname = surnameOf(name);
    const words = lowercase(name).split(' ');
    const found = (this.peopleBySurname.get(surname) ?? []).filter((e) => {
      if (e.sourceKind !== 'person' || e.isAnonymous || e.surname !== surname) return false;
      // Same surname, and the first names agree when both are given.
      const ew = lowercase(e.sourceName).split(' ');
      return words.length === 1 || ew.length === 1 || ew[0] === words[0];
    });
    // A surname alone that two sources share ("Mr. Trump" after Freddy Trump and Donald J. Trump have spoken) is the
    // one the article named in full first: news writing introduces its main person of a surname first and gives any
    // relative of the same surname a first name each time.
    if (words.length === 1 && found.length > 1) {
      const first = this.fullBySurname.get(surname)?.[0]?.nameParts.bareName;
      return found.find((e) => e.sourceName === first) ?? found[0];
    }
    return found[0];
  }

  /** The entity of a person the article names (created at its first reference), referred to at `pos` by `mention`. */
  private person(n: NameOccurrence, pos: number, mention: string): Entity {
    const existing = this.findPerson(n.nameParts.bareName);
    if (existing) return this.touch(existing, pos, mention);
    return this.namedPerson(n.nameParts.bareName, n.nameParts.gender, n.nameParts.bareName, pos);
  }

  /** Resolve a speaker phrase at `pos` to an entity, creating one when the phrase introduces a new source. */
  /** `linkedFrom`: for a pronoun that opens a clause joined inside its sentence ("…, because she described"), where that
   *  sentence starts; a person of the pronoun's gender named there may be who it means (see salientNamed). */
  resolve(ref: SpeakerRef, pos: number, linkedFrom = -1): Entity | null {
    if (ref.refType === 'pronoun') return this.resolvePronoun(ref.gender, pos, linkedFrom);
    if (ref.refType === 'role') {
      // "the president", "the spokeswoman": the latest person the article gave that role, else a description.
      // A role qualified by a place ("the Ohio governor", "the senator from Vermont") is only its holder when the
      // article says so; the name index keeps no places, so such a role is shown as written.
      // "China’s ambassador to Britain", written elsewhere in the article right before the name of the one person who
      // holds it ("China’s ambassador to Britain Liu Xiaming"), is that person, named before or after.
      const led = this.byLead.get(phraseKey(ref.phraseText));
      if (led && led.every((n) => n.surname === led[0].surname)) return this.person(led[0], pos, ref.phraseText);
      const qualified = ref.phraseText.split(/\s+/u).slice(1).some((w) => /^\p{Lu}/u.test(w) && nameLexicon().places.has(lowercase(w)));
      // "The former president" is someone the article named as a former president, never the one in office.
      const past = ref.phraseText.split(/\s+/u).some((w) => PAST_ROLE.has(lowercase(w)));
      const role = past ? `former ${ref.head}` : ref.head;
      const holders = qualified ? [] : this.byRole.get(role) ?? this.byRole.get(`~${role}`) ?? [];
      const holder = this.salientHolder(holders, pos) ?? holders[firstAtOrAfter(holders, pos) - 1];
      if (holder && !this.otherSubjectSince(holder, pos)) return this.person(holder, pos, ref.phraseText);
      // "The 56-year-old said": an age describes the person the text is about, as "he" or "she" would (the noun, if
      // any, tells which); with no such person, the description itself.
      // ("The actor said", "the singer and guitarist told the audience": what someone is known for, the same way.)
      // (Not one qualified by a capitalised word, "the Democratic candidate", "the Florida senator": that names a party or
      // a place the person the text is about may not have.)
      if (ref.phraseText.split(/\s+/u).some((w) => AGE.test(lowercase(w))) || /^the(?:\s+[\p{Ll}-]+)+$/u.test(ref.phraseText) && EPITHET_HEADS.has(ref.head)) {
        const gender = FEMALE_NOUNS.has(ref.head) ? 'f' : MALE_NOUNS.has(ref.head) ? 'm' : 'u';
        // (Only a person whose gender is known: a credit line's "Getty Images" is no one's age.)
        const person = this.salientPerson(pos, gender);
        if (person && person.gender !== 'u') return this.touch(person, pos, ref.phraseText);
      }
      return ref.fallback ? this.resolve(ref.fallback, pos) : null;
    }
    if (ref.refType === 'name') {
      if (ref.isPerson || ref.oneWord) {
        // "Mrs. Clinton" where the article names both Bill and Hillary Clinton: an honorific whose gender is not the
        // person's the surname finds first means the other one of that surname named in full, whose gender it is.
        const first = this.findPerson(ref.sourceName);
        const firstGender = first ? first.gender !== 'u' ? first.gender : (this.fullBySurname.get(first.surname) ?? []).find((n) => n.nameParts.bareName === first.sourceName)?.nameParts.gender ?? 'u' : 'u';
        const other = first && ref.gender !== 'u' && firstGender !== 'u' && firstGender !== ref.gender ? this.fullNameOfGender(first.surname, ref.gender, first.sourceName) : undefined;
        const known = other ? this.findPerson(other.nameParts.bareName) ?? this.namedPerson(other.nameParts.bareName, other.nameParts.gender, ref.mention, pos) : first;
        if (known) {
          if (ref.sourceName.length > known.sourceName.length && ref.isPerson) { rename(known, ref.sourceName); this.index(known); }
          // "Clinton" first, "Hillary Clinton" later in the article: the one full name of that surname is shown.
          else if (!known.sourceName.includes(' ')) {
            const full = this.onlyFullName(known);
            if (full) { rename(known, full); this.index(known); }
          }
          if (known.gender === 'u' && ref.gender !== 'u') known.gender = ref.gender;
          return this.touch(known, pos, ref.mention);
        }
        const full = ref.oneWord ? this.fullName(surnameOf(ref.sourceName), pos, ref.gender) ?? this.onlyGivenName(ref.sourceName) ?? this.surnameFirst(ref) : undefined;
        if (full) {
          const existing = this.findPerson(full.nameParts.bareName);
          if (existing) return this.touch(existing, pos, ref.mention);
          const e = this.namedPerson(full.nameParts.bareName, full.nameParts.gender, ref.mention, pos);
          return e;
        }
        // "The Chronicle says" after "The San Francisco Chronicle", "WHO said" where the article names the World Health
        // Organization: the last word of the one organisation the article names so, or its initials, and no one's
        // surname there, is that organisation, shown by its full name.
        const named = this.organisationFor(ref.sourceName);
        if (named) return this.organisation(named, pos, ref.mention);
        // A surname alone is a person when the article names that person elsewhere ("Mr. Trump") or the lexicon knows
        // it as a surname ("Obama said"), not an organisation.
        // ("Vogel said he was available": a word the lexicon does not know, followed by "he", is a surname too.)
        const surname = ref.oneWord && !isJunkSingleName(ref.sourceName) && (this.personSurnames.has(surnameOf(ref.sourceName)) || nameLexicon().familyNames.has(surnameOf(ref.sourceName)) || this.singlePeople.has(surnameOf(ref.sourceName)));
        if (ref.isPerson || surname) {
          return this.namedPerson(ref.sourceName, ref.gender, ref.mention, pos);
        }
        // "There", "Indeed", "Department", "Republican": one capitalised word that names no one the article knows.
        if (ref.oneWord && isJunkSingleName(ref.sourceName) && !(this.byKey.get(phraseKey(ref.sourceName)) ?? []).length) return null;
      }
      // "Van Der Beek" after "James Van Der Beek": the end of a person's full name, however it parsed alone.
      const whole = ref.sourceName.includes(' ') ? this.fullName(surnameOf(ref.sourceName), pos) : undefined;
      if (whole && whole.nameParts.isPerson && lowercase(whole.nameParts.bareName).endsWith(` ${lowercase(ref.sourceName)}`)) {
        const existing = this.findPerson(whole.nameParts.bareName);
        if (existing) return this.touch(existing, pos, ref.mention);
        return this.namedPerson(whole.nameParts.bareName, whole.nameParts.gender, ref.mention, pos);
      }
      const key = phraseKey(ref.sourceName);
      const org = (this.byKey.get(key) ?? []).find((e) => !e.isAnonymous && e.sourceKind !== 'person');
      if (org) return this.touch(org, pos, ref.mention);
      const named = this.organisationFor(ref.sourceName);
      if (named) return this.organisation(named, pos, ref.mention);
      return this.create({ sourceName: ref.sourceName, sourceKind: ref.sourceKind, isAnonymous: false, gender: 'u', plural: false, head: '' }, ref.mention, pos);
    }
    // Descriptions.
    const key = phraseKey(ref.phraseText);
    if (ref.definite || !ref.isAnonymous) {
      // "the source", "the officials", "the company": the latest source of that head (or kind) before here.
      // Only a definite description refers back ("the report"); "a poll", "47 percent" are new sources unless worded
      // exactly as an earlier one.
      const pool = !ref.definite ? [] : ref.isAnonymous ? this.anonymousByHead.get(ref.head) ?? [] : this.namedByKind.get(ref.sourceKind) ?? [];
      const exact = (this.byKey.get(key) ?? []).find((e) => e.nameKey === key && e.isAnonymous === ref.isAnonymous);
      // "The company", "the utility": an organisation named in this paragraph or the one before (not when the
      // description names one itself: "the Facebook-owned company").
      const ownName = ref.phraseText.split(/[\s-]+/u).some((w) => this.orgCount.has(stripPossessiveLower(w)));
      // ("The departments" are several: no one organisation named before.)
      const organisation = ref.definite && !ref.isAnonymous && ref.sourceKind === 'organization' && !ownName && !ref.plural;
      const referring = !ownName && (GENERIC_HEADS.has(ref.head) || (organisation && ORG_REFERENCE_HEADS.has(ref.head)));
      let latest: Entity | undefined;
      // (The latest of the pool only counts when no source is worded exactly so: the scan is skipped then.)
      if (!exact || organisation) for (const e of pool) {
        if (e.referredAt > pos) continue;
        // "the company" refers back to a named organisation; "the army" after "the ministry" is a new speaker.
        // A named one only from this paragraph or the one before: further back, another of that kind has usually come
        // up ("the airline" paragraphs after a television channel spoke).
        const fits = ref.isAnonymous ? e.plural === ref.plural : e.head === ref.head || (e.head === '' && referring && e.referredAt >= paragraphsBack(pos, 1));
        if (fits && (!latest || e.referredAt > latest.referredAt)) latest = e;
      }
      // A named organisation that spoke or was referred to here, else the one named last before ("WeWork is under
      // investigation …. The company confirmed …").
      // (Not when a description of the same head was used here or in the paragraph before: "the Facebook-owned company
      // … according to the company".)
      const recent = latest !== undefined && latest.referredAt >= paragraphsBack(pos, 1);
      const named = organisation && !recent ? this.organisationBefore(ref.head, pos) : undefined;
      if (named) return this.organisation(named.orgName, pos, ref.phraseText);
      const hit = organisation && recent ? latest : exact ?? latest;
      if (hit) return this.touch(hit, pos, ref.phraseText);
      if (ref.otherwise) return this.resolve(ref.otherwise, pos);
    } else if (ref.plural) {
      // Bare plurals ("officials said", "Con Edison officials say") are one group per wording.
      const same = (this.byKey.get(key) ?? []).find((e) => e.isAnonymous && e.nameKey === key);
      if (same) return this.touch(same, pos, ref.phraseText);
    }
    // (The head tells a description's gender: "one mother", "a man".)
    const gender = FEMALE_NOUNS.has(ref.head) ? 'f' : MALE_NOUNS.has(ref.head) ? 'm' : 'u';
    return this.create({ sourceName: displayDescription(ref.phraseText), sourceKind: ref.sourceKind, isAnonymous: ref.isAnonymous, gender, plural: ref.plural, head: ref.head }, ref.phraseText, pos);
  }

  /** The full name of the one organisation a single word stands for: its initials in capitals ("WHO"), or its
   *  last word ("Chronicle") — not when the word is someone's surname in the article. */
  private organisationFor(word: string): string | undefined {
    if (word.includes(' ') || this.personSurnames.has(surnameOf(word))) return undefined;
    const bare = stripPossessiveLower(word);
    if (isAcronymLike(word.replace(/['’]s?$/u, '')) && /^[a-z]{2,6}$/u.test(bare)) return onlyOne(this.orgsByInitials.get(bare));
    return onlyOne(this.orgsByLast.get(bare));
  }

  /** The entity of an organisation the article names in full, created at its first reference. */
  private organisation(name: string, pos: number, mention: string): Entity {
    const org = (this.byKey.get(phraseKey(name)) ?? []).find((e) => !e.isAnonymous && e.sourceKind !== 'person');
    if (org) return this.touch(org, pos, mention);
    return this.create({ sourceName: name, sourceKind: 'organization', isAnonymous: false, gender: 'u', plural: false, head: '' }, mention, pos);
  }

  /**
   * The organisation a definite description of one ("the company", "the agency") most likely stands for: the nearest
   * one named before it in this paragraph or the one before, of a kind that fits (not "the Justice Department" for
   * "the company"), that the article names twice at least and that is nobody's surname there.
   */
  private organisationBefore(head: string, pos: number): OrgMention | undefined {
    const floor = paragraphsBack(pos, 1);
    for (let i = lowerBound(this.orgs, pos, (o) => o.pos) - 1, n = 0; i >= 0 && this.orgs[i].pos >= floor && n < 32; i--, n++) {
      const o = this.orgs[i];
      // A name that is surely an institution's ("Vanguard Logistics Services") counts even once; one word ("WeWork",
      // "NASA", and noise such as a product's name) when the article repeats it.
      const sure = o.orgKey.includes(' ');
      if (!sure && ((this.orgCount.get(o.orgKey) ?? 0) < 2 || !this.orgMidSentence.has(o.orgKey))) continue;
      if (this.personSurnames.has(o.orgKey)) continue;
      // The nearest decides: of another kind ("the Justice Department" for "the company"), no answer.
      return o.lastWord === head || (ORG_REFERENCE_HEADS.has(head) && !PUBLIC_BODY_ENDS.has(o.lastWord)) ? o : undefined;
    }
    return undefined;
  }

  /**
   * Of the people the article gave a role, the one the text is about here: the latest sentence subject of this
   * paragraph or the one before who holds it ("Rubio stopped by his headquarters. …, the senator said" is Rubio even
   * when another senator was named since).
   */
  private salientHolder(holders: readonly NameOccurrence[], pos: number): NameOccurrence | undefined {
    if (holders.length < 2) return undefined;
    const surnames = new Set(holders.filter((h) => h.pos < pos).map((h) => h.surname));
    if (surnames.size < 2) return undefined;
    const floor = paragraphsBack(pos, 1);
    for (let i = firstAtOrAfter(this.names, pos) - 1; i >= 0 && this.names[i].pos >= floor; i--) {
      const n = this.names[i];
      if (n.subject && !n.quoted && surnames.has(n.surname)) return holders.filter((h) => h.surname === n.surname && h.pos < pos).pop();
    }
    return undefined;
  }

  /**
   * Whether, since the holder was last named before this paragraph, another person is the subject here: "Recall Sen.
   * John McCain …" paragraphs ago, then "Cruz defends his bona fides …, the senator says" is not McCain.
   */
  private otherSubjectSince(holder: NameOccurrence, pos: number): boolean {
    const floor = paragraphsBack(pos, 1);
    if (holder.pos >= floor) return false;
    for (let i = firstAtOrAfter(this.names, pos) - 1; i >= 0 && this.names[i].pos >= floor; i--) {
      const n = this.names[i];
      if (n.surname === holder.surname) return false;
      if (n.subject && !n.quoted) return true;
    }
    return false;
  }

  private resolvePronoun(gender: 'm' | 'f' | 'p' | 'i', pos: number, linkedFrom: number): Entity | null {
    if (gender === 'p' || gender === 'i') {
      // "they", "it": the latest speaker that is a group, an organisation or a document.
      let best: Entity | null = null;
      for (let i = this.spoken.length - 1; i >= 0 && i >= this.spoken.length - RECENT_SPEAKERS; i--) {
        const { entity: e, at, within } = this.spoken[i];
        if (at !== e.lastSpoke || e.lastSpoke > pos || !compatible(e, gender) || this.outranked(within, (w) => compatible(w, gender))) continue;
        // "It" is an organisation or document that spoke in this paragraph or the two before; further back the
        // article has moved on to some other thing ("the memorandum", "the doctrine") that "it" stands for.
        if (gender === 'i' && at < paragraphsBack(pos, 2)) break;
        if (!best || e.lastSpoke > best.lastSpoke) best = e;
      }
      // "The board announced …. While many bank watchers expect …, they say": a group opening a sentence since the
      // last group spoke is who "they" are, not that speaker.
      if (best && gender === 'p' && this.unnamedSince(best.lastSpoke, pos, 'p')) return null;
      // "Kym Lino, a spokesperson for Instagram, confirmed …. “…,” they said": a person who spoke in this paragraph,
      // after the group or organisation last did in an earlier one, is the singular "they".
      const single = best && gender === 'p' ? this.personSpokeSince(best.lastSpoke, paragraphsBack(pos, 0), pos) : null;
      if (single) return this.touch(single, pos);
      return best ? this.touch(best, pos) : null;
    }
    const found = this.salientPerson(pos, gender, linkedFrom) ?? this.describedSpeaker(pos, gender);
    if (found && found.gender === 'u') found.gender = gender;
    return found ? this.touch(found, pos) : null;
  }

  /**
   * "A nurse at the clinic said the ward was full. “…,” she said": with no named person of the pronoun's gender in this
   * paragraph or the one before, the one person known only by description who spoke last there, if the gender fits.
   */
  private describedSpeaker(pos: number, gender: Gender): Entity | null {
    const floor = paragraphsBack(pos, 1);
    for (let i = firstAtOrAfter(this.names, floor); i < this.names.length && this.names[i].pos < pos; i++) {
      const g = this.names[i].nameParts.gender;
      if (!this.names[i].quoted && (g === 'u' || g === gender)) return null;
    }
    for (let i = this.spoken.length - 1; i >= 0 && i >= this.spoken.length - RECENT_SPEAKERS; i--) {
      const { entity: e, at } = this.spoken[i];
      if (at < floor) break;
      if (at > pos || at !== e.lastSpoke || e.plural || e.head === '') continue;
      return (e.gender === 'u' || e.gender === gender) && (e.sourceKind === 'person' || e.sourceKind === 'unknown') ? e : null;
    }
    return null;
  }

  /** The named, singular person who last spoke after `since`, in the paragraph that starts at `from`, before `pos`. */
  private personSpokeSince(since: number, from: number, pos: number): Entity | null {
    if (since >= from) return null;
    for (let i = this.spoken.length - 1; i >= 0; i--) {
      const { entity: e, at } = this.spoken[i];
      if (at < from) break;
      if (at < pos && e.sourceKind === 'person' && !e.plural && !e.isAnonymous) return e;
    }
    return null;
  }

  /**
   * The person "he" or "she" most likely stands for at `pos`, from this paragraph and the one before only (beyond
   * that, newswriting names the speaker again): the latest sentence subject whose gender fits, else the latest speaker
   * whose gender fits (over quote-only paragraphs, up to three back), else the only person named in reach whose gender
   * fits. Null rather than a guess.
   */
  private salientPerson(pos: number, gender: Gender, linkedFrom = -1): Entity | null {
    const found = this.salientNamed(pos, gender, linkedFrom);
    // (A person known only by description may be that unnamed subject itself.)
    return found && found.entity.head === '' && this.unnamedSince(found.at, pos, gender) ? null : found?.entity ?? null;
  }

  /**
   * Whether a sentence after `since` and before `pos` has for its subject a person the article does not name, whose
   * gender fits: "Merkel spoke. A 29-year-old woman was fined after she posted …" — "she" is that woman, so the named
   * person is no answer (and the quote stays without a speaker rather than with a wrong one).
   */
  private unnamedSince(since: number, pos: number, gender: Gender | 'p'): boolean {
    // (Up to 16 such sentences; sentences listed with no unnamed subject do not count.)
    for (let i = lowerBound(this.unnamed, since + 1, (u) => u.pos), n = 0; i < this.unnamed.length && this.unnamed[i].pos < pos && n < 16; i++) {
      const g = this.unnamed[i].gender();
      if (g === null) continue;
      n++;
      if (g === gender || (gender !== 'p' && g !== 'p' && (g === 'u' || gender === 'u'))) return true;
    }
    return false;
  }

  /** The named person "he" or "she" most likely stands for, and where that person was last the subject or spoke. */
  private salientNamed(pos: number, gender: Gender, linkedFrom = -1): { entity: Entity; at: number } | null {
    const floor = paragraphsBack(pos, 1);
    // A chain of "he said" over quote-only paragraphs keeps its speaker a little longer.
    const speakerFloor = paragraphsBack(pos, 3);
    const fits = (g: Gender): boolean => gender === 'u' || g === 'u' || g === gender;
    const lo = firstAtOrAfter(this.names, floor);
    const hi = firstAtOrAfter(this.names, pos);
    // (A surname alone, "Mr. Trump", is the one person the article names in full with it; of two, "Bush" stays.)
    const entityOf = (n: NameOccurrence): Entity => {
      const all = n.nameParts.bareName.includes(' ') ? [] : this.fullBySurname.get(n.surname) ?? [];
      // ("Donald Trump" and "Donald J. Trump" are one person: the same given name; the longest form is shown.)
      const given = all[0]?.nameParts.bareName.split(' ')[0];
      // ("Mr. Clinton" where the article names Hillary and Bill Clinton: the one of them whose gender the honorific gives.)
      const gendered = all.length && n.nameParts.gender !== 'u' ? this.fullNameOfGender(n.surname, n.nameParts.gender, '') : undefined;
      const full = gendered ?? (all.length && all.every((o) => o.nameParts.bareName.split(' ')[0] === given) ? all.reduce((a, b) => (b.nameParts.bareName.length > a.nameParts.bareName.length ? b : a)) : n);
      return this.findPerson(full.nameParts.bareName)
        ?? this.namedPerson(full.nameParts.bareName, full.nameParts.gender, n.nameParts.bareName, n.pos);
    };
    // The latest speaker whose gender fits, over quote-only paragraphs.
    let speaker: Entity | null = null;
    for (let i = this.spoken.length - 1; i >= 0 && i >= this.spoken.length - RECENT_SPEAKERS; i--) {
      const { entity: e, at, within } = this.spoken[i];
      if (at < speakerFloor) break;
      if (at !== e.lastSpoke || at > pos || e.sourceKind !== 'person' || e.plural || e.isAnonymous || !fits(e.gender)) continue;
      if (this.outranked(within, (w) => w.sourceKind === 'person' && !w.plural && !w.isAnonymous && fits(w.gender))) continue;
      speaker = e;
      break;
    }
    // Sentence subjects: a known gender that fits beats an unknown one. The speaker keeps the pronoun unless a person
    // became a subject after they last spoke ("Trump, Sexton said, has …. “…,” he said" is Sexton).
    // A name's gender, or else the gender its person showed earlier ("Sanders" after "Bernie Sanders" or "he").
    const genderOf = (n: NameOccurrence): Gender => n.nameParts.gender !== 'u' ? n.nameParts.gender : this.findPerson(n.nameParts.bareName)?.gender ?? 'u';
    let unknownSubject: NameOccurrence | null = null;
    // A person the article introduces after the speaker last spoke ("Then the firm hired Bob Ruiz, a nurse. “…,” he
    // said"): news introduces a person right before quoting them, so the newcomer is who the pronoun means.
    let newcomer: NameOccurrence | null = null;
    // "Andrew explained how he couldn't have been with Giuffre, because she described him as …": in a clause joined
    // inside a sentence whose subject is of the other gender (`linkedFrom`, set by the caller), the one person of the
    // pronoun's gender the sentence named before it is who the pronoun means, not the last speaker (two such: none).
    let inSentence: NameOccurrence | null | undefined;
    for (let i = hi - 1; i >= lo; i--) {
      const n = this.names[i];
      if (speaker && n.pos < speaker.lastSpoke) break;
      // A person named inside a quotation is spoken of, not speaking ("“I am ashamed that Christie would …,” she said").
      if (n.quoted) continue;
      const g = genderOf(n);
      if (!fits(g)) continue;
      if (linkedFrom >= 0 && n.pos >= linkedFrom && n.nameParts.isPerson) {
        inSentence = inSentence === undefined || inSentence?.surname === n.surname ? n : null;
        continue;
      }
      if (inSentence) return { entity: entityOf(inSentence), at: inSentence.pos };
      if (!n.subject) {
        if (speaker && n.pos > speaker.lastSpoke && n.appositive && this.introductions.has(n) && n.nameParts.isPerson) newcomer ??= n;
        continue;
      }
      // "Wilcox and Beruff argued …. “…,” he said": two people who fit, joined as one subject, leave "he" undecided.
      if (this.coordinatedWith(i, (m) => fits(genderOf(m)))) return null;
      if (gender === 'u' || g === gender) return { entity: entityOf(n), at: n.pos };
      unknownSubject ??= n;
    }
    if (inSentence) return { entity: entityOf(inSentence), at: inSentence.pos };
    if (unknownSubject) return { entity: entityOf(unknownSubject), at: unknownSubject.pos };
    if (newcomer) return { entity: entityOf(newcomer), at: newcomer.pos };
    if (speaker) return { entity: speaker, at: speaker.lastSpoke };
    // Else the one person named in this paragraph before the pronoun whose gender fits, or with none, the one named in
    // the paragraph before: with two or more, "he" is a guess, and the quote is better left without a speaker than
    // given to the wrong one.
    let only: NameOccurrence | null = null;
    for (let i = hi - 1; i >= lo; i--) {
      const n = this.names[i];
      if (only && only.block !== n.block) break;
      // (Nor the one spoken with in a phrase opening the sentence at hand: "Speaking to Oprah Winfrey, the actor said".)
      if (n.quoted || !fits(genderOf(n)) || (n.listenerUntil ?? -1) > pos) continue;
      if (only && only.surname !== n.surname) return null;
      only ??= n;
    }
    return only ? { entity: entityOf(only), at: only.pos } : null;
  }

  /** `e` speaks at `pos`; `within` is the speaker whose report quotes it ("Ms. Schlafly replied that Ms. Friedan had
   *  said …"), if any. */
  /** Whether the subject name `i` is joined by "and" (or "&") to another person's name of the same sentence subject
   *  whose gender also fits: the names lie a conjunction apart in one paragraph. */
  private coordinatedWith(i: number, fits: (n: NameOccurrence) => boolean): boolean {
    const n = this.names[i];
    if (!n.joined) return false;
    const joined = (a: NameOccurrence | undefined, b: NameOccurrence | undefined): boolean => a !== undefined && b !== undefined && a.block === b.block &&
      a.surname !== b.surname && a.joined === true && b.joined === true && a.subject && b.subject && b.charStart > a.charEnd && b.charStart - a.charEnd <= 6 && fits(a === n ? b : a);
    return joined(this.names[i - 1], n) || joined(n, this.names[i + 1]);
  }

  spoke(e: Entity, pos: number, within: Entity | null = null): void {
    if (pos <= e.lastSpoke) return;
    e.lastSpoke = pos;
    e.referredAt = Math.max(e.referredAt, pos);
    this.spoken.push({ entity: e, at: pos, within });
  }

  /**
   * A speaker quoted inside another's report is not who a pronoun continues when the reporting speaker fits it too:
   * "Mrs. Schlafly replied that she was pleased Ms. Friedan had said that because, she said, …" is Schlafly's "she".
   * When only the quoted one fits ("Clinton said that …, to which O'Malley interjected …. He said") it is.
   */
  private outranked(within: Entity | null, fits: (e: Entity) => boolean): boolean {
    return within !== null && within.lastSpoke >= 0 && fits(within);
  }
}
