import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import type { Report } from './types';

const run = (...blocks: string[]): Report => analyzeBlocks(blocks);
const direct = (r: Report) => r.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);
const indirect = (r: Report) => r.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);

describe('direct quotes and their speakers', () => {
  it('attributes "X said" after the quote and "said X" inversions', () => {
    expect(direct(run('“The bridge will reopen in May,” Maria Lopez said.'))).toEqual([['The bridge will reopen in May,', 'Maria Lopez']]);
    expect(direct(run('“The bridge will reopen in May,” said Maria Lopez, the city engineer.'))).toEqual([['The bridge will reopen in May,', 'Maria Lopez']]);
  });

  it('keeps a person met by surname alone one person source, whoever names them first', () => {
    const r = run('“The plan will pass,” Halvorsen said.', 'Later Mr. Halvorsen said it again: “It will pass.”');
    const halvorsen = r.sources.filter((s) => s.name === 'Halvorsen');
    expect(halvorsen.map((s) => s.kind)).toEqual(['person']);
    expect(r.quotes.filter((q) => q.kind === 'direct').every((q) => q.sourceId === halvorsen[0].id)).toBe(true);
  });

  it('takes a country’s minister for the one holder of an office, not an anonymous source', () => {
    const r = run('The border will reopen, Austria’s interior minister said on Tuesday.');
    expect(r.sources.map((s) => [s.name, s.anonymous])).toEqual([['Austria’s interior minister', false]]);
    expect(r.anonymousMentions).toEqual([]);
  });

  it('skips an appositive between speaker and cue', () => {
    const r = run('Maria Lopez, the city’s chief engineer, said: “The cables are sound.”');
    expect(direct(r)).toEqual([['The cables are sound.', 'Maria Lopez']]);
  });

  it('drops titles before a name and resolves a bare surname to the full name', () => {
    const r = run('Prime Minister Jane Okafor visited the port on Monday.', '“We will rebuild it,” Okafor said.');
    expect(direct(r)).toEqual([['We will rebuild it,', 'Jane Okafor']]);
    const source = r.sources.find((s) => s.name === 'Jane Okafor');
    expect(source?.kind).toBe('person');
    expect(source?.mentions).toContain('Okafor');
  });

  it('gives both halves of a split quote to the one speaker', () => {
    const r = run('“We are ready,” said Tom Brandt, “and we will not wait.”');
    expect(direct(r)).toEqual([['We are ready,', 'Tom Brandt'], ['and we will not wait.', 'Tom Brandt']]);
  });

  it('continues the speaker into a quote-only paragraph and over a multi-paragraph quote', () => {
    const r = run('“The river rose fast,” said Ana Silva, who lives by the dam.', '“Nobody warned us.”', '“First it was the fields', '“and then it was the houses.”');
    expect(direct(r).map(([, s]) => s)).toEqual(['Ana Silva', 'Ana Silva', 'Ana Silva', 'Ana Silva']);
  });

  it('gives a quote-only paragraph to the person a colon-ended paragraph introduced, and keeps a one-word follow-up', () => {
    const r = run('The mayor, Linda Park, put it bluntly at the meeting:', '“We cannot keep patching roads built for a smaller city.”', '“This is the right call,” said Ana Lima, who heads a neighborhood association. “Finally.”');
    expect(direct(r)).toEqual([
      ['We cannot keep patching roads built for a smaller city.', 'Linda Park'],
      ['This is the right call,', 'Ana Lima'],
      ['Finally.', 'Ana Lima'],
    ]);
  });

  it('resolves he and she to the right earlier speaker', () => {
    const r = run(
      '“Prices will fall,” said economist Paul Reyes.',
      'His colleague Laura Chen disagreed. “They will not,” she said.',
      '“I have seen this before,” he added.',
    );
    expect(direct(r)).toEqual([['Prices will fall,', 'Paul Reyes'], ['They will not,', 'Laura Chen'], ['I have seen this before,', 'Paul Reyes']]);
  });

  it('lets organisations speak as themselves, not anonymously', () => {
    const r = run('The White House said in a statement that the talks would continue.');
    expect(indirect(r)).toEqual([['the talks would continue', 'White House']]);
    expect(r.quotes[0].anonymous).toBe(false);
    expect(r.sources[0].kind).toBe('organization');
  });

  it('keeps a short whole-sentence quote that follows an attributed one', () => {
    expect(direct(run('“It’s over,” said Coach Dana Reyes. “We lost.”'))).toEqual([['It’s over,', 'Dana Reyes'], ['We lost.', 'Dana Reyes']]);
  });

  it('takes a quote introduced with a colon, not the opening participle clause, as what was said', () => {
    const r = run('Asked whether he would resign, Omar Khan said: “No.”');
    expect(direct(r)).toEqual([['No.', 'Omar Khan']]);
    // The opening question is reported too, but as put by an unnamed asker, never as Khan's words.
    expect(indirect(r)).toEqual([['whether he would resign', null]]);
  });

  it('reads a subject that ends in an abbreviation and never takes the listener of "told" for the speaker', () => {
    const r = run('The company will appeal the ruling, a spokesperson for Acme Corp. told The Associated Press on Friday.');
    expect(indirect(r)).toEqual([['The company will appeal the ruling', 'spokesperson for Acme Corp']]);
    expect(r.quotes[0].anonymous).toBe(true);
  });

  it('keeps titles of works, nicknames and scare quotes out', () => {
    expect(direct(run('She starred in "Gone With the Wind" and "Casablanca" that year.'))).toEqual([]);
    expect(direct(run('Her favourite film is "Gone With the Wind." She has seen it often.'))).toEqual([]);
    expect(direct(run('The wrestler, known as "The Rock", arrived late.'))).toEqual([]);
    expect(direct(run('The so-called "reform" changed little for farmers.'))).toEqual([]);
  });

  // Terms, themes and titles in quotation marks that nobody says (each row fails on the engine before them).
  const NOT_SPEECH: Array<[string, string]> = [
    ['a lower-case term of three words with no verb and no speaker', 'Then there is “sauna heat rash,” which sounds harmless but is not.'],
    ['a festival’s theme', 'The artists share their reading of the central theme ‘The Road is the River’. All works are lit at dusk.'],
    ['an ebook’s title, even beside a cue', 'Ana Lima wrote the ebook “Ten Steps to Reading at Home” last year, she said.'],
    ['a theme, even beside a cue', 'Ana Lima said the theme “Bread and Roses” was chosen by the board.'],
  ];
  for (const [why, text] of NOT_SPEECH) it(`keeps out ${why}`, () => expect(direct(run(text))).toEqual([]));
  it('keeps a three-word fragment that a speaker is given', () => {
    expect(direct(run('The plan is “dead on arrival,” Rita Vance said.'))).toEqual([['dead on arrival,', 'Rita Vance']]);
  });
});

