/**
 * Communicative acts beyond the speech cues. People who criticise, pressure, praise, weigh in or sound off are
 * sources of information too ("Democrats pressure Sanders to …", "Others call it the nerd prom", "Trump has been
 * rebuked by opponents", "criticism from German conservatives"). When an unnamed group or role does one of these, the
 * phrase is an anonymous mention; these words never make a quote (the cue verbs of `cues.ts` do that) and are read
 * only together with a people noun of `heads.ts`. The cue verbs count as acts too; a form both tables hold is the cue's.
 *
 * Not here: verbs of belief, feeling or plain action (think, fear, hope, vote, attack, protest), whose subjects are not
 * sources of information.
 */

import { CUE_BY_FORM, regularForms } from './cues';

export interface AgentVerb {
  lemma: string;
  /** Every inflection read as this act. */
  forms: readonly string[];
  /** A particle or preposition the act needs right after it ("weigh in", "sound off", "speak out"). */
  particle?: readonly string[];
  /** Particles that make it another verb ("called off", "called up"). */
  notBefore?: readonly string[];
}

function act(lemma: string, forms: string, particle?: string, notBefore?: string): AgentVerb {
  return { lemma, forms: forms.split(' ').flatMap((f) => (f === '+' ? regularForms(lemma) : f)), ...(particle ? { particle: particle.split(' ') } : {}), ...(notBefore ? { notBefore: notBefore.split(' ') } : {}) };
}

export const AGENT_VERBS: readonly AgentVerb[] = [
  // Criticising and praising in public.
  act('criticize', '+ criticise criticises criticised criticising'),
  act('rebuke', '+'),
  act('denounce', '+'),
  act('condemn', '+'),
  act('slam', 'slam slams slammed slamming'),
  act('blast', 'blasted blasting'),
  act('decry', '+'),
  act('deride', '+'),
  act('mock', 'mocked mocking'),
  act('ridicule', 'ridiculed ridiculing'),
  act('lambaste', '+'),
  act('chide', '+'),
  act('scold', 'scolded scolding'),
  act('assail', '+'),
  act('castigate', 'castigated castigating'),
  act('fault', 'faulted faulting'),
  act('ding', 'dinged'),
  act('question', 'question questions questioning'),
  act('challenge', 'challenged challenging'),
  act('praise', '+'),
  act('hail', 'hailed hailing'),
  act('applaud', '+'),
  act('laud', 'lauded lauding'),
  act('commend', 'commended commending'),
  // Pressing, asking, demanding.
  act('pressure', '+'),
  act('lobby', '+'),
  act('petition', 'petitioned petitioning'),
  act('call', 'call calls calling', undefined, 'off up in back'),
  act('appeal', 'appealed appealing', 'to for'),
  act('press', 'press presses pressing'),
  act('ask', 'asking'),
  // Saying in other words.
  act('weigh in', 'weigh weighs weighed weighing', 'in'),
  act('chime in', 'chime chimes chimed chiming', 'in'),
  act('sound off', 'sound sounds sounded sounding', 'off'),
  act('speak out', 'speak speaks spoke speaking', 'out up'),
  act('lash out', 'lash lashes lashed lashing', 'out'),
  act('hit back', 'hit hits hitting', 'back'),
  act('fire back', 'fire fires fired firing', 'back'),
  act('push back', 'push pushes pushed pushing', 'back'),
  act('walk back', 'walk walks walked walking', 'back'),
  act('talk', '+', 'about of'),
  act('signal', '+ signalled signalling'),
  act('hint', 'hinted hinting'),
  act('detail', 'detailed detailing'),
  act('outline', 'outlined outlining'),
  act('voice', '+'),
  act('express', 'expressed expressing'),
  act('echo', 'echoed echoing'),
  act('underline', '+'),
  act('underscore', '+'),
  act('forecast', 'forecast forecasts forecasting'),
  act('speculate', '+'),
  act('grumble', '+'),
  act('gripe', '+'),
  act('vent', 'vented venting'),
  act('object', 'objected objecting'),
  act('scoff', 'scoffed scoffing'),
  act('rebut', 'rebutted rebutting'),
  act('counter', 'counter'),
  act('sketch out', 'sketched sketching', 'out'),
  act('recount', 'recounted recounting'),
  act('comment', '+'),
  act('propose', 'propose proposing'),
  act('recommend', 'recommend recommending'),
];

