/**
 * A short made-up article that takes the engine through its common paths — names and titles, a direct quote and its
 * speaker, reported speech, an anonymous source with its reason and access, an organisation, a pronoun — so that a
 * worker just started can decode its word lists, compile its patterns and warm its code before the first real
 * article arrives. Analysing it is pure work with no effect: the report is thrown away.
 */
import { analyzeBlocks } from './analyze';

// A set of quoted strings, so that the extension build moves it out of the worker's script into table-words.json
// with the engine's word sets (scripts/deferred-words.ts): the worker warms up only after reading that file.
export const WARM_UP_PARAGRAPHS: ReadonlySet<string> = new Set([
  'The city council of Springfield voted on Tuesday to delay the new bridge, a project Mayor Ana Ruiz had promised for years.',
  '“We are not giving up on this,” Ruiz said. “The bridge will be built.”',
  'She added that the state had cut its share of the money.',
  'Two officials familiar with the talks said the governor’s office was unlikely to change course.',
  'A senior aide, who spoke on condition of anonymity because he was not authorized to discuss the budget, said the plan was “dead for now.”',
  'According to the Transport Department, repairs will cost $40 million.',
  'Critics argued the delay would hurt local businesses, and residents told reporters they were frustrated.',
  'Dr. John Park, an engineer at the University of Springfield, warned that the old bridge could not carry trucks much longer, but he said it was safe for cars.',
]);

/** The warm-up in steps of one short paragraph each (a few milliseconds apiece once the word lists are decoded). */
export function warmUpSteps(): Array<() => void> {
  return [...WARM_UP_PARAGRAPHS].map((p) => () => void analyzeBlocks([p]));
}
