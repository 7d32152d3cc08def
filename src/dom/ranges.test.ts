import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractFlows } from './extract';
import { addCoveredNodes, cutPoints, segmentsFor } from './ranges';

describe('cutPoints', () => {
  const words = Array.from({ length: 1000 }, (_, i) => `<span>w${i} </span>`).join('');
  const doc = new JSDOM(`<html><body><article><p>“${words}end,” said Mayor Lena Ortiz after the meeting on Tuesday.</p></article></body></html>`).window.document;
  const flow = extractFlows(doc)[0];
  const start = flow.text.indexOf('w0');
  const end = flow.text.indexOf('end,') + 4;

  it('cuts a span into parts of at most the given number of text nodes, covering it exactly', () => {
    const cuts = cutPoints(flow, start, end, 100);
    expect(cuts[0]).toBe(start);
    expect(cuts.at(-1)).toBe(end);
    expect(cuts.length - 1).toBe(11);
    for (let i = 0; i + 1 < cuts.length; i++) {
      expect(cuts[i + 1]).toBeGreaterThan(cuts[i]);
      expect(segmentsFor(flow, cuts[i], cuts[i + 1]).length).toBeLessThanOrEqual(100);
    }
    expect(cuts.slice(0, -1).map((c, i) => flow.text.slice(c, cuts[i + 1])).join('')).toBe(flow.text.slice(start, end));
  });

  it('gathers the same text nodes as the segments, in steps of at most the given number of pieces', () => {
    for (const [a, b] of [[start, end], [start + 3, start + 40], [0, flow.text.length], [end - 2, end + 5]]) {
      const want = new Set(segmentsFor(flow, a, b).map((s) => s.node));
      const got = new Set<Node>();
      let steps = 0;
      for (let at = addCoveredNodes(flow, a, b, got, -1, 64); at >= 0; at = addCoveredNodes(flow, a, b, got, at, 64)) steps++;
      expect([...got]).toEqual([...want]);
      expect(steps).toBe(Math.ceil(want.size / 64) - 1);
    }
  });

  it('leaves a short span whole', () => {
    expect(cutPoints(flow, start, start + 20, 100)).toEqual([start, start + 20]);
    expect(cutPoints(flow, start, end, 5000)).toEqual([start, end]);
  });
});
