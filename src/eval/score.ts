/**
 * The scoring rules of `spec/report.md`, as the reference scorer (`eval/score.py`) implements them: quotes pair by
 * Dice on word multisets (≥ 0.5), anonymous mentions by content-word overlap (≥ 0.6), greedy best-first, optional
 * items neutral, speaker matching on normalised names. Kept line-for-line close to the reference so the figures agree.
 */

export interface GoldSpeaker {
  name: string;
  aliases?: string[];
  type?: string;
  anonymous?: boolean;
}

export interface GoldQuote {
  kind: 'direct' | 'indirect';
  text: string;
  speaker: string | null;
  speakerScored?: boolean;
}

export interface Gold {
  id?: string;
  quotes: GoldQuote[];
  speakers: GoldSpeaker[];
  anonymousMentions: Array<{ text: string }>;
  optional?: Array<{ text: string }>;
}

export interface PredictedReport {
  quotes?: Array<{ kind?: string; text?: string; speaker?: string | null; anonymous?: boolean; rule?: string; clauseRule?: string | null }>;
  anonymousMentions?: Array<{ text?: string }>;
}

const STOP = new Set('a an the of to in on and or for at by with from as is was are were be been that this it its'.split(' '));
const DET = /^(a|an|the|one|two|three|four|several|some|many|other|another)\s+/u;

