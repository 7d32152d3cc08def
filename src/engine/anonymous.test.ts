import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { TRIGGERS } from './anonymous';
import { headOf } from './speakers';
import { AGENT_BY_FORM, AGENT_VERBS } from './tables/agents';
import { CUE_BY_FORM } from './tables/cues';
import { ANON_HEAD_WORDS, anonymousHeads, PROPER_ANON_WORDS, SINGULAR_OF } from './tables/heads';

const mentions = (...blocks: string[]): string[] => analyzeBlocks(blocks).anonymousMentions.map((m) => m.text);

describe('anonymous groups and roles as sources', () => {
  // [rule, sentence, mentions expected]
  const found: Array<[string, string, string[]]> = [
    ['plural group with a speech cue', 'Prosecutors argued that the defendant showed no remorse.', ['Prosecutors']],
    ['group with its modifiers', 'Federal prosecutors wrote in a filing that the harm was incalculable.', ['Federal prosecutors']],
    ['capitalised party group with a participle post-modifier', 'House Republicans supporting the bill have said they have the votes.', ['House Republicans supporting the bill']],
    ['party word after a quantifier', 'Some top Democrats said the campaign was in trouble.', ['Some top Democrats']],
    ['a party member with a who-clause', '“Money is not a problem,” said one Republican involved in the planning, who spoke on condition of anonymity.', ['one Republican involved in the planning']],
    ['role of a named person', "Mrs. Lane's confidants say she is ready for the fight.", ["Mrs. Lane's confidants"]],
    ['role with a name in its modifiers, agent of "walked back"', 'A Lane campaign official later walked back the comments.', ['A Lane campaign official']],
    ['group agent of a communicative verb', 'Democrats pressure the senator to rein in his supporters.', ['Democrats']],
    ['quantifier agent of "call"', 'Others call it the nerd prom.', ['Others']],
    ['agent of a passive', 'The governor has been rebuked by opponents for the proposal.', ['opponents']],
    ['author after an act noun', 'The plan drew criticism from German conservatives.', ['German conservatives']],
    ['author after "interviews with"', 'Interviews with county party chairs revealed a split.', ['county party chairs']],
    ['possessor of an act noun', 'Countries were urged to back the judges’ statement on the ruling.', ['the judges']],
    ['act with a particle', 'Several presidential candidates weighed in on the deal.', ['Several presidential candidates']],
    ['subject over a comma-set adverb', 'Proponents of the bill, however, say it keeps safeguards in place.', ['Proponents of the bill']],
    ['antecedent of a relative clause', 'Senior campaign advisers who have run the numbers argue that she will win.', ['Senior campaign advisers']],
    ['antecedent of "that"', 'Many of the county chairs that the paper interviewed predicted a close race.', ['Many of the county chairs']],
    ['subject of an object relative', 'They cited hackers who U.S. officials say work for a foreign service.', ['U.S. officials']],
    ['"privy to" inside the subject', 'Sources privy to the negotiations say the vote will slip.', ['Sources privy to the negotiations']],
    ['a determiner after a preposition inside the subject', 'There is no danger, officials in both cities insist.', ['officials in both cities']],
    ['"those" after a preposition inside the subject', 'At a press conference, families of those affected by the shooting urged the senator to apologize.', ['families of those affected by the shooting']],
    ['a collective noun before "of"', 'A group of more than 50 foreign policy experts issued an open letter.', ['A group of more than 50 foreign policy experts']],
    ['a stance adjective after "be"', 'Loyalists were adamant that he has no plans to run.', ['Loyalists']],
    ['"become vocal"', 'Leading Democrats have become increasingly vocal about the need to unite.', ['Leading Democrats']],
    ['"made clear"', 'Some Republicans made clear that they want a change.', ['Some Republicans']],
    ['a refusal to comment', 'A hospital spokeswoman declined to comment.', ['A hospital spokeswoman']],
    ['a participle right after its agent', 'Talks ended, with top defense officials underlining the risks.', ['top defense officials']],
    ['a participle after a comma takes the clause subject', 'Several families have filed a lawsuit, alleging that the marketing inspired the shooter.', ['Several families']],
    ['a named person in a coordination is left out', 'The practice was criticized by Miller and some civil rights advocates.', ['some civil rights advocates']],
    ['a back-reference to an unnamed role', '“The middle class gets crushed,” says a narrator.', ['a narrator']],
    ['the possessor of an act noun without its ending', 'Few took the pastor’s claims seriously.', ['the pastor']],
    ['the object of a past-tense verb after a name', 'Trump dismissed critics who called the remarks sexist.', ['critics']],
    ['"briefed on" stays in the mention', 'People briefed on the move said it reflected a crisis.', ['People briefed on the move']],
    ['unnamed in so many words, the object of "citing"', 'The channel, citing an anonymous government source, reported that talks had stalled.', ['an anonymous government source']],
    ['"unidentified" stays in the mention', 'An unidentified witness told police the car was red.', ['An unidentified witness']],
    ['a back-reference that a name identifies is no anonymous mention', 'Industry sources said the phone will ship in May. Given that the source is Digitel, a trade paper, doubts remain.', ['Industry sources']],
    ['someone left unnamed who informs', 'A witness, who was not identified, told police that the car was red.', ['A witness']],
    ['bosses as a group', 'Health bosses said that 28 people had been quarantined.', ['Health bosses']],
    ['regulators as a group', 'Regulators warned that the bank had too little capital.', ['Regulators']],
    ['an unnamed chief', 'A city transit chief says a driver was hurt on the night bus.', ['A city transit chief']],
  ];
  it.each(found)('%s', (_rule, sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
  });

  // [rule, sentence]: nothing here is an anonymous mention.
  const none: Array<[string, string]> = [
    ['people who only act', 'Officials closed the road on Monday.'],
    ['"anonymous" before a head that does not report', 'An anonymous donor gave the money to the hospital.'],
    ['a line of headlines run together with bars', 'Progressives oppose funding bill | Senators call for a 5G security chief | Facebook gets questions on data'],
    ['people who only believe', 'Residents feared the river would rise.'],
    ['someone left unnamed who informs no one (a patient, a victim)', 'The person, who was not identified, was taken to a hospital in the county, the agency said.'],
    ['a group whose members the article names', 'Two analysts, Pat Megan and Chris Harmon, said the air force is the best.'],
    ['a description of a named person before it', 'But Carla Ruiz, a Republican from Miami, said she recoiled.'],
    ['a description of a named person with an age', '“We will march,” said Ellen Arnott, 32, a former staff member who said she planned to protest.'],
    ['a description of a named person after a home state', '“There is a greater goal here,” said Representative Raul M. Grijalva of Arizona, a chairman of the Congressional Progressive Caucus, who sent a letter.'],
    ['a description running into its cue after a name', '“We are ready,” Doug Andres, a spokesman for the speaker told the Post.'],
    ['a named person before "who was"', 'The charity is run by Ira Mason, who was a White House aide involved in the plan.'],
    ['a non-speech sense of a weak cue', 'His supporters showed no sign of backing down.'],
    ['a definite party label is one known person', 'The Wisconsin Republican said he would wait.'],
    ['the contestants the article names', 'Both candidates said it was no big deal.'],
    ['poll respondents', 'Undeclared voters who say they will vote in the primary favor him.'],
    ['a lone quantifier after a preposition', 'In some states, early voting will begin in September.'],
    ['a verb form that is a noun here, and no agreement', 'The votes of people in swing states count.'],
    ['a capitalised singular is a surname', 'Backer says the label is wrong.'],
    ['a participle modifying a noun', 'The refugees admitted are mostly women and children.'],
    ['an idiom', 'All told, the groups spent $2 million.'],
    ['a quantifier floating off named people', 'Carson, Fiorina and Huckabee have all characterized the speeches as commitments.'],
    ['a headline without a determiner', 'Sanders will back Clinton, former rival says.'],
    ['"called off" is no call', 'Several businesses have called off projects with him.'],
    ['a description after a capitalised name the index does not know', 'Matthew Prince, chief executive of the company, said the sites were kept online.'],
    ['a participle after an object', 'The senator emailed supporters saying the struggle continues.'],
    ['a non-speech "pledged"', 'Superdelegates pledged to Clinton may reconsider.'],
    ['a non-speech "added"', 'Organizers added 160 security personnel along the route.'],
    ['the reporters of an interview ask, not inform', 'In an interview with reporters Thursday, the senator criticized the plan.'],
    ['a name the index lacks, set off after a description', '“We are treating it as one long day,” said his deputy campaign manager, Rich Beeson, who ran the ground game.'],
    ['a participle belongs to the main clause, not to a subordinate one', 'The president came close to an admission that soldiers had fought there, saying the men were volunteers.'],
    ['"admitted to" a country is no admission', 'Most of the refugees admitted to the country were children.'],
    ['the object of a past-tense verb', 'Of the voters surveyed, 27 percent of those who named a candidate said they could change their mind.'],
    ['a share of a group in a poll', 'Only 55 percent of Sanders supporters said they would back her, a poll found.'],
    ['"have admitting privileges"', 'The laws require that doctors at clinics have admitting privileges at hospitals.'],
    ['people counted in a statistic', 'The state said the number of young people who have reported using meth was 3.8 percent.'],
    ['the authors of a thing written', 'It also became her gift to the women who wrote it.'],
    ['a hypothetical asker', 'I would not be offended if someone asked me that question.'],
    ['people told what they should say', 'Those chief executives should make it clear they are angry about the levy.'],
    ['people who must speak, past an adverb', 'Critics must also say what they would build instead.'],
  ];
  it.each(none)('%s', (_rule, sentence) => {
    expect(mentions(sentence)).toEqual([]);
  });

  it('reads "the official position" as an adjective, not a back-reference to an official', () => {
    expect(mentions('An official said the talks were close.', 'It was not the official position of the government.')).toEqual(['An official']);
    expect(mentions('An official said the talks were close.', 'The official added that no date was set.')).toEqual(['An official', 'The official']);
    expect(mentions('An official said so.', 'Xinhua, the official Chinese news agency, wrote that it disagreed.')).toEqual(['An official']);
  });

  it('reads each paragraph\'s phrases afresh (phrases are remembered per paragraph, by token position)', () => {
    // The same token positions hold a group in one paragraph and a named company in the next, and back again.
    expect(mentions('Local residents argued that the road was unsafe.', 'Acme Industries argued that the road was safe.', 'Local residents argued again.'))
      .toEqual(['Local residents', 'Local residents']);
    expect(mentions('Acme Industries argued that the road was safe.', 'Local residents argued that the road was unsafe.')).toEqual(['Local residents']);
  });
});

