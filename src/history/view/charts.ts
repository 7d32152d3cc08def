/**
 * Plain SVG charts for the Sources page: horizontal bars (sites, voices) and weekly columns. Built with DOM calls
 * only; colours come from the page's stylesheet (light, dark, high contrast). Each chart is an image with a name; its
 * numbers are also given as a table beside it (see page.ts), which is what screen readers and keyboards use.
 */
const SVG = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const e = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface Bar {
  label: string;
  /** 0 … max. */
  value: number;
  /** What is written after the bar ("25% of 40 quotes"). */
  note: string;
}

const WIDTH = 640;
const LABEL = 190;
const TRACK = 260;
const ROW = 30;

/** One row per bar: the label, a track with the bar, the note. */
export function barChart(doc: Document, bars: readonly Bar[], options: { max: number; labelledBy: string; className?: string }): SVGSVGElement {
  const height = Math.max(1, bars.length) * ROW + 6;
  const svg = svgEl(doc, 'svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: `chart ${options.className ?? ''}`.trim(), role: 'img', 'aria-labelledby': options.labelledBy, preserveAspectRatio: 'xMinYMin meet' });
  bars.forEach((b, i) => {
    const y = i * ROW + 4;
    svg.append(svgEl(doc, 'text', { x: LABEL - 8, y: y + 16, 'text-anchor': 'end', class: 'chart-label' }, shorten(b.label, 28)));
    svg.append(svgEl(doc, 'rect', { x: LABEL, y: y + 3, width: TRACK, height: 18, rx: 3, class: 'chart-track' }));
    const w = options.max > 0 ? Math.round((TRACK * Math.min(b.value, options.max)) / options.max) : 0;
    if (w > 0) svg.append(svgEl(doc, 'rect', { x: LABEL, y: y + 3, width: w, height: 18, rx: 3, class: 'chart-bar' }));
    svg.append(svgEl(doc, 'text', { x: LABEL + TRACK + 8, y: y + 16, class: 'chart-note' }, b.note));
  });
  return svg;
}

export interface Column {
  /** Under the column ("Nov 2"). */
  label: string;
  /** 0 … 1, or null for a column without data. */
  value: number | null;
  /** Above the column ("25%"). */
  note: string;
}

/** Columns side by side over a baseline, for a time series: empty periods are shown empty, not left out. */
export function columnChart(doc: Document, columns: readonly Column[], options: { labelledBy: string; className?: string }): SVGSVGElement {
  const height = 220;
  const base = 180;
  const top = 24;
  const slot = WIDTH / Math.max(1, columns.length);
  const svg = svgEl(doc, 'svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: `chart ${options.className ?? ''}`.trim(), role: 'img', 'aria-labelledby': options.labelledBy, preserveAspectRatio: 'xMinYMin meet' });
  svg.append(svgEl(doc, 'line', { x1: 0, x2: WIDTH, y1: base, y2: base, class: 'chart-axis' }));
  columns.forEach((c, i) => {
    const x = i * slot + slot * 0.2;
    const w = slot * 0.6;
    const mid = i * slot + slot / 2;
    svg.append(svgEl(doc, 'rect', { x, y: top, width: w, height: base - top, rx: 3, class: 'chart-track' }));
    if (c.value !== null && c.value > 0) {
      const h = Math.max(2, Math.round((base - top) * Math.min(1, c.value)));
      svg.append(svgEl(doc, 'rect', { x, y: base - h, width: w, height: h, rx: 3, class: 'chart-bar' }));
    }
    svg.append(svgEl(doc, 'text', { x: mid, y: top - 8, 'text-anchor': 'middle', class: 'chart-note' }, c.note));
    svg.append(svgEl(doc, 'text', { x: mid, y: base + 20, 'text-anchor': 'middle', class: 'chart-label' }, c.label));
  });
  return svg;
}
