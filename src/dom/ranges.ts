/** Engine offsets → DOM positions and `Range`s, through a paragraph's flow of text nodes. */
import type { Flow } from './extract';

export interface Point {
  node: Text;
  offset: number;
}

/** Index of the last piece starting at or before `offset` (0 when none does), by binary search. */
function pieceAt(pieces: Flow['pieces'], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The text node and offset at `offset` in the flow. `end` bias puts a boundary point at the end of the previous node. */
export function pointAt(flow: Flow, offset: number, bias: 'start' | 'end'): Point | null {
  const pieces = flow.pieces;
  let i = pieceAt(pieces, offset);
  if (bias === 'end') while (i > 0 && (pieces[i].start >= offset || !pieces[i].node) && pieces[i - 1].start < offset) { i--; if (pieces[i].node) break; }
  else while (i < pieces.length && (!pieces[i].node || offset >= pieces[i].start + pieces[i].length) && i + 1 < pieces.length) i++;
  const p = pieces[i];
  if (!p?.node) return null;
  const local = Math.max(0, Math.min(p.length, offset - p.start));
  return { node: p.node, offset: local };
}

/** A live Range over [start, end) of the flow's text, or null if the flow's nodes have left the document. */
export function rangeFor(flow: Flow, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = pointAt(flow, start, 'start');
  const b = pointAt(flow, end, 'end');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

/**
 * Where to cut [start, end) of a flow so that no part spans more than `nodes` text-node pieces: the offsets from
 * `start` to `end`, both included (two when it needs no cut). O(covered / nodes + log n).
 */
export function cutPoints(flow: Flow, start: number, end: number, nodes: number): number[] {
  const pieces = flow.pieces;
  const last = pieceAt(pieces, Math.max(start, end - 1));
  const cuts = [start];
  for (let i = pieceAt(pieces, start) + nodes; i <= last; i += nodes) if (pieces[i].start > cuts[cuts.length - 1]) cuts.push(pieces[i].start);
  if (end > cuts[cuts.length - 1]) cuts.push(end);
  return cuts;
}

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces [start, end) of a flow covers, one at a time: O(log n) to the first, O(1) per piece after. */
export function* eachSegment(flow: Flow, start: number, end: number): Generator<Segment, void, void> {
  const pieces = flow.pieces;
  for (let i = pieceAt(pieces, start); i < pieces.length && pieces[i].start < end; i++) {
    const p = pieces[i];
    if (!p.node) continue;
    const a = Math.max(start, p.start);
    const b = Math.min(end, p.start + p.length);
    if (b > a) yield { node: p.node, start: a - p.start, end: b - p.start };
  }
}

/**
 * Add the text nodes that [start, end) of a flow covers to `into` (the same nodes as `eachSegment`, without an object
 * per piece), at most `max` pieces from piece `from` on (-1: from the first). Returns the piece to go on from, or -1
 * when done.
 */
export function addCoveredNodes(flow: Flow, start: number, end: number, into: Set<Node>, from = -1, max = Infinity): number {
  const pieces = flow.pieces;
  const stop = max === Infinity ? pieces.length : Math.min(pieces.length, (from < 0 ? pieceAt(pieces, start) : from) + max);
  let i = from < 0 ? pieceAt(pieces, start) : from;
  for (; i < stop && pieces[i].start < end; i++) {
    const p = pieces[i];
    if (p.node && Math.min(end, p.start + p.length) > Math.max(start, p.start)) into.add(p.node);
  }
  return i < pieces.length && pieces[i].start < end ? i : -1;
}

/** The text-node pieces [start, end) of a flow covers, for element wrapping: O(log n + pieces covered). */
export function segmentsFor(flow: Flow, start: number, end: number): Segment[] {
  return [...eachSegment(flow, start, end)];
}
