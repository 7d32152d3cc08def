import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { ACCESS_CLAUSES, ACCESS_TRIGGERS, ANONYMITY_GRANTS, descriptionAccess, explainAnonymity, findAccess, findReason, REASON_TRIGGERS, SELF_STANDING_REASONS, withAnonymity } from './anonymity';
import type { Report, Source } from './types';

// Each row: the part of a sentence that belongs to one source (from its mention on), and the reason it gives.
const REASONS: Array<[string, string | undefined]> = [
  // A grant phrase and its why-clause.
  ['an official who spoke on condition of anonymity because they were not authorized to speak publicly', 'because they were not authorized to speak publicly'],
  ['a diplomat, speaking on the condition of anonymity to discuss private deliberations, said', 'to discuss private deliberations'],
  ['an aide who asked not to be named for fear of reprisal told the paper', 'for fear of reprisal'],
  ['a minister who spoke on condition of anonymity because of the sensitivity of the matter', 'because of the sensitivity of the matter'],
  ['a banker who requested anonymity to share internal figures', 'to share internal figures'],
  ['the envoy, who spoke anonymously because of the diplomatic sensitivities, said', 'because of the diplomatic sensitivities'],
  ['two staffers who spoke on background to describe the meeting', 'to describe the meeting'],
  ['a lawyer who declined to be identified, citing a confidentiality agreement', 'citing a confidentiality agreement'],
  ['a resident who asked that her name be withheld because she feared losing her flat', 'because she feared losing her flat'],
  ['a guard who did not want to be named as he was still employed by the prison', 'as he was still employed by the prison'],
  ['a worker who asked not to be identified out of concern for her safety', 'out of concern for her safety'],
  ['a teacher who spoke on condition that she not be named because she was not allowed to talk to the press', 'because she was not allowed to talk to the press'],
  ['a researcher who could not be named due to a non-disclosure agreement', 'due to a non-disclosure agreement'],
  ['an engineer who spoke to The Guardian on condition of anonymity to avoid losing his contract', 'to avoid losing his contract'],
  ['a witness who did not want to speak on the record for fear of retribution from the mayor', 'for fear of retribution from the mayor'],
  ['a member who spoke on condition of anonymity to speak candidly about the vote', 'to speak candidly about the vote'],
  ['an adviser who spoke on condition of anonymity because the talks are private, and because no deal is final', 'because the talks are private, and because no deal is final'],
  // Reasons that stand alone.
  ['an intelligence source, who was not authorized to speak on the record, told reporters', 'not authorized to speak on the record'],
  ['a Crossroads official who wasn’t authorized to speak publicly', 'wasn’t authorized to speak publicly'],
  ['three sources who spoke to the network but were not authorized to discuss the case', 'not authorized to discuss the case'],
  ['officials, saying they were not permitted to comment, confirmed the closure', 'not permitted to comment'],
  ['a clerk who feared reprisals from the council', 'feared reprisals from the council'],
  ['an official because he lacked authorization to speak', 'because he lacked authorization to speak'],
  // A grant without a reason is not a reason.
  ['an official who spoke on condition of anonymity said the budget would pass', undefined],
  ['a source, speaking on condition of anonymity, told Reuters', undefined],
  // A why-clause that belongs to what was said, not to the anonymity.
  ['an official, who spoke on condition of anonymity, said the plan failed because of funding', undefined],
  ['an official said the agency was not authorized to release the money', undefined],
  ['a spokesman who spoke on condition of anonymity to reporters said', undefined],
  ['a source familiar with the matter said the talks collapsed', undefined],
];

// Each row: one source's part of a sentence, and the access it states.
const ACCESS: Array<[string, string | undefined]> = [
  ['people familiar with the matter said', 'familiar with the matter'],
  ['a diplomat briefed on the talks, who spoke on condition of anonymity, said', 'briefed on the talks'],
  ['a person close to the campaign said on Tuesday', 'close to the campaign'],
  ['two officials with direct knowledge of the negotiations', 'with direct knowledge of the negotiations'],
  ['an aide who had been briefed on the plan told the paper', 'briefed on the plan'],
  ['a source involved in the planning, who spoke on condition of anonymity', 'involved in the planning'],
  ['sources privy to the negotiations', 'privy to the negotiations'],
  ['a person who has seen the draft said', 'who has seen the draft'],
  ['an officer who attended the briefing told the paper', 'who attended the briefing'],
  ['one official knowledgeable about the inquiry', 'knowledgeable about the inquiry'],
  ['the source, who said he had spoken to people inside the compound', 'had spoken to people inside the compound'],
  ['people briefed on the reshuffle were adamant that nothing had changed', 'briefed on the reshuffle'],
  ['officials familiar with the server taken from the senator\'s house in Chappaqua, N.Y., said', 'familiar with the server taken from the senator\'s house in Chappaqua'],
  // Not access.
  ['officials said close to 50 people were hurt', undefined],
  ['supporters who came close to winning the seat', undefined],
  ['an official told people close to the minister that nothing had changed', undefined],
  ['a source said', undefined],
];