/** Python's `\w` for str patterns: Unicode letters, digits (incl. other numerics), marks and underscore. */
const NON_WORD = /[^\p{L}\p{N}_' ]+/gu;

export function norm(s: string | null | undefined): string {
  let t = (s ?? '').normalize('NFKC');
  t = t.replace(/’/gu, "'").replace(/‘/gu, "'").replace(/“/gu, '"').replace(/”/gu, '"');
  t = t.toLowerCase();
  return t.replace(NON_WORD, ' ').replace(/\s+/gu, ' ').trim();
}

export function toks(s: string | null | undefined): string[] {
  return norm(s).split(' ').map((t) => t.replace(/^'+|'+$/gu, '')).filter((t) => t.length > 0);
}

function counts(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

export function dice(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const ca = counts(a);
  const cb = counts(b);
  let inter = 0;
  for (const [w, n] of ca) inter += Math.min(n, cb.get(w) ?? 0);
  return (2 * inter) / (a.length + b.length);
}

export function overlapContent(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a.filter((t) => !STOP.has(t)));
  const sb = new Set(b.filter((t) => !STOP.has(t)));
  if (!sa.size || !sb.size) return 0;
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / Math.min(sa.size, sb.size);
}

export function nameNorm(s: string): string {
  let t = norm(s).replace(/'s\b/gu, '');
  let prev: string | null = null;
  while (prev !== t) { prev = t; t = t.replace(DET, ''); }
  return t.trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Python `\b` around a phrase of word characters. */
function containsWhole(haystack: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(needle)}(?![\\p{L}\\p{N}_])`, 'u').test(haystack);
}

export function speakerOk(pred: string | null | undefined, gold: GoldSpeaker | undefined | null): boolean {
  if (!gold) return pred === null || pred === undefined || pred === '';
  if (!pred) return false;
  const p = nameNorm(pred);
  const forms = [nameNorm(gold.name), ...(gold.aliases ?? []).map(nameNorm)].filter((f) => f);
  for (const f of forms) {
    if (p === f) return true;
    if (f.length >= 4 && containsWhole(p, f)) return true;
    if (p.length >= 4 && containsWhole(f, p)) return true;
  }
  if (gold.type === 'person' && !gold.anonymous) {
    const last = nameNorm(gold.name).split(' ').slice(-1);
    const pLast = p.split(' ').slice(-1);
    if (last.length && last[0] !== '' && pLast[0] === last[0]) return true;
  }
  return false;
}

export function greedyMatch<G, P>(golds: readonly G[], preds: readonly P[], sim: (g: G, p: P) => number, threshold: number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  golds.forEach((g, i) => preds.forEach((p, j) => {
    const s = sim(g, p);
    if (s >= threshold) pairs.push([s, i, j]);
  }));
  // Python sorts tuples descending: by score, then gold index, then prediction index.
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i); pj.add(j); out.push([i, j]);
  }
  return out;
}

export function prf(tp: number, npred: number, ngold: number): { P: number; R: number; F1: number } {
  const P = npred ? tp / npred : ngold === 0 ? 1 : 0;
  const R = ngold ? tp / ngold : 1;
  const F1 = P + R ? (2 * P * R) / (P + R) : 0;
  return { P, R, F1 };
}

function inBody(text: string, bodyNorm: string): boolean {
  const t = toks(text);
  if (!t.length) return false;
  return bodyNorm.includes(t.slice(0, 8).join(' ')) || bodyNorm.includes(t.slice(-8).join(' '));
}

export interface KindResult {
  gold: number; pred: number; tp: number; speaker_ok: number; speaker_n: number; speaker_wrong: number; anon_ok: number; anon_n: number;
  misses: string[]; false: string[]; wrong_speaker: Array<[string, string | null, string | null]>;
  /** Not in the reference scorer: the engine's rules behind each false hit and each wrong speaker, in the same order. */
  false_rules: string[]; wrong_rules: string[];
}

/** "content-after-cue < subject-verb": the quote's rule and its clause's rule, as eval --verbose prints them. */
export function ruleLabel(q: { rule?: string; clauseRule?: string | null }): string {
  if (!q.rule) return '';
  return q.clauseRule ? `${q.rule} < ${q.clauseRule}` : q.rule;
}

export interface ArticleResult {
  direct: KindResult;
  indirect: KindResult;
  mentions: { gold: number; pred: number; tp: number; misses: string[]; false: string[] };
  attributed: { gold: number; pred: number; tp: number };
}

export function scoreArticle(gold: Gold, pred: PredictedReport, body: string, htmlMode: boolean): ArticleResult {
  const bodyNorm = toks(body).join(' ');
  const speakers = new Map(gold.speakers.map((s) => [s.name, s]));
  const optional = (gold.optional ?? []).map((o) => toks(o.text));
  let pq = (pred.quotes ?? []).filter((q) => q.text);
  let pm = (pred.anonymousMentions ?? []).filter((m) => m.text);
  if (htmlMode) {
    pq = pq.filter((q) => inBody(q.text as string, bodyNorm));
    pm = pm.filter((m) => bodyNorm.includes(norm(m.text)));
    const seen = new Set<string>();
    pq = pq.filter((q) => {
      const k = `${q.kind}\u0000${norm(q.text)}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  let allMatchedSpeaker = 0;
  let nPredAll = 0;
  let nGoldAll = 0;
  const res: Partial<ArticleResult> = {};
  for (const kind of ['direct', 'indirect'] as const) {
    const gq = gold.quotes.filter((q) => q.kind === kind);
    const pk = pq.filter((q) => (q.kind || 'direct') === kind);
    const gt = gq.map((q) => toks(q.text));
    const pt = pk.map((q) => toks(q.text));
    const m = greedyMatch(gt, pt, dice, 0.5);
    const matchedP = new Set(m.map(([, j]) => j));
    const matchedG = new Set(m.map(([i]) => i));
    const ignored = new Set(pk.map((_, j) => j).filter((j) => !matchedP.has(j) && optional.some((o) => dice(o, pt[j]) >= 0.5)));
    const npred = pk.length - ignored.size;
    const scored = (i: number): boolean => gq[i].speakerScored ?? true;
    const speakerOf = (i: number): GoldSpeaker | undefined => (gq[i].speaker === null ? undefined : speakers.get(gq[i].speaker as string));
    const sp = m.filter(([i, j]) => scored(i) && speakerOk(pk[j].speaker, speakerOf(i))).length;
    const spN = m.filter(([i]) => scored(i)).length;
    // Confidently wrong: a non-empty predicted speaker that is not the gold one (worse for a reader than none).
    const wrongPairs = m.filter(([i, j]) => scored(i) && !speakerOk(pk[j].speaker, speakerOf(i)));
    const spWrong = m.filter(([i, j]) => scored(i) && (pk[j].speaker ?? '').trim() !== '' && !speakerOk(pk[j].speaker, speakerOf(i))).length;
    const unscoredPred = m.filter(([i]) => !scored(i)).length;
    const inSpeakers = (i: number): boolean => gq[i].speaker !== null && speakers.has(gq[i].speaker as string);
    const anon = m.filter(([i, j]) => inSpeakers(i) && Boolean(pk[j].anonymous) === Boolean(speakers.get(gq[i].speaker as string)?.anonymous)).length;
    const anonN = m.filter(([i]) => inSpeakers(i)).length;
    res[kind] = {
      gold: gq.length, pred: npred, tp: m.length, speaker_ok: sp, speaker_n: spN, speaker_wrong: spWrong, anon_ok: anon, anon_n: anonN,
      misses: gq.map((q, i) => (matchedG.has(i) ? null : q.text.slice(0, 70))).filter((x): x is string => x !== null),
      false: pk.map((q, j) => (matchedP.has(j) || ignored.has(j) ? null : (q.text as string).slice(0, 70))).filter((x): x is string => x !== null),
      wrong_speaker: wrongPairs.map(([i, j]) => [gq[i].text.slice(0, 50), gq[i].speaker, pk[j].speaker ?? null]),
      false_rules: pk.map((q, j) => (matchedP.has(j) || ignored.has(j) ? null : ruleLabel(q))).filter((x): x is string => x !== null),
      wrong_rules: wrongPairs.map(([, j]) => ruleLabel(pk[j])),
    };
    allMatchedSpeaker += sp;
    nPredAll += npred - unscoredPred;
    nGoldAll += gq.filter((_, i) => scored(i)).length;
  }
  const gm = gold.anonymousMentions.map((x) => toks(x.text));
  const pmt = pm.map((x) => toks(x.text));
  const mm = greedyMatch(gm, pmt, overlapContent, 0.6);
  const mg = new Set(mm.map(([i]) => i));
  const mp = new Set(mm.map(([, j]) => j));
  res.mentions = {
    gold: gm.length, pred: pmt.length, tp: mm.length,
    misses: gold.anonymousMentions.filter((_, i) => !mg.has(i)).map((x) => x.text),
    false: pm.filter((_, j) => !mp.has(j)).map((x) => x.text as string),
  };
  res.attributed = { gold: nGoldAll, pred: nPredAll, tp: allMatchedSpeaker };
  return res as ArticleResult;
}

export interface KindSummary {
  P: number; R: number; F1: number; gold: number; pred: number; tp: number;
  speaker_acc: number; speaker_wrong_share: number; anon_flag_acc: number;
}

export interface Summary {
  direct: KindSummary;
  indirect: KindSummary;
  mentions: { P: number; R: number; F1: number; gold: number; pred: number; tp: number };
  attributed: { P: number; R: number; F1: number; gold: number; pred: number; tp: number };
}

/**
 * Python's round(x, 3): the exact binary value rounded to the nearest thousandth, ties to even (0.8125 → 0.812, where
 * Math.round would give 0.813). toFixed(20) exposes the double's decimal digits well past the third.
 */
export function round3(x: number): number {
  const [int, frac] = Math.abs(x).toFixed(20).split('.');
  let n = Number(int) * 1000 + Number(frac.slice(0, 3));
  const rest = frac.slice(3).replace(/0+$/u, '');
  if (rest === '5') { if (n % 2 === 1) n += 1; } else if (rest !== '' && rest[0] >= '5') n += 1;
  return (Math.sign(x) || 1) * n / 1000;
}

export function summarize(results: readonly ArticleResult[]): Summary {
  const sum = (pick: (r: ArticleResult) => number): number => results.reduce((s, r) => s + pick(r), 0);
  const block = (k: 'direct' | 'indirect' | 'mentions' | 'attributed') => {
    const tp = sum((r) => r[k].tp);
    const pred = sum((r) => r[k].pred);
    const gold = sum((r) => r[k].gold);
    const { P, R, F1 } = prf(tp, pred, gold);
    return { P: round3(P), R: round3(R), F1: round3(F1), gold, pred, tp };
  };
  const withSpeakers = (k: 'direct' | 'indirect') => {
    const n = sum((r) => r[k].speaker_n);
    const an = sum((r) => r[k].anon_n);
    return {
      ...block(k),
      speaker_acc: n ? round3(sum((r) => r[k].speaker_ok) / n) : 0,
      speaker_wrong_share: n ? round3(sum((r) => r[k].speaker_wrong) / n) : 0,
      anon_flag_acc: an ? round3(sum((r) => r[k].anon_ok) / an) : 0 };
  };
  return { direct: withSpeakers('direct'), indirect: withSpeakers('indirect'), mentions: block('mentions'), attributed: block('attributed') };
}
