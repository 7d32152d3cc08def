/**
 * npm run lexicon-stats [-- --corpus DIR] [--top N]
 *
 * Which cue words and source heads the annotated articles use, how often, and how often the engine gets them: the
 * evidence for choosing the engine's lexicons (src/engine/tables/). Reads the articles from the corpus folder (default
 * ../shared/polnear/train) and prints counts only — no article text leaves the corpus.
 *
 * - Cues: for every gold reported-speech item found verbatim in its article, the verb (or "according to") nearest
 *   before it in its sentence, else the one right after it (", X said"); its count, the engine's recall on those
 *   items, and whether the engine's cue table knows the word.
 * - Source heads: for every gold quote with a scored speaker, the speaker's head (the last lower-case word of a
 *   description, or "(name)"); count and the engine's speaker accuracy on it.
 * - Anonymous heads: the head noun of every gold anonymous mention (folders that annotate them), count and recall.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBlocks, paragraphsOf } from '../src/engine/index';
import { nameLexicon } from '../src/engine/lexicon';
import { CUE_BY_FORM } from '../src/engine/tables/cues';
import { dice, greedyMatch, overlapContent, speakerOk, toks, type Gold, type GoldSpeaker } from '../src/eval/score';

interface Tally { count: number; hit: number }

function bump(map: Map<string, Tally>, key: string, hit: boolean): void {
  const t = map.get(key) ?? { count: 0, hit: 0 };
  t.count++;
  if (hit) t.hit++;
  map.set(key, t);
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** A verb form, as far as the word lists tell (irregular pasts, -ed, -s and -ing forms). */
function isVerbish(word: string): boolean {
  return nameLexicon().irregularPast.has(word) || /^[a-z]{3,}(?:ed|s|ing)$/u.test(word);
}

/** The cue of a reported passage: the nearest speech-like verb before it in its sentence, else right after it. */
function cueOf(body: string, start: number, end: number): string {
  const sentenceStart = Math.max(body.lastIndexOf('. ', start), body.lastIndexOf('\n', start)) + 1;
  const before = body.slice(sentenceStart, start);
  if (/\baccording to\b[^.]*$/iu.test(before)) return 'according to';
  const words = [...before.matchAll(WORD)].map((m) => m[0].toLowerCase()).reverse();
  for (const w of words.slice(0, 8)) if (CUE_BY_FORM.has(w) || isVerbish(w)) return w;
  const after = [...body.slice(end, end + 60).matchAll(WORD)].map((m) => m[0].toLowerCase()).slice(0, 5);
  for (const w of after) if (CUE_BY_FORM.has(w) || (isVerbish(w) && /(?:ed|s)$/u.test(w))) return w;
  return '(none)';
}

/** "(name)" for a named speaker, else the last lower-case word of the description ("officials", "spokesman"). */
function headOf(speaker: GoldSpeaker): string {
  const core = speaker.name.split(',')[0];
  const lower = [...core.matchAll(WORD)].map((m) => m[0]).filter((w) => w === w.toLowerCase() && !/^(of|the|a|an|and|for|at|in|on|to|with|who|from)$/u.test(w));
  return lower.length ? lower[lower.length - 1].replace(/['’]s$/u, '') : '(name)';
}

function main(argv: string[]): number {
  const corpusAt = argv.indexOf('--corpus');
  const corpus = corpusAt >= 0 ? argv[corpusAt + 1] : '../shared/polnear/train';
  const topAt = argv.indexOf('--top');
  const top = topAt >= 0 ? Number(argv[topAt + 1]) : 40;
  if (!existsSync(corpus)) {
    process.stderr.write(`lexicon-stats: corpus not found: ${corpus}\n`);
    return 1;
  }
  const cues = new Map<string, Tally>();
  const heads = new Map<string, Tally>();
  const anonHeads = new Map<string, Tally>();
  const ids = readdirSync(corpus).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(corpus, `${id}.json`), 'utf8')) as Gold & { mentionsAnnotated?: boolean };
    const body = readFileSync(join(corpus, `${id}.txt`), 'utf8');
    const report = analyzeBlocks(paragraphsOf(body));
    const speakers = new Map(gold.speakers.map((s) => [s.name, s]));
    for (const kind of ['direct', 'indirect'] as const) {
      const gq = gold.quotes.filter((q) => q.kind === kind);
      const pq = report.quotes.filter((q) => q.kind === kind);
      const pairs = new Map(greedyMatch(gq.map((q) => toks(q.text)), pq.map((q) => toks(q.text)), dice, 0.5));
      gq.forEach((q, i) => {
        const j = pairs.get(i);
        if (kind === 'indirect') {
          const at = body.indexOf(q.text);
          if (at >= 0 && !/^\s*(?:''|["“‘'])/u.test(q.text)) bump(cues, cueOf(body, at, at + q.text.length), j !== undefined);
        }
        const speaker = q.speaker === null ? undefined : speakers.get(q.speaker);
        if (j !== undefined && speaker && (q.speakerScored ?? true)) bump(heads, headOf(speaker), speakerOk(pq[j].speaker, speaker));
      });
    }
    if (gold.anonymousMentions.length || gold.mentionsAnnotated) {
      const gm = gold.anonymousMentions.map((m) => toks(m.text));
      const found = new Set(greedyMatch(gm, report.anonymousMentions.map((m) => toks(m.text)), overlapContent, 0.6).map(([i]) => i));
      gold.anonymousMentions.forEach((m, i) => bump(anonHeads, headOf({ name: m.text.replace(/\s+(?:who|familiar|close|with|briefed|in|at|of|for|from)\b.*$/u, '') }), found.has(i)));
    }
  }
  const print = (title: string, map: Map<string, Tally>, rateName: string, known?: (k: string) => string): void => {
    const rows = [...map.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, top);
    process.stdout.write(`\n${title} (${ids.length} articles; top ${rows.length} of ${map.size})\n`);
    process.stdout.write(`${'word'.padEnd(22)} ${'count'.padStart(6)} ${rateName.padStart(8)}${known ? '  in table' : ''}\n`);
    for (const [k, t] of rows) {
      process.stdout.write(`${k.padEnd(22)} ${String(t.count).padStart(6)} ${(t.hit / t.count).toFixed(3).padStart(8)}${known ? `  ${known(k)}` : ''}\n`);
    }
  };
  print('Cues of reported speech', cues, 'recall', (k) => (k === 'according to' || CUE_BY_FORM.has(k) ? `yes (${k === 'according to' ? k : CUE_BY_FORM.get(k)!.lemma})` : 'no'));
  print('Heads of speakers', heads, 'speaker');
  if (anonHeads.size) print('Heads of anonymous mentions', anonHeads, 'recall');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