// Each row: a description, and what it tells about the source's position.
const DESCRIPTIONS: Array<[string, string | undefined]> = [
  ['a senior diplomatic source', 'senior diplomatic source'],
  ['A Clinton campaign official', 'Clinton campaign official'],
  ['Con Edison officials', 'Con Edison officials'],
  ['one of his senior aides', 'senior aides'],
  ['a former staff member for the campaign in Philadelphia', 'former staff member for the campaign in Philadelphia'],
  ['a spokesman for the ministry', 'spokesman for the ministry'],
  ['officials', undefined],
  ['the source', undefined],
  ['a second official', undefined],
  ['his advisers', undefined],
  ['many economists', undefined],
  ['Some critics', undefined],
];

describe('reasons for anonymity', () => {
  it.each(REASONS)('%s → %s', (text, reason) => {
    expect(findReason(text)).toBe(reason);
  });
});

describe('trigger words (the cheap test before the patterns)', () => {
  it('every reason and access phrasing holds one, so the prefilter never hides a phrasing', () => {
    for (const entry of [...ANONYMITY_GRANTS, ...SELF_STANDING_REASONS]) expect(REASON_TRIGGERS.some((t) => entry.includes(t)), entry).toBe(true);
    for (const entry of ACCESS_CLAUSES) expect(ACCESS_TRIGGERS.some((t) => entry.includes(t)), entry).toBe(true);
  });
  it('are plain lower-case words, so the one pattern each list is tested as finds exactly the words it lists', () => {
    for (const t of [...REASON_TRIGGERS, ...ACCESS_TRIGGERS]) expect(t, t).toMatch(/^[a-z]+(?: [a-z]+)*$/u);
  });
  it('sees text as the case-insensitive patterns do: capitals, and the long s that folds to "s"', () => {
    expect(findReason('a source who was NOT IN A POSITION to speak publicly')).toBe('NOT IN A POSITION to speak publicly');
    expect(findReason('a source who was not in a poſition to speak publicly')).toBe('not in a poſition to speak publicly');
    expect(findAccess('officials cloſe to the talks said')).toBe('cloſe to the talks');
    expect(findReason('The council met on Tuesday and voted for the plan.')).toBeUndefined();
  });
});

describe('access of an anonymous source', () => {
  it.each(ACCESS)('%s → %s', (text, access) => {
    expect(findAccess(text)).toBe(access);
  });
  it.each(DESCRIPTIONS)('description %s → %s', (text, access) => {
    expect(descriptionAccess(text)).toBe(access);
  });
});

const source = (id: string, name: string, anonymous = true): Source => ({ id, name, anonymous, kind: 'person', mentions: [name], quoteIds: [] });
/** The span of `phrase` in `blocks[block]`. */
const at = (blocks: string[], block: number, phrase: string, sourceId: string) => {
  const start = blocks[block].indexOf(phrase);
  if (start < 0) throw new Error(`not in block: ${phrase}`);
  return { sourceId, span: { block, start, end: start + phrase.length } };
};

