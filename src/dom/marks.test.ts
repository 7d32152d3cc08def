import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Quote, Report } from '../engine/types';
import { extractFlows } from './extract';
import { createHighlighter, MARK_TAG } from './highlight';
import { marksOf } from './marks';

const SHOW_ALL = { direct: true, indirect: true, anonymous: true };

describe('marks of a quote in pieces', () => {
  const doc = new JSDOM('<html><body><article><p>The goal of the talks, she said, is a lasting ceasefire in the region.</p></article></body></html>').window.document;
  const flows = extractFlows(doc);
  const text = flows[0].text;
  const first = { block: 0, start: 0, end: text.indexOf(',') };
  const second = { block: 0, start: text.indexOf('is a'), end: text.length - 1 };
  const quote: Quote = { id: 'q1', kind: 'indirect', text: 'The goal of the talks is a lasting ceasefire in the region', speaker: 'Ana Ruiz', anonymous: false, cue: 'said', sourceId: null, span: { block: 0, start: 0, end: second.end }, parts: [first, second], cueSpan: null, speakerSpan: null, rule: 'content-around-cue', clauseRule: null };
  const report: Report = { url: null, quotes: [quote], sources: [], anonymousMentions: [] };

  it('gives one mark per part under the quote’s id, and none over the attribution between them', () => {
    const marks = marksOf(report, flows, SHOW_ALL);
    expect(marks.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([['q1', 'The goal of the talks'], ['q1', 'is a lasting ceasefire in the region']]);
    // A quote without parts keeps its one span.
    expect(marksOf({ ...report, quotes: [{ ...quote, parts: undefined }] }, flows, SHOW_ALL).map((m) => text.slice(m.start, m.end))).toEqual([text.slice(0, second.end)]);
  });

  it('wraps only the parts in the element fallback', () => {
    const h = createHighlighter(doc, 'elements');
    const marks = marksOf(report, flows, SHOW_ALL);
    h.add(marks);
    expect([...doc.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['The goal of the talks', 'is a lasting ceasefire in the region']);
    // The text nodes the flow was read from are split now: where each part went comes from its wrappers.
    expect(marks.map((m) => h.rangeOf(m)?.toString())).toEqual(['The goal of the talks', 'is a lasting ceasefire in the region']);
    h.flash(marksOf(report, flows, SHOW_ALL).slice(0, 1));
    expect(doc.querySelectorAll(`${MARK_TAG}[data-flash]`).length).toBe(2);
    h.clear();
    expect(doc.querySelectorAll(MARK_TAG).length).toBe(0);
  });
});
