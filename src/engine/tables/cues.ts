/**
 * The cue verbs of attribution: one entry per verb, with every form the engine reads and what the verb governs.
 * Everything the rules need to know about a cue is here; no other list repeats it.
 *
 * What a cue governs decides which reported-speech rules may read content after it (`reported.ts`):
 * - `that`: a clause, with or without "that" ("said (that) the plan is dead"), or a noun phrase ("denied the
 *   report"); these verbs also take content placed before them ("The plan is dead, officials said");
 * - `to`: an infinitive ("vowed to fight on");
 * - `object-to`: a listener and an infinitive, both part of the content ("urged voters to stay home");
 * - `object-of`: "accused the mayor of lying";
 * - `object-as`: "described the plan as a disaster";
 * - `object-predicate`: "called the plan a disaster", "called it “insanity”" (the predicate opens with a determiner
 *   or a quotation mark, so "called the police" is not read as speech);
 * - `for`: "called for an inquiry", "called for Trump to drop out", "asked (the court) for a delay" (a verb that also
 *   takes a listener, `object-to`, may have one before "for");
 * - `on-object-to`: "called on Congress to act";
 * - `question`: "asked whether the talks would resume";
 * - `topic`: what was spoken of, after "about" or "of" ("warned of a new war", "asked about the loan", "joked about
 *   moving abroad"): the topic is what the speech reports, so it is the content;
 * - `quote`: quoted words only ("joked", "quipped").
 */

export type Complement = 'that' | 'to' | 'object-to' | 'object-of' | 'object-as' | 'object-predicate' | 'for' | 'on-object-to' | 'question' | 'topic' | 'quote';

export interface CueVerb {
  lemma: string;
  /** Every inflection the engine treats as this cue (capitalised forms are not cues except at sentence start). */
  forms: readonly string[];
  complements: readonly Complement[];
  /** Weak cues (noted, suggested, predicted) count only with a speaker written right before them, and with content of
   *  three words or more: their subjects are often things ("the data shows"), their forms often nouns. */
  weak?: boolean;
  /** The verb tells what a thing shows as often as what someone says ("blood tests revealed", "the refresh suggests",
   *  "the decision emphasizes"): a subject read as none of person, group, organisation or document is no speaker. */
  evidence?: boolean;
  /** The cue may stand with no speaker in reach ("…,” he added" is resolved by discourse, "said" alone too). */
  speakerOptional?: boolean;
  /** The verb's object is the listener, part of the cue and never the speaker ("told Reuters", "assured voters"). */
  listener?: boolean;
  /** The verb also takes a thing for object: without "that", only a clause — or a piece of writing ("wrote a letter to
   *  the mayor asking …") — is content. "wrote the song", "added three assists", "has agreed a deal", "posted a video",
   *  "maintains its own monitor" name a thing made, done or kept, not something said. */
  clauseOnly?: boolean;
  /** Without "that", only a clause is content, never a noun phrase nor a piece of writing: "maintained (that) they
   *  were …", but "maintained a polling lead", "advised the campaign", "recounted the incident", "proposed a ban",
   *  "pledged their support" name a thing kept, served, told over or offered, not a claim. */
  clauseStrict?: boolean;
  /** The base form is a noun as often ("a claim", "the report", "his tweet", "a call for"): it is the verb only with a
   *  plural or "I/we/they/you" subject, or after an auxiliary or "to" ("critics call", "would report"). */
  nounBase?: boolean;
  /** A word that must follow the verb for it to be this cue, also after "it": "pointed out", "made (it) clear". The cue
   *  runs over it; without it the verb is no cue ("at one point", "made a decision"). */
  particle?: string;
  /** Subject heads for which the verb means something else: a forecast or a recipe "calls for" what it requires. */
  notAfter?: readonly string[];
}

/** "+" among a cue's forms stands for the lemma and its regular forms: argue → argue argues argued arguing, deny →
 *  deny denies denied denying, stress → stress stresses stressed stressing. Irregular and partial sets are spelt out. */