describe('explainAnonymity', () => {
  it('reads each source in its own part of a sentence that holds two', () => {
    const blocks = ['A senior official, who spoke on condition of anonymity because the talks were private, said the deal was close, but a diplomat briefed on the talks disagreed.'];
    const notes = explainAnonymity(blocks, [source('s1', 'senior official'), source('s2', 'diplomat')], [
      at(blocks, 0, 'A senior official', 's1'),
      at(blocks, 0, 'a diplomat briefed on the talks', 's2'),
    ]);
    expect(notes.get('s1')).toEqual({ reason: 'because the talks were private', access: 'senior official' });
    expect(notes.get('s2')).toEqual({ access: 'briefed on the talks' });
  });

  it('gives an opening participle clause to the source it describes', () => {
    const blocks = ['Speaking on condition of anonymity to discuss internal planning, an official said the march would go ahead.'];
    const notes = explainAnonymity(blocks, [source('s1', 'official')], [at(blocks, 0, 'an official', 's1')]);
    expect(notes.get('s1')?.reason).toBe('to discuss internal planning');
  });

  it('reads the reason from the next sentence when it continues the source', () => {
    const blocks = ['The ministry is weighing a new levy, according to two officials. The officials spoke on condition of anonymity because the plan has not been announced.'];
    const notes = explainAnonymity(blocks, [source('s1', 'two officials')], [at(blocks, 0, 'two officials', 's1')]);
    expect(notes.get('s1')?.reason).toBe('because the plan has not been announced');
  });

  it('leaves named sources, unknown ids and spans outside the text alone', () => {
    const blocks = ['Maria Lopez, who spoke on condition of anonymity because she feared reprisals, said so.'];
    const notes = explainAnonymity(blocks, [source('s1', 'Maria Lopez', false)], [
      at(blocks, 0, 'Maria Lopez', 's1'),
      { sourceId: 's9', span: { block: 0, start: 0, end: 5 } },
      { sourceId: 's1', span: { block: 4, start: 0, end: 5 } },
    ]);
    expect(notes.size).toBe(0);
  });

  it('takes the fullest description of a source over a shorter later one', () => {
    const blocks = ['A senior diplomatic source said talks would resume.', 'The diplomatic source added that nothing was signed.'];
    const notes = explainAnonymity(blocks, [source('s1', 'source')], [at(blocks, 0, 'A senior diplomatic source', 's1'), at(blocks, 1, 'The diplomatic source', 's1')]);
    expect(notes.get('s1')).toEqual({ access: 'senior diplomatic source' });
  });

  it('stays linear on a hostile paragraph of endless mentions and grants', () => {
    const unit = 'an official who spoke on condition of anonymity to ';
    const make = (n: number): [string[], ReturnType<typeof at>[]] => {
      const text = unit.repeat(n);
      const spans = Array.from({ length: n }, (_, i) => ({ sourceId: 's1', span: { block: 0, start: i * unit.length, end: i * unit.length + 11 } }));
      return [[text], spans];
    };
    // CPU time, the best of five runs: on a busy machine the wall clock also counts the time other processes ran
    // (under load average 7 this test once saw 8× the input take over 30× the wall-clock time).
    const time = (n: number): number => {
      const [blocks, spans] = make(n);
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const s = process.cpuUsage();
        explainAnonymity(blocks, [source('s1', 'official')], spans);
        const d = process.cpuUsage(s);
        best = Math.min(best, (d.user + d.system) / 1000);
      }
      return best;
    };
    time(500);
    // 8× the input must not take anything like 64× the time (a quadratic scan would).
    const small = Math.max(1, time(1000));
    const large = time(8000);
    expect(large / small).toBeLessThan(30);
  });
});

describe('in the report', () => {
  it('carries reason and access on the anonymous source found by the engine', () => {
    const r = analyzeBlocks(['“We are not there yet,” said an official, who spoke on condition of anonymity because the negotiations are private.', 'People familiar with the matter said a deal could come within days.']);
    const official = r.sources.find((s) => s.name === 'an official');
    expect(official?.reason).toBe('because the negotiations are private');
    const people = r.sources.find((s) => /familiar with the matter/u.test(s.name));
    expect(people?.access).toBe('familiar with the matter');
    expect(people?.reason).toBeUndefined();
  });

  it('leaves the fields out when the article says nothing, so the report reads as before', () => {
    const r = analyzeBlocks(['“We will rebuild,” said Maria Lopez, the mayor.', 'Officials said the bridge would reopen in May.']);
    for (const s of r.sources) {
      expect('reason' in s).toBe(false);
      if (!s.anonymous) expect('access' in s).toBe(false);
    }
  });

  it('withAnonymity returns the same report object when there is nothing to add', () => {
    const report: Report = { url: null, quotes: [], sources: [source('s1', 'officials')], anonymousMentions: [] };
    expect(withAnonymity(['Officials said so.'], report)).toBe(report);
  });
});