describe('reported speech', () => {
  it('takes the content after the cue, without "that"', () => {
    expect(indirect(run('Officials said that the bridge would reopen on Monday.'))).toEqual([['the bridge would reopen on Monday', 'officials']]);
    expect(indirect(run('Maria Lopez told reporters on Tuesday the cables had been replaced.'))).toEqual([['the cables had been replaced', 'Maria Lopez']]);
    expect(indirect(run('Tom Brandt, who has led the firm since 2010, said profits fell.'))).toEqual([['profits fell', 'Tom Brandt']]);
  });

  it('takes the content before a trailing attribution', () => {
    expect(indirect(run('The bridge would reopen on Monday, the city said.'))).toEqual([['The bridge would reopen on Monday', 'the city']]);
    expect(indirect(run('The cables were replaced last year, said Maria Lopez.'))).toEqual([['The cables were replaced last year', 'Maria Lopez']]);
  });

  it('keeps an institution’s name whole and reads "a source close to" to its end', () => {
    expect(indirect(run('The Office for Budget Responsibility said growth would be weaker than expected.'))).toEqual([['growth would be weaker than expected', 'Office for Budget Responsibility']]);
    const r = run('According to a source close to the chancellor, further tax rises were ruled out.');
    expect(indirect(r)).toEqual([['further tax rises were ruled out', 'source close to the chancellor']]);
    expect(r.anonymousMentions.map((m) => m.text)).toEqual(['a source close to the chancellor']);
  });

  it('reads "according to" at either end', () => {
    expect(indirect(run('According to the report, the dam was never inspected.'))).toEqual([['the dam was never inspected', 'the report']]);
    expect(indirect(run('The dam was never inspected, according to the report.'))).toEqual([['The dam was never inspected', 'the report']]);
  });

  it('reports the outer speech only when a cue sits inside reported content, and splits coordinated reports', () => {
    expect(indirect(run('Dr. James Whitaker says the hospital has added beds for heat-related illness.'))).toEqual([['the hospital has added beds for heat-related illness', 'James Whitaker']]);
    expect(indirect(run('The ministry said the port was closed and the army said it was guarding the gates.')))
      .toEqual([['the port was closed', 'the ministry'], ['it was guarding the gates', 'the army']]);
    expect(indirect(run('Nora Vance said the plan was sound but insisted changes were coming.')))
      .toEqual([['the plan was sound', 'Nora Vance'], ['changes were coming', 'Nora Vance']]);
  });

  it('ignores mental-state verbs, passives and adjectives', () => {
    expect(run('Maria Lopez thinks the bridge is safe.').quotes).toEqual([]);
    expect(run('She believes the dam will hold until spring.').quotes).toEqual([]);
    expect(run('The extension was added piecemeal over the decades.').quotes).toEqual([]);
    expect(run('The said document was never filed with the court.').quotes).toEqual([]);
    expect(run('The river was calm all week and the ferries ran on time, the timetable shows nothing unusual.').quotes).toEqual([]);
  });

  it('flags both the fragment and the reported content when a sentence mixes them', () => {
    const r = run('Tom Brandt said the plan was "dead on arrival" and would be withdrawn.');
    expect(direct(r)).toEqual([['dead on arrival', 'Tom Brandt']]);
    expect(indirect(r)).toEqual([['the plan was "dead on arrival" and would be withdrawn', 'Tom Brandt']]);
  });
});

