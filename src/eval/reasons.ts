/**
 * How completely reports carry the reasons articles give for anonymity. A broad detector, written independently of
 * the engine's phrasing tables (src/engine/anonymity.ts), finds every sentence that states why a source is unnamed;
 * a sentence is covered when one of the report's anonymous sources carries a `reason` taken from it. `npm run eval`
 * prints the figure; `--verbose` lists the sentences not covered.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBlocks, paragraphsOf } from '../engine/index';
import { splitSentences } from '../engine/text';
import type { Report } from '../engine/types';

/** The article grants or notes anonymity. */
const ANONYMITY = /\b(?:anonymity|anonymously|anonymous|on\s+background|(?:be|being)\s+(?:named|identified)|names?\s+(?:was|were|is|are|be)\s+(?:withheld|not\s+(?:used|published))|withh[eo]ld(?:ing)?\s+(?:his|her|their)\s+names?)\b/iu;
/** A why-word within a few words after the anonymity phrase. */
const WHY_AFTER = /^\W*(?:\S+\s+){0,8}?(?:because|since|as|for|to|citing|due|given|owing|fearing|out\s+of|so)\b/iu;
/** Reasons that need no anonymity phrase: the source may not, or dares not, speak. */
const RESTRICTION = /\b(?:who|because|as|since|but|and|saying)\s+(?:\S+\s+){0,3}?(?:not|\S+n[’']t)\s+(?:been\s+)?(?:authori[sz]ed|permitted|allowed|cleared|empowered|at\s+liberty)\s+to\s+(?:\w+\s+)?(?:speak|discuss|comment|talk|be\s+quoted|be\s+named|disclose|reveal|release|describe|share|address|brief)\b|\b(?:lack(?:ed|s)?|without)\s+(?:the\s+)?(?:authori[sz]ation|permission|clearance)\s+to\s+(?:speak|discuss|comment|talk)\b|\bfear(?:ed|s|ing)?\s+(?:of\s+)?(?:reprisals?|retribution|retaliation|losing\s+(?:his|her|their)\s+jobs?)\b/iu;
/** Someone unnamed is the subject: a source noun or a pronoun. */
const SOURCE_NOUN = /\b(?:sources?|officials?|aides?|advis[eo]rs?|people|person|diplomats?|insiders?|staffers?|employees?|executives?|officers?|agents?|investigators?|members?|spokes(?:man|woman|person)|he|she|they|who)\b/iu;

export interface ReasonSentence {
  article: string;
  text: string;
  /** The reason a report carries from this sentence, if any. */
  carried: string | null;
}

export interface ReasonCoverage {
  sentences: ReasonSentence[];
  covered: number;
  /** Reasons in the reports, and how many of them come from no detected sentence (a sign of a false reading). */
  reasons: number;
  /** Anonymous sources that speak in the reports, and how many carry an access. */
  anonymousSources: number;
  withAccess: number;
  undetected: string[];
}

/** Does this sentence state why a source is unnamed? Deliberately broad: it is the yardstick, not the reader. */
export function statesReason(sentence: string): boolean {
  const a = ANONYMITY.exec(sentence);
  if (a && WHY_AFTER.test(sentence.slice(a.index + a[0].length))) return true;
  return RESTRICTION.test(sentence) && SOURCE_NOUN.test(sentence);
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Coverage over articles given as paragraphs with their reports. */
export function reasonCoverage(articles: ReadonlyArray<{ id: string; blocks: readonly string[]; report: Report }>): ReasonCoverage {
  const sentences: ReasonSentence[] = [];
  let reasons = 0;
  let anonymousSources = 0;
  let withAccess = 0;
  const undetected: string[] = [];
  for (const { id, blocks, report } of articles) {
    const carried = report.sources.filter((s) => s.anonymous && s.reason).map((s) => squash(s.reason as string).replace(/…$/u, ''));
    reasons += carried.length;
    const speaking = report.sources.filter((s) => s.anonymous && s.quoteIds.length > 0);
    anonymousSources += speaking.length;
    withAccess += speaking.filter((s) => s.access).length;
    const found: string[] = [];
    for (const block of blocks) {
      for (const s of splitSentences(block)) {
        const text = squash(block.slice(s.charStart, s.charEnd));
        if (!statesReason(text)) continue;
        found.push(text);
        sentences.push({ article: id, text, carried: carried.find((r) => text.includes(r)) ?? null });
      }
    }
    for (const r of carried) if (!found.some((t) => t.includes(r))) undetected.push(`${id}: ${r}`);
  }
  return { sentences, covered: sentences.filter((s) => s.carried !== null).length, reasons, undetected, anonymousSources, withAccess };
}

/** Coverage on a directory of `.txt` articles, each analysed as `npm run analyze` would. */
export function reasonCoverageOf(dir: string): ReasonCoverage {
  const ids = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort() : [];
  return reasonCoverage(ids.map((id) => {
    const blocks = paragraphsOf(readFileSync(join(dir, `${id}.txt`), 'utf8'));
    return { id, blocks, report: analyzeBlocks(blocks) };
  }));
}

/** The line `npm run eval` prints, plus the misses with `verbose`. */
export function formatReasonCoverage(dir: string, verbose = false): string {
  const c = reasonCoverageOf(dir);
  const lines = [`anonymity reasons: ${c.covered} of ${c.sentences.length} sentences stating why a source is unnamed are carried by the report (${c.reasons} reasons carried, ${c.undetected.length} outside those sentences); access stated for ${c.withAccess} of ${c.anonymousSources} quoted anonymous sources`];
  if (verbose) {
    for (const s of c.sentences) if (!s.carried) lines.push(`   miss reason: ${s.article}: ${JSON.stringify(s.text)}`);
    for (const u of c.undetected) lines.push(`   reason outside a detected sentence: ${u}`);
  }
  return lines.join('\n');
}
