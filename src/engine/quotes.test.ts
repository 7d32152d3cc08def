import { describe, expect, it } from 'vitest';
import { scanQuotes } from './quotes';

const inner = (blocks: string[]) => scanQuotes(blocks).map((q) => blocks[q.block].slice(q.charStart, q.charEnd));

describe('scanQuotes', () => {
  it('reads every mark style', () => {
    expect(inner(['She said “yes” twice.'])).toEqual(['yes']);
    expect(inner(['She said "yes" twice.'])).toEqual(['yes']);
    expect(inner(['She said ‘yes’ twice.'])).toEqual(['yes']);
    expect(inner(["She said 'yes please' twice."])).toEqual(['yes please']);
    expect(inner(['Il a dit «non merci» hier.'])).toEqual(['non merci']);
    expect(inner(['Er sagte „nein danke“ gestern.'])).toEqual(['nein danke']);
    expect(inner(['Er sagte ‚nein‘ gestern.'])).toEqual(['nein']);
    expect(inner(['Il a dit ‹non› hier.'])).toEqual(['non']);
  });

  it('opens at “ followed by a stray space, its words starting after the space', () => {
    expect(inner(['“It is hard,” Mayer said. “ I love what I’m doing.”'])).toEqual(['It is hard,', 'I love what I’m doing.']);
    // (Not a “ written for a closing mark after a word: "“hello“ there" is one quotation.)
    expect(inner(['He said “hello“ there.'])).toEqual(['hello']);
  });

  it('closes a curly opener with a straight mark (mismatched pair)', () => {
    expect(inner(['The mayor said that “the bridge is safe. We checked it." Then she left.'])).toEqual(['the bridge is safe. We checked it.']);
  });

  it('closes a double opener with two apostrophes', () => {
    const CASES: Array<[string, string[]]> = [
      ['“We will not support it,’’ Lind said. “The vote is final.’’', ['We will not support it,', 'The vote is final.']],
      ["“It is a good plan,'' he said.", ['It is a good plan,']],
      ['“The old ’’ mark stays inside,” she said.', ['The old ’’ mark stays inside,']],
    ];
    for (const [text, want] of CASES) expect(inner([text])).toEqual(want);
  });

  it('does not take apostrophes for quotes', () => {
    expect(inner(["We don't know, and they won't say."])).toEqual([]);
    expect(inner(["Music of the '90s and rock 'n' roll filled the Joneses' house."])).toEqual([]);
    expect(inner(['It’s the council’s decision, the mayor’s aide said.'])).toEqual([]);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(inner(['“He told me ‘never again’ and left,” she said.'])).toEqual(['He told me ‘never again’ and left,']);
  });

  it('splits a quote interrupted by its attribution', () => {
    expect(inner(['“We will win,” she said, “whatever it takes.”'])).toEqual(['We will win,', 'whatever it takes.']);
  });

  it('runs a quote over paragraphs, one span each, marking the continuation', () => {
    const blocks = ['“The first part goes on', '“and the second part ends here,” he said.'];
    const spans = scanQuotes(blocks);
    expect(spans.map((s) => blocks[s.block].slice(s.charStart, s.charEnd))).toEqual(['The first part goes on', 'and the second part ends here,']);
    expect(spans.map((s) => s.continued)).toEqual([false, true]);
    expect(spans[0].close).toBe(-1);
  });

  it('gives a sensible result for unbalanced and hostile marks', () => {
    const marks = '“"‘\'«„'.repeat(20_000);
    expect(() => scanQuotes([marks, `${"'x ".repeat(30_000)}`])).not.toThrow();
    expect(inner(['An opener “with no closer'])).toEqual(['with no closer']);
    expect(inner(['A lone mark “ followed by a space is not an opener'])).toEqual([]);
  });
});
