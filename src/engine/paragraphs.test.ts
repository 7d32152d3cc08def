import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './index';

describe('plain text into paragraphs', () => {
  const cases: Array<{ name: string; text: string; paragraphs: string[] }> = [
    { name: 'blank lines separate paragraphs', text: 'One said so.\n\nTwo said so.\n \nThree.', paragraphs: ['One said so.', 'Two said so.', 'Three.'] },
    { name: 'a line ending a sentence ends its paragraph', text: 'The council met on Monday.\nIt voted to close the harbour.', paragraphs: ['The council met on Monday.', 'It voted to close the harbour.'] },
    { name: 'a line ending on a closing quotation mark ends its paragraph', text: '“We will rebuild,” she said of the harbour. “It is ours.”\nThe vote is on Friday.', paragraphs: ['“We will rebuild,” she said of the harbour. “It is ours.”', 'The vote is on Friday.'] },
    { name: 'a line opening a quotation starts a paragraph', text: 'The mayor was asked about the cost and\n“That is not the question,” she said.', paragraphs: ['The mayor was asked about the cost and', '“That is not the question,” she said.'] },
    { name: 'a heading in quotation marks stays apart from the next sentence’s cue', text: '“DIVISIVE, STUPID AND WRONG”\nCameron will work with whoever is elected, his spokesman said.', paragraphs: ['“DIVISIVE, STUPID AND WRONG”', 'Cameron will work with whoever is elected, his spokesman said.'] },
    { name: 'a short heading without punctuation is a paragraph', text: 'Harbour vote delayed\nThe council put off its vote on Monday.', paragraphs: ['Harbour vote delayed', 'The council put off its vote on Monday.'] },
    { name: 'a hard-wrapped sentence is joined', text: 'The council, which met on Monday for the third time this month,\nvoted to close the harbour to all traffic until the spring.', paragraphs: ['The council, which met on Monday for the third time this month, voted to close the harbour to all traffic until the spring.'] },
    { name: 'a long line wrapped before a capitalised word is joined', text: 'The harbour master told the council at its long meeting on Monday evening that the new plan of the\nCity Council would close the harbour.', paragraphs: ['The harbour master told the council at its long meeting on Monday evening that the new plan of the City Council would close the harbour.'] },
    { name: 'carriage returns and non-breaking spaces', text: 'It was late.\u00a0\r\nThe vote came.\r\n\r\nNext.', paragraphs: ['It was late.', 'The vote came.', 'Next.'] },
  ];
  it.each(cases)('$name', ({ text, paragraphs }) => {
    expect(paragraphsOf(text)).toEqual(paragraphs);
  });
});