describe('anonymous sources', () => {
  const anonymous = (r: Report) => r.anonymousMentions.map((m) => m.text);

  it('finds each anonymous phrasing and flags the quotes', () => {
    const r = run(
      'The talks will resume next week, a senior diplomatic source said on Friday.',
      '“Nobody wants a long war,” the source added.',
      'People familiar with the matter said the deal was close.',
      'An official who spoke on condition of anonymity said the deal was not signed.',
      'Sources close to the talks told Reuters the drafts were ready.',
    );
    expect(anonymous(r)).toEqual([
      'a senior diplomatic source', 'the source', 'People familiar with the matter',
      'An official who spoke on condition of anonymity', 'Sources close to the talks',
    ]);
    expect(r.quotes.every((q) => q.anonymous)).toBe(true);
    const diplomatic = r.sources.find((s) => s.name === 'senior diplomatic source');
    expect(diplomatic?.anonymous).toBe(true);
    expect(diplomatic?.quoteIds.length).toBe(2);
  });

  it('reads unnamed analysts at a named firm as an anonymous group, not as the firm', () => {
    const r = run('Analysts at Goldman Sachs said the deal was unlikely.');
    expect(indirect(r)).toEqual([['the deal was unlikely', 'Analysts at Goldman Sachs']]);
    expect(r.sources[0]).toMatchObject({ anonymous: true, kind: 'group' });
  });

  it('reads "one of the officials" as an anonymous source and skips a wire dateline', () => {
    const r = run('WASHINGTON (Reuters) - Tariffs will rise next month, two officials said on Wednesday.', '“It’s a serious step,” one of the officials said.');
    expect(indirect(r)).toEqual([['Tariffs will rise next month', 'two officials']]);
    expect(direct(r)).toEqual([['It’s a serious step,', 'one of the officials']]);
    expect(r.quotes.every((q) => q.anonymous)).toBe(true);
    expect(r.anonymousMentions.map((m) => m.text)).toEqual(['two officials', 'one of the officials']);
  });

  it('reads role nouns with "to" and documents described after their head', () => {
    const r = run('An aide to the senator, who was not authorized to speak publicly, said the vote would be delayed.');
    expect(indirect(r)).toEqual([['the vote would be delayed', 'aide to the senator']]);
    expect(r.anonymousMentions.map((m) => m.text)).toEqual(['An aide to the senator']);
    const d = run('The figures were revised, according to a government document seen by Reuters.');
    expect(d.quotes[0]).toMatchObject({ speaker: 'government document seen by Reuters', anonymous: false });
  });

  it('does not treat a named spokesperson as anonymous', () => {
    const r = run('A spokeswoman, Kim Berg, said the company would appeal.');
    expect(indirect(r)).toEqual([['the company would appeal', 'Kim Berg']]);
    expect(r.anonymousMentions).toEqual([]);
  });

  it('counts a later "the source" that refers back, even without a cue', () => {
    const r = run('The ministry was told to prepare, a source said.', 'The source could not give details.');
    expect(anonymous(r)).toEqual(['a source', 'The source']);
    expect(r.anonymousMentions[1].sourceId).toBe(r.anonymousMentions[0].sourceId);
  });
});

describe('report shape', () => {
  it('gives an empty report for an article without quotes and never throws on junk', () => {
    expect(run('The river was calm all week.', 'Boats came and went.')).toMatchObject({ quotes: [], sources: [], anonymousMentions: [] });
    expect(() => run('', '\u0000\u0001\uFFFD', '“'.repeat(1000), '<img src=x onerror=alert(1)>')).not.toThrow();
  });

  it('links quotes and sources by id and gives spans that point at the quoted text', () => {
    const blocks = ['Intro paragraph.', '“We are ready,” said Tom Brandt.'];
    const r = analyzeBlocks(blocks);
    const q = r.quotes[0];
    expect(blocks[q.span.block].slice(q.span.start, q.span.end)).toBe(q.text);
    expect(r.sources.find((s) => s.id === q.sourceId)?.quoteIds).toEqual([q.id]);
    expect(q.cueSpan && blocks[1].slice(q.cueSpan.start, q.cueSpan.end)).toBe('said');
    expect(q.speakerSpan && blocks[1].slice(q.speakerSpan.start, q.speakerSpan.end)).toBe('Tom Brandt');
  });

  it('caps the input and says so', () => {
    const r = analyzeBlocks(['a'.repeat(100), 'b'.repeat(100)], { maxChars: 150 });
    expect(r.truncated).toBe(true);
  });
});