describe('speakers of anonymous groups and roles', () => {
  const speaker = (...blocks: string[]) => analyzeBlocks(blocks).quotes.map((q) => [q.speaker, q.anonymous]);

  it('keeps a role of a named person anonymous, never the named person', () => {
    expect(speaker('A Lane campaign official said the video was old.')).toEqual([['Lane campaign official', true]]);
  });

  it('gives a description set beside a name to that name', () => {
    expect(speaker('Maria Ortiz, an economics professor at the university, said the numbers were wrong.')).toEqual([['Maria Ortiz', false]]);
    expect(speaker('Another delegate, Michael Brown of Denver, said the vote was fair.')).toEqual([['Michael Brown', false]]);
  });

  it('merges "the resident" with the resident introduced before, and counts both mentions', () => {
    const r = analyzeBlocks(['A resident said the water was brown.', 'The resident added that nobody came.']);
    expect(r.anonymousMentions.map((m) => m.text)).toEqual(['A resident', 'The resident']);
    expect(new Set(r.quotes.map((q) => q.sourceId)).size).toBe(1);
    expect(r.anonymousMentions[0].sourceId).toBe(r.anonymousMentions[1].sourceId);
  });

  it('reads "the minority leader" with no unnamed leader before as a person known by role, not anonymous', () => {
    const r = analyzeBlocks(['The minority leader said he would wait.']);
    expect(r.quotes.map((q) => [q.speaker, q.anonymous])).toEqual([['minority leader', false]]);
    expect(r.anonymousMentions).toEqual([]);
  });

  it('links a group acting without a cue to the same group speaking', () => {
    const r = analyzeBlocks(['Prosecutors said the sentence would deter others.', 'The judge was also lobbied by prosecutors.']);
    expect(r.anonymousMentions.map((m) => m.text)).toEqual(['Prosecutors', 'prosecutors']);
    expect(r.anonymousMentions[1].sourceId).toBe(r.anonymousMentions[0].sourceId);
  });
});