export function regularForms(lemma: string): string[] {
  const stem = lemma.slice(0, -1);
  if (/[^aeiou]y$/u.test(lemma)) return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${stem}ing`];
  return [lemma, `${lemma}${/(?:s|x|z|ch|sh)$/u.test(lemma) ? 'es' : 's'}`, `${lemma}ed`, `${lemma}ing`];
}

/** How many words of `verb`'s particle follow it, given the next two words: 0 when it needs none, -1 when it is missing. */
export function particleLength(verb: CueVerb, next: string, after: string): number {
  if (!verb.particle) return 0;
  if (next === verb.particle) return 1;
  return next === 'it' && after === verb.particle ? 2 : -1;
}

function cue(lemma: string, forms: string, complements: string, flags: Partial<Pick<CueVerb, 'weak' | 'speakerOptional' | 'listener' | 'clauseOnly' | 'clauseStrict' | 'nounBase' | 'evidence' | 'particle'>> & { notAfter?: string } = {}): CueVerb {
  const { notAfter, ...rest } = flags;
  return { lemma, forms: forms.split(' ').flatMap((f) => (f === '+' ? regularForms(lemma) : f)), complements: complements.split(' ') as Complement[], ...rest, ...(notAfter ? { notAfter: notAfter.split(' ') } : {}) };
}

export const CUE_VERBS: readonly CueVerb[] = [
  // Saying and telling.
  cue('say', 'say says said saying', 'that', { speakerOptional: true }),
  cue('tell', 'tell tells told telling', 'that object-to', { speakerOptional: true, listener: true }),
  cue('add', '+', 'that', { speakerOptional: true, clauseOnly: true }),
  cue('inform', 'informed informs informing', 'that', { listener: true, evidence: true }),
  cue('assure', 'assure assured assures assuring', 'that', { listener: true, nounBase: true }),
  cue('remind', 'remind reminded reminds reminding', 'that object-to', { listener: true, evidence: true, nounBase: true }),
  cue('write', 'write writes wrote writing written', 'that', { clauseOnly: true }),
  cue('tweet', '+', 'that', { clauseOnly: true, nounBase: true }),
  cue('post', 'posted', 'that', { weak: true, clauseOnly: true }),
  cue('testify', '+', 'that'),
  cue('report', '+', 'that', { weak: true, nounBase: true }),
  cue('announce', '+', 'that'),
  cue('declare', '+', 'that'),
  cue('proclaim', 'proclaimed proclaims proclaiming', 'that'),
  cue('state', 'states stated stating', 'that', { weak: true }),
  cue('mention', 'mentioned mentions mentioning', 'that', { weak: true, evidence: true }),
  cue('reveal', 'reveal revealed reveals revealing', 'that', { weak: true, clauseOnly: true, evidence: true, nounBase: true }),
  cue('disclose', 'disclose disclosed discloses disclosing', 'that', { weak: true, nounBase: true }),
  // Arguing, claiming, answering.
  cue('argue', '+', 'that'),
  cue('claim', '+', 'that', { nounBase: true }),
  cue('assert', '+', 'that'),
  cue('contend', '+', 'that'),
  cue('maintain', 'maintain maintained maintains maintaining', 'that', { weak: true, clauseStrict: true, nounBase: true }),
  cue('insist', '+', 'that'),
  // Weak: "alleged" is mostly an adjective ("an alleged scheme", "alleged pay-to-play").
  cue('allege', '+', 'that', { weak: true }),
  cue('charge', 'charged', 'that', { weak: true, clauseOnly: true }),
  cue('counter', 'countered counters', 'that'),
  cue('retort', 'retorted', 'that'),
  cue('reply', 'replies replied replying', 'that'),
  cue('respond', 'respond responded responds', 'that'),
  cue('explain', '+', 'that'),
  cue('note', '+', 'that', { weak: true }),
  cue('observe', 'observe observed', 'that', { nounBase: true, clauseStrict: true }),
  cue('remark', 'remarked remarking', 'that'),
  cue('point out', 'point points pointed pointing', 'that', { weak: true, particle: 'out' }),
  cue('make clear', 'make makes made making', 'that', { weak: true, evidence: true, particle: 'clear' }),
  cue('stress', 'stress stresses stressed stressing', 'that', { nounBase: true }),
  cue('emphasize', '+ emphasise emphasises emphasised', 'that', { evidence: true }),
  cue('reiterate', 'reiterate reiterated reiterates reiterating', 'that', { nounBase: true }),
  cue('repeat', 'repeated', 'that', { weak: true }),
  cue('confirm', '+', 'that', { evidence: true }),
  cue('deny', '+', 'that'),
  cue('dispute', 'dispute disputed disputes', 'that', { weak: true, nounBase: true }),
  cue('acknowledge', '+', 'that'),
  cue('admit', 'admit admits admitted admitting', 'that'),
  cue('concede', '+', 'that'),
  cue('complain', '+', 'that topic'),
  cue('lament', 'lament lamented laments', 'that', { clauseStrict: true, nounBase: true }),
  cue('boast', 'boast boasted boasts', 'that', { evidence: true, nounBase: true }),
  cue('brag', 'bragged brags', 'that'),
  cue('joke', 'joked jokes joking', 'that topic'),
  cue('quip', 'quip quipped quips', 'quote'),
  // Mostly a noun ("his comments"): a verb of quoted words only, as in "“…,” comments Ana Ruiz".
  cue('comment', 'comments', 'quote', { weak: true }),
  cue('answer', 'answered answers', 'that', { clauseOnly: true }),
  cue('yell', 'yelled yells yelling', 'quote'),
  cue('scream', 'screamed screams screaming', 'quote'),
  cue('whisper', 'whispered whispers', 'quote'),
  cue('chant', '+', 'quote', { weak: true }),
  cue('interject', 'interjected', 'quote'),
  cue('muse', 'mused muses', 'that'),
  cue('opine', 'opined opines', 'that'),
  cue('recount', 'recounted recounts', 'that', { weak: true, clauseStrict: true }),
  cue('scoff', 'scoffed scoffs', 'quote'),
  cue('mock', 'mocked mocks mocking', 'quote'),
  cue('surmise', 'surmised surmises', 'that'),
  cue('snap', 'snapped', 'quote', { weak: true }),
  cue('gush', 'gushed', 'quote'),
  cue('fume', 'fumed fumes', 'quote'),
  cue('rave', 'raved raves', 'quote'),
  cue('seethe', 'seethed', 'quote'),
  cue('marvel', 'marveled marvelled', 'that'),
  cue('sigh', 'sighed', 'quote'),
  cue('remember', 'remembered', 'quote'),
  cue('read', 'read reads', 'quote'),
  cue('exclaim', 'exclaimed', 'quote'),
  cue('shout', 'shouted shouts shouting', 'quote'),
  // "“…,” she sings": a song's words are its singer's. (Not "ordered", "laughed" or "begged": judges order, audiences
  // laugh and a cue makes its subject a source; "X said Y begged him for …" gave X's quotation to Y.)
  cue('sing', 'sings sang', 'quote'),
  cue('recall', 'recall recalls recalled recalling', 'that', { weak: true, nounBase: true }),
  cue('predict', '+', 'that', { weak: true }),
  cue('estimate', 'estimate estimates estimated', 'that', { weak: true, evidence: true, nounBase: true }),
  cue('suggest', '+', 'that', { weak: true, evidence: true }),
  cue('indicate', '+', 'that', { weak: true, evidence: true, clauseOnly: true }),
  cue('signal', 'signaled signalled signals signaling signalling', 'that', { weak: true, evidence: true, clauseOnly: true }),
  cue('hint', 'hinted hints hinting', 'that topic', { weak: true, evidence: true, clauseOnly: true }),
  cue('speculate', '+', 'that', { weak: true }),
  cue('posit', '+', 'that', { weak: true }),
  cue('propose', 'propose proposed proposes', 'that to', { weak: true, clauseStrict: true, nounBase: true }),
  cue('recommend', 'recommend recommended recommends', 'that', { weak: true, clauseStrict: true, nounBase: true }),
  cue('imply', 'implied implies implying', 'that', { weak: true }),
  cue('conclude', 'conclude concluded concludes', 'that', { weak: true, clauseOnly: true, nounBase: true }),
  // Not "found" or "showed": a poll or a study finding is evidence, not speech ("the poll showed Trump leading"); the
  // report contract counts speaking and writing cues only, and on every annotated set these were mostly false hits.
  cue('agree', 'agree agreed agrees agreeing', 'that to', { weak: true, clauseOnly: true }),
  cue('continue', 'continued continues', 'quote', { weak: true }),
  cue('warn', '+', 'that object-to topic'),
  cue('caution', 'caution cautions cautioned cautioning', 'that object-to', { nounBase: true }),
  // Promising and threatening.
  cue('promise', 'promise promised promises promising', 'that to', { weak: true, evidence: true, nounBase: true }),
  cue('pledge', 'pledge pledged pledges pledging', 'that to', { weak: true, clauseStrict: true, nounBase: true }),
  cue('vow', 'vow vowed vows vowing', 'that to', { weak: true, nounBase: true }),
  cue('threaten', 'threaten threatened threatens threatening', 'to', { weak: true, evidence: true, nounBase: true }),
  cue('swear', 'swore swears', 'that to', { weak: true }),
  // Asking, urging, demanding.
  // "asked to depose the witness", "asked (the court) for quick action": what was asked for is the content too.
  cue('ask', '+', 'question object-to topic to for'),
  // Not "wondered whether …": a question the speaker put to no one, mostly to the reader (no reported speech in
  // any annotated set; every hit on them was false).
  cue('question', 'questioned', 'question', { weak: true }),
  cue('urge', '+', 'object-to that', { evidence: true }),
  cue('encourage', 'encouraged encourages encouraging', 'object-to'),
  cue('implore', 'implored implores', 'object-to'),
  cue('press', 'pressed', 'object-to quote', { weak: true }),
  cue('advise', 'advise advised advises', 'object-to that', { clauseStrict: true, nounBase: true }),
  cue('instruct', 'instructed', 'object-to'),
  cue('demand', 'demanded demands', 'that'),
  cue('plead', 'pleaded pled', 'quote'),
  // Accusing, describing, calling.
  cue('accuse', 'accuse accused accuses accusing', 'object-of'),
  cue('blame', 'blamed blames', 'quote'),
  // "described a rigged system", "described how …": what is described is reported too, not only "X as Y".
  cue('describe', 'describes described describing', 'object-as that'),
  cue('characterize', 'characterized characterizes characterised', 'object-as'),
  cue('portray', 'portrayed portrays', 'object-as', { weak: true }),
  cue('call', '+', 'object-predicate for on-object-to', { weak: true, nounBase: true, notAfter: 'forecast forecasts recipe recipes script scripts situation occasion weather' }),
  cue('label', 'labeled labelled', 'object-predicate', { weak: true }),
  cue('dub', 'dubbed', 'object-predicate', { weak: true }),
];

/** Every form, to its verb. */
export const CUE_BY_FORM: ReadonlyMap<string, CueVerb> = new Map(CUE_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));

/**
 * Nouns that carry reported content when someone's: "Trump's claim that …", "her promise to …", "his call for …".
 * The possessor speaks; the complement is read like a verb's.
 */
export const CUE_NOUNS: readonly CueVerb[] = [
  cue('claim', 'claim claims', 'that'),
  cue('statement', 'statement', 'that'),
  cue('assertion', 'assertion assertions', 'that'),
  cue('argument', 'argument arguments', 'that'),
  cue('allegation', 'allegation allegations', 'that'),
  cue('accusation', 'accusation accusations', 'that'),
  cue('charge', 'charge charges', 'that'),
  cue('insistence', 'insistence', 'that'),
  cue('contention', 'contention', 'that'),
  cue('suggestion', 'suggestion suggestions', 'that'),
  cue('warning', 'warning warnings', 'that topic'),
  cue('remark', 'remark remarks', 'that'),
  cue('comment', 'comment comments', 'that'),
  cue('announcement', 'announcement', 'that topic'),
  cue('mention', 'mention', 'topic'),
  cue('admission', 'admission', 'that'),
  cue('denial', 'denial denials', 'that'),
  cue('explanation', 'explanation', 'that'),
  cue('conclusion', 'conclusion conclusions', 'that'),
  cue('testimony', 'testimony', 'that'),
  cue('complaint', 'complaint complaints', 'that topic'),
  cue('prediction', 'prediction predictions', 'that'),
  cue('promise', 'promise promises', 'that to'),
  cue('pledge', 'pledge pledges', 'that to'),
  cue('vow', 'vow vows', 'that to'),
  cue('threat', 'threat threats', 'to'),
  cue('call', 'call calls', 'for to'),
];

export const CUE_NOUN_BY_FORM: ReadonlyMap<string, CueVerb> = new Map(CUE_NOUNS.flatMap((v) => v.forms.map((f) => [f, v] as const)));

/** The phrasal cue "according to X": not a verb, but attributes like one. */
export const ACCORDING_TO: CueVerb = { lemma: 'according to', forms: ['according'], complements: ['that'] };

/** Whether `next`, the word after the noun phrase that follows the verb, makes that phrase the verb's object, the one
 *  spoken of and never the speaker: "accused X of …", "described X as …", "urged X to …". ("“…,” instructed X" is an
 *  inversion; "accused the leadership of using “…”" is none.) */
export function objectMarkedBy(verb: CueVerb, next: string): boolean {
  return next === 'of' && governs(verb, 'object-of') || next === 'as' && governs(verb, 'object-as') || next === 'to' && governs(verb, 'object-to');
}

export function governs(verb: CueVerb, complement: Complement): boolean {
  return verb.complements.includes(complement);
}