/** "were adamant that", "have been vocal in their criticism": stance adjectives after a form of "be" or "become". */
export const AGENT_ADJECTIVES: ReadonlySet<string> = new Set(['adamant', 'vocal', 'outspoken', 'emphatic', 'unequivocal', 'critical']);

/** "made clear that", "made plain": a verb and its complement that together say something. */
export const AGENT_COMPLEMENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['make', ['clear', 'plain']], ['makes', ['clear', 'plain']], ['made', ['clear', 'plain']], ['making', ['clear', 'plain']],
]);

/** Nouns of communicative acts whose author follows "from"/"by"/"with": "criticism from Democrats", "interviews with
 *  party chairs", "calls from lawmakers". */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(`criticism criticisms condemnation complaints complaint objections
  objection calls demands pressure warnings warning praise questions pushback backlash appeals pleas rebukes rebuke
  denunciations interviews interview testimony statement statements accounts reports comments remarks accusations
  allegations claims assurances`.trim().split(/\s+/u));

/** Act nouns whose author may also follow "of": "interviews of workers", "the testimony of witnesses" (not
 *  "criticism of officials", whose officials are the target). */
export const AUTHOR_OF_NOUNS: ReadonlySet<string> = new Set(['interviews', 'testimony']);

/** "declined to comment", "refused to discuss": a refusal to speak is itself said by the source. */
export const DECLINING_VERBS: ReadonlySet<string> = new Set(['decline', 'declines', 'declined', 'declining', 'refuse', 'refuses', 'refused', 'refusing']);
export const DECLINED_ACTS: ReadonlySet<string> = new Set(['comment', 'elaborate', 'discuss', 'say', 'specify', 'confirm', 'answer', 'detail', 'identify', 'speculate', 'respond', 'disclose', 'name']);

/** "issued an open letter", "released a statement": a verb of publishing and the document it publishes. */
export const PUBLISHING_VERBS: ReadonlySet<string> = new Set(`issue issues issued issuing release releases released
  releasing send sends sent sending sign signs signed signing publish publishes published publishing pen penned`.trim().split(/\s+/u));
export const PUBLISHED_DOCUMENTS: ReadonlySet<string> = new Set(`statement statements letter letters petition appeal
  warning warnings call plea memo declaration manifesto op-ed`.trim().split(/\s+/u));

/** Words that may sit between a subject and its act: auxiliaries, "also", "have begun", "repeatedly". */
export const AGENT_AUXILIARIES: ReadonlySet<string> = new Set(`has have had having is are was were be been being will would
  could can should may might must shall do does did also already since still even again repeatedly publicly privately
  openly loudly quickly immediately later earlier previously recently long often never not begun began begin begins
  started start starts continued continue continues themselves increasingly didn't didn’t doesn't doesn’t don't don’t won't
  won’t wouldn't wouldn’t hasn't hasn’t haven't haven’t hadn't hadn’t isn't isn’t wasn't wasn’t`.trim().split(/\s+/u));

/** Every form, to its act. A form the cue table already holds is read as that cue (one owner per form). */
export const AGENT_BY_FORM: ReadonlyMap<string, AgentVerb> = new Map(AGENT_VERBS.flatMap((v) => v.forms.filter((f) => !CUE_BY_FORM.has(f)).map((f) => [f, v] as const)));
/** Acts by lemma, so a cue of the same verb shares its exclusions ("called off" is no call). */
export const AGENT_BY_LEMMA: ReadonlyMap<string, AgentVerb> = new Map(AGENT_VERBS.map((v) => [v.lemma, v]));
