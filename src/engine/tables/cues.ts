/**
 * The cue verbs of attribution: one entry per verb, with every form the engine reads and what the verb governs.
 * Everything the rules need to know about a cue is here; no other list repeats it.
 *
 * What a cue governs decides which reported-speech rules may read content after it:
 * - `that`: a clause, with or without "that" ("said (that) the plan is dead"); the same verbs also take content
 *   placed before them ("The plan is dead, officials said");
 * - `quote`: the verb introduces quoted words only ("joked", "called it ‘a disaster’").
 */

export type Complement = 'that' | 'quote';

export interface CueVerb {
  lemma: string;
  /** Every inflection the engine treats as this cue (capitalised forms are not cues except at sentence start). */
  forms: readonly string[];
  complements: readonly Complement[];
  /** Weak cues (shows, found, noted) count only with a speaker written right before them, and with content of
   *  three words or more: their subjects are often things ("the data shows"). */
  weak?: boolean;
  /** The cue may stand with no speaker in reach ("…,” he added" is resolved by discourse, "said" alone too). */
  speakerOptional?: boolean;
  /** The verb's object sits between verb and content and is the listener, never the speaker ("told Reuters"). */
  object?: boolean;
}

const THAT: readonly Complement[] = ['that'];
const QUOTE: readonly Complement[] = ['quote'];

function cue(lemma: string, forms: string, complements: readonly Complement[], flags: Partial<Pick<CueVerb, 'weak' | 'speakerOptional' | 'object'>> = {}): CueVerb {
  return { lemma, forms: forms.split(' '), complements, ...flags };
}

export const CUE_VERBS: readonly CueVerb[] = [
  cue('say', 'say says said saying', THAT, { speakerOptional: true }),
  cue('tell', 'tell tells told telling', THAT, { speakerOptional: true, object: true }),
  cue('add', 'add adds added adding', THAT, { speakerOptional: true }),
  cue('announce', 'announce announces announced announcing', THAT),
  cue('warn', 'warn warns warned warning', THAT),
  cue('deny', 'deny denies denied denying', THAT),
  cue('claim', 'claim claims claimed claiming', THAT),
  cue('argue', 'argue argues argued arguing', THAT),
  cue('insist', 'insist insists insisted insisting', THAT),
  cue('note', 'note notes noted noting', THAT, { weak: true }),
  cue('explain', 'explain explains explained explaining', THAT),
  cue('confirm', 'confirm confirms confirmed confirming', THAT),
  cue('report', 'report reports reported reporting', THAT, { weak: true }),
  cue('write', 'write writes wrote writing written', THAT),
  cue('acknowledge', 'acknowledge acknowledges acknowledged acknowledging', THAT),
  cue('admit', 'admit admits admitted admitting', THAT),
  cue('state', 'states stated stating', THAT, { weak: true }),
  cue('testify', 'testify testifies testified testifying', THAT),
  cue('urge', 'urge urges urged urging', QUOTE, { object: true }),
  cue('tweet', 'tweet tweets tweeted tweeting', QUOTE),
  cue('declare', 'declare declares declared declaring', THAT),
  cue('stress', 'stresses stressed stressing', THAT),
  cue('emphasize', 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised', THAT),
  cue('assert', 'assert asserts asserted asserting', THAT),
  cue('contend', 'contend contends contended contending', THAT),
  cue('concede', 'concede concedes conceded conceding', THAT),
  cue('complain', 'complain complains complained complaining', THAT),
  cue('allege', 'allege alleges alleged alleging', THAT),
  cue('caution', 'cautions cautioned cautioning', THAT),
  cue('reply', 'replies replied replying', THAT),
  cue('respond', 'responded', QUOTE),
  cue('recall', 'recalls recalled recalling', THAT, { weak: true }),
  cue('predict', 'predicts predicted predicting', THAT, { weak: true }),
  cue('ask', 'ask asks asked', QUOTE),
  cue('describe', 'describes described describing', QUOTE),
  cue('call', 'called', QUOTE, { weak: true }),
  cue('estimate', 'estimates estimated', THAT, { weak: true }),
  cue('find', 'found finds', THAT, { weak: true }),
  cue('show', 'shows showed', THAT, { weak: true }),
  cue('suggest', 'suggests suggested', THAT, { weak: true }),
  cue('point', 'pointed', QUOTE, { weak: true }),
  cue('joke', 'joked jokes', QUOTE),
  cue('quip', 'quipped', QUOTE),
  cue('exclaim', 'exclaimed', QUOTE),
  cue('shout', 'shouted', QUOTE),
  cue('continue', 'continued', QUOTE, { weak: true }),
  cue('agree', 'agreed agrees', THAT, { weak: true }),
  cue('promise', 'promised promises', THAT, { weak: true }),
  cue('pledge', 'pledged', THAT, { weak: true }),
  cue('vow', 'vowed vows', THAT, { weak: true }),
  cue('accuse', 'accused accuses', QUOTE),
  cue('blame', 'blamed blames', QUOTE),
  cue('inform', 'informed', QUOTE, { object: true }),
  cue('instruct', 'instructed', QUOTE),
  cue('remark', 'remarked', QUOTE),
  cue('observe', 'observed', QUOTE),
  cue('boast', 'boasted', QUOTE),
  cue('plead', 'pleaded pled', QUOTE),
  cue('demand', 'demanded', QUOTE),
  cue('advise', 'advised', QUOTE, { object: true }),
  cue('charge', 'charged', QUOTE, { weak: true }),
];

/** Every form, to its verb. */
export const CUE_BY_FORM: ReadonlyMap<string, CueVerb> = new Map(CUE_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));

/** The phrasal cue "according to X": not a verb, but attributes like one. */
export const ACCORDING_TO: CueVerb = { lemma: 'according to', forms: ['according'], complements: THAT };

export function governs(verb: CueVerb, complement: Complement): boolean {
  return verb.complements.includes(complement);
}
