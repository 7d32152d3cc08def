/**
 * Scoring of article extraction, the rules of the Article Extraction Benchmark's scorer (`../shared/extraction/
 * score.py`) in TypeScript: each text is cut into words, becomes the multiset of its 4-word windows, and a page's
 * precision and recall are the shares of windows held in common. Kept beside the CLI because only the command-line
 * tools and their tests use it.
 */
import { round3 } from '../eval/score';

/**
 * Python's `\w+` on str: letters, numbers and the underscore. Combining marks are not word characters in Python,
 * so they split words there and must here too, or scores on Devanagari or Thai pages would differ.
 */
const WORD = /[\p{L}\p{N}_]+/gu;
const SEP = '\u0001';

export function windows(text: string, n = 4): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  if (words.length < n) {
    // As score.py: a text shorter than a window is one window of all its words (a 2-word key never equals a
    // 4-word one, since the separator count differs).
    if (words.length) out.set(words.join(SEP), 1);
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(SEP);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function pageScores(truth: string, pred: string): { precision: number; recall: number } {
  const t = windows(truth);
  const p = windows(pred);
  let shared = 0;
  let nT = 0;
  let nP = 0;
  for (const c of t.values()) nT += c;
  for (const [k, c] of p) {
    nP += c;
    shared += Math.min(c, t.get(k) ?? 0);
  }
  if (nT === 0 && nP === 0) return { precision: 1, recall: 1 };
  return { precision: nP ? shared / nP : 0, recall: nT ? shared / nT : 1 };
}

export interface PageRow {
  key: string;
  url: string;
  precision: number;
  recall: number;
}

export interface ExtractionSummary {
  pages: number;
  missing: number;
  precision: number;
  recall: number;
  F1: number;
  'pages_recall_below_0.9': number;
}

export type Truth = Record<string, { articleBody: string; url?: string }>;
export type Predictions = Record<string, { articleBody: string }>;

/** Score every page of `truth` (a page without a prediction counts as an empty one), in truth's order. */
export function scoreExtraction(truth: Truth, pred: Predictions): { summary: ExtractionSummary; rows: PageRow[] } {
  const rows: PageRow[] = [];
  let missing = 0;
  for (const [key, t] of Object.entries(truth)) {
    if (!(key in pred)) missing++;
    const s = pageScores(t.articleBody, pred[key]?.articleBody ?? '');
    rows.push({ key, url: t.url ?? '', ...s });
  }
  const n = rows.length;
  const P = n ? rows.reduce((a, r) => a + r.precision, 0) / n : 0;
  const R = n ? rows.reduce((a, r) => a + r.recall, 0) / n : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return {
    summary: { pages: n, missing, precision: round3(P), recall: round3(R), F1: round3(F), 'pages_recall_below_0.9': rows.filter((r) => r.recall < 0.9).length },
    rows,
  };
}

/** The summary line exactly as score.py prints it (Python's json.dumps spacing). */
export function formatSummary(s: ExtractionSummary): string {
  return `{${Object.entries(s).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
}

/** Python's f'{x:.3f}': the exact binary value rounded, ties to even, always three decimals. */
function fixed3(x: number): string {
  return round3(x).toFixed(3);
}

/** score.py's --pages listing: worst recall first (a stable sort, as Python's). */
export function formatPages(rows: readonly PageRow[]): string[] {
  return [...rows].sort((a, b) => a.recall - b.recall).map((r) => `${fixed3(r.recall)} recall  ${fixed3(r.precision)} precision  ${r.key}  ${r.url}`);
}