describe('the head and act tables', () => {
  it('has one entry per head, every plural distinct from its singular', () => {
    const singulars = anonymousHeads().map((h) => h.singular);
    expect(new Set(singulars).size).toBe(singulars.length);
    for (const h of anonymousHeads()) if (h.plural) expect(h.plural).not.toBe(h.singular);
    // The plain heads, kept apart by field, are in it with their regular plurals.
    expect(anonymousHeads().find((h) => h.singular === 'lawmaker')?.plural).toBe('lawmakers');
    expect(ANON_HEAD_WORDS.has('bystanders') && SINGULAR_OF.get('bystanders') === 'bystander').toBe(true);
  });

  it('singularises irregular and regular plurals of the table', () => {
    expect(headOf('chairmen')).toBe('chairman');
    expect(headOf('spokeswomen')).toBe('spokeswoman');
    expect(headOf('people')).toBe('person');
    expect(headOf('families')).toBe('family');
    expect(headOf('Democrats')).toBe('democrat');
    for (const [plural, singular] of SINGULAR_OF.entries()) expect(ANON_HEAD_WORDS.has(plural) && ANON_HEAD_WORDS.has(singular)).toBe(true);
    expect(PROPER_ANON_WORDS.has('republicans')).toBe(true);
  });

  it('gives every act form one owner: a form the cue table holds is the cue', () => {
    for (const form of AGENT_BY_FORM.keys()) expect(CUE_BY_FORM.has(form)).toBe(false);
    const forms = AGENT_VERBS.flatMap((v) => v.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });
});

describe('self-standing phrasings', () => {
  it('are found in any case, as the case-insensitive pattern sees them (the cheap head test runs first)', () => {
    expect(mentions('Two sources close to the campaign described the plan as fragile.')).toEqual(['Two sources close to the campaign']);
    expect(mentions('Two SOURCES close to the campaign described the plan as fragile.')).toEqual(['Two SOURCES close to the campaign']);
    expect(mentions('Two ſources close to the campaign described the plan as fragile.')).toEqual(['Two ſources close to the campaign']);
    expect(mentions('Mr. Ruiz, who spoke at the rally, was close to tears.')).toEqual([]);
  });
  it('never run back over the sentence before: its last word ends at its full stop (a dotted initialism does not)', () => {
    expect(mentions('The meeting was first reported by Politico. The person familiar with the planning confirmed it.')).toEqual(['The person familiar with the planning']);
    expect(mentions('Other countries signed on. Diplomats familiar with the talks said the deal held.')).toEqual(['Diplomats familiar with the talks']);
    expect(mentions('Two U.S. officials familiar with the talks said the deal held.')).toEqual(['Two U.S. officials familiar with the talks']);
  });
});

describe('cost', () => {
  /**
   * One hostile paragraph made only of group agents, names beside descriptions and back-references: eight times the
   * text is about eight times the work (CPU time of this process, sizes interleaved, best of three).
   */
  it('stays linear on a paragraph of endless groups, names and descriptions', () => {
    const unit = 'Prosecutors argued that Ana Ruiz, an economics professor, was right. Critics were rebuked by opponents, and the officials said more. ';
    const paragraph = (n: number): string[] => [unit.repeat(n)];
    const cpu = (blocks: string[]): number => {
      const t = process.cpuUsage();
      analyzeBlocks(blocks, { maxChars: Infinity });
      const used = process.cpuUsage(t);
      return (used.user + used.system) / 1000;
    };
    const smallInput = paragraph(500);
    const largeInput = paragraph(4000);
    cpu(smallInput);
    cpu(largeInput);
    let small = Infinity;
    let large = Infinity;
    for (let round = 0; round < 3; round++) {
      small = Math.min(small, cpu(smallInput));
      large = Math.min(large, cpu(largeInput));
    }
    // 8× the input: linear work measures about 8× (less with the fixed cost of a run), quadratic about 64× (the merge
    // this replaced took 3.4 s at 4 000 repetitions and 57 s at 16 000). The bound leaves room for a loaded machine.
    expect(large / Math.max(small, 1)).toBeLessThan(20);
  });
});

describe('the trigger words of self-standing phrasings', () => {
  it('are plain lower-case words, so testing them as one pattern finds exactly the words listed', () => {
    for (const t of TRIGGERS) expect(t, t).toMatch(/^[a-z]+(?: [a-z]+)*$/u);
  });
});
