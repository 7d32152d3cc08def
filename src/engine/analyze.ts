/**
 * The engine: paragraphs in, report out. Stages, each in its own module:
 *   paragraph model (`paragraph.ts`: tokens, sentences, quoted spans, attribution clauses of `clauses.ts`)
 *   → reported speech (`reported.ts`) and direct quotes (`direct.ts`)
 *   → discourse and coreference (`discourse.ts`, `sources.ts`: who speaks when the sentence does not say)
 *   → anonymous-source phrasings (`anonymous.ts`) → the report (`report.ts`).
 * Speakers are resolved in reading order so pronouns, surnames and "the source" link to the right entity.
 */
import { withAnonymity } from './anonymity';
import { clauseMentions, extendMention, findAgentMentions, findAnonymousPhrases, mergeMentions, namedInstead, type AgentMention } from './anonymous';
import { phraseAfter, type Clause } from './clauses';
import { attributeQuote, looksLikeNonQuote, writersOwnWords } from './direct';
import { clauseSpeaker, continueSpeakers, linkedClauseStart, newDiscourse, outerClauses, noteIntroducer, passOverCaption, thingShows, type Draft, type NamesByBlock, type Reporter } from './discourse';
import { globalPos, indexNames, POS_SHIFT, type NameOccurrence, type OrgMention, type UnnamedSubject } from './names';
import { buildParagraph, spanOf, type Paragraph } from './paragraph';
import { scanQuotes, type QuotedSpan } from './quotes';
import { reportedContent } from './reported';
import { classifyPhrase, forgetPhrases } from './speakers';
import { buildReport } from './report';
import { SourceRegistry, type Entity } from './sources';
import { FIRST_PERSON_SUBJECTS } from './tables/words';
import { KEEP_TOKENS_UP_TO, readText, type TextModel } from './text';
import type { AnalyzeOptions, AnonymousMention, ClauseTrace, Report, Span } from './types';
import { lowerBound } from './search';
import { WINDOW_CHARS, windowsOf, type WindowOrigin } from './windows';

/** Input beyond this many characters is not analysed (the report says `truncated`). */
export const DEFAULT_MAX_CHARS = 2_000_000;

function draft(p: Paragraph, kind: Draft['kind'], span: Span, clause: Clause | null, entity: Entity | null, rule: string, quoted?: QuotedSpan): Draft {
  return {
    kind, span, text: p.paragraphText, entity, quotedSpan: quoted, attributed: clause !== null, rule, clauseRule: clause?.foundBy ?? null,
    cue: clause ? spanOf(p, clause.cueFrom, clause.cueTo) : null,
    speakerAt: clause?.speakerRange ? spanOf(p, clause.speakerRange.from, clause.speakerRange.to) : null,
  };
}

/** The input up to the size cap. */
function capped(input: readonly string[], maxChars: number): { blocks: string[]; truncated: boolean } {
  const blocks: string[] = [];
  let total = 0;
  for (const raw of input) {
    const text = typeof raw === 'string' ? raw : '';
    if (total + text.length > maxChars) return { blocks, truncated: true };
    blocks.push(text);
    total += text.length;
  }
  return { blocks, truncated: false };
}

/** Flag the names written inside quotation marks (quotes of a block are sorted and do not overlap). */
function markQuotedNames(names: NameOccurrence[], quotesByBlock: readonly QuotedSpan[][]): void {
  for (const n of names) {
    const quotes = quotesByBlock[n.block];
    const k = lowerBound(quotes, n.charStart + 1, (q) => q.charStart) - 1;
    if (k >= 0 && quotes[k].charEnd >= n.charEnd) n.quoted = true;
  }
}

/**
 * Whether a global position lies inside quotation marks: a sentence of someone's quotation ("“Our parents sent him
 * letters,” Dale wrote") is the speaker's, and its subject is no one the reporter's later "they" may mean.
 */
function insideQuotation(pos: number, quotesByBlock: readonly QuotedSpan[][]): boolean {
  const quotes = quotesByBlock[Math.floor(pos / POS_SHIFT)] ?? [];
  const offset = pos % POS_SHIFT;
  const k = lowerBound(quotes, offset + 2, (q) => q.charStart) - 1;
  return k >= 0 && quotes[k].charEnd > offset;
}

/** Analyse an article given as paragraphs. */
export function analyzeBlocks(input: readonly string[], options: AnalyzeOptions = {}): Report {
  const { blocks, truncated } = capped(input, options.maxChars ?? DEFAULT_MAX_CHARS);
  const quoted = scanQuotes(blocks);
  const size = options.windowChars ?? WINDOW_CHARS;
  if (!blocks.some((b) => b.length > size)) return analyzeParagraphs(blocks, quoted, options, truncated);
  // An enormous paragraph is analysed as sentence-bounded windows (windows.ts), its spans mapped back after.
  const windows = windowsOf(blocks, quoted, size);
  return spansMappedBack(analyzeParagraphs(windows.texts, windows.quotes, options, truncated, windows.origin), windows.origin);
}

/** A report on windows, with every span moved to the paragraph and offset its window came from. */
function spansMappedBack(report: Report, origin: readonly WindowOrigin[]): Report {
  const map = (s: Span): Span => ({ block: origin[s.block].block, start: s.start + origin[s.block].offset, end: s.end + origin[s.block].offset });
  for (const q of report.quotes) {
    q.span = map(q.span);
    if (q.parts) q.parts = q.parts.map(map);
    if (q.cueSpan) q.cueSpan = map(q.cueSpan);
    if (q.speakerSpan) q.speakerSpan = map(q.speakerSpan);
  }
  for (const m of report.anonymousMentions) m.span = map(m.span);
  for (const c of report.clauses ?? []) c.span = map(c.span);
  return report;
}

/** The analysis proper, on paragraphs (or windows of paragraphs, with where each came from) and their quoted spans. */
function analyzeParagraphs(blocks: readonly string[], quoted: readonly QuotedSpan[], options: AnalyzeOptions, truncated: boolean, origin?: readonly WindowOrigin[]): Report {
  const quotesByBlock: QuotedSpan[][] = blocks.map(() => []);
  for (const q of quoted) quotesByBlock[q.block].push(q);
  // Two passes over the paragraphs: the name index needs the whole article first; then each paragraph is analysed.
  // Each pass tokenizes for itself and drops the tokens with the paragraph, so tokens never pile up: long pages stay
  // small in memory and the work stays linear.
  // An article of ordinary size is tokenized once and the tokens kept for the second pass; a huge one is tokenized
  // per pass and each paragraph's tokens dropped with it, so memory stays small whatever the page.
  const keep = blocks.reduce((n, b) => n + b.length, 0) <= KEEP_TOKENS_UP_TO;
  const models: Array<TextModel | null> = blocks.map(() => null);
  const read = (block: number): TextModel => {
    const cached = models[block];
    if (cached) { models[block] = null; return cached; }
    const model = readText(blocks[block]);
    if (keep) models[block] = model;
    return model;
  };
  const unnamed: UnnamedSubject[] = [];
  const orgs: OrgMention[] = [];
  const people = new Set<string>();
  const names = indexNames(blocks, read, unnamed, orgs, people);
  markQuotedNames(names, quotesByBlock);
  const registry = new SourceRegistry(names, unnamed.filter((u) => !insideQuotation(u.pos, quotesByBlock)), orgs, people);
  const namesByBlock: NamesByBlock = new Map();
  for (const n of names) {
    const list = namesByBlock.get(n.block);
    if (list) list.push(n); else namesByBlock.set(n.block, [n]);
  }
  const drafts: Draft[] = [];
  const mentions: AnonymousMention[] = [];
  const mentionStarts = new Set<string>();
  const mentionEntity = new Map<string, Entity>();
  const indirectStarts = new Set<string>();
  const agents: AgentMention[] = [];
  const discourse = newDiscourse();
  const trace: ClauseTrace[] | undefined = options.trace ? [] : undefined;

  // What runs on within a paragraph, and so from one window of a paragraph into the next: the last clause's speaker
  // (for participles), whether a quote was kept already, and (in `discourse`) the last quote's speaker.
  let previous: Entity | null = null;
  let keptQuote = false;
  for (let index = 0; index < blocks.length; index++) {
    if (!(origin && index > 0 && origin[index].block === origin[index - 1].block)) {
      previous = null;
      keptQuote = false;
      discourse.paragraphSpeaker = null;
    }
    const p = buildParagraph(blocks[index], index, quotesByBlock[index], read(index));
    passOverCaption(p, discourse);
    if (trace) for (const c of p.attributions) trace.push({ rule: c.foundBy, cue: p.paragraphText.slice(p.tokens[c.cueFrom].charStart, p.tokens[c.cueTo].charEnd), span: spanOf(p, c.from, c.to) });
    // Each clause's reported content, read once; a clause inside another's content speaks only within that report.
    const contents = p.attributions.map((_, k) => reportedContent(p, k));
    const outer = outerClauses(p, contents);
    // Resolve clause speakers in reading order; unnamed speakers are anonymous mentions too.
    const clauseEntity = new Map<Clause, Entity | null>();
    p.attributions.forEach((c, k) => {
      let entity: Entity | null = null;
      if (c.side === 'participle' && !c.speakerRange) entity = previous;
      else {
        const found = clauseSpeaker(p, k, namesByBlock);
        const sp = found && (namedInstead(p, found, namesByBlock.get(p.blockIndex) ?? [], c.side === 'before' ? c.to : -1) ?? found);
        if (sp) {
          const pos = globalPos(p.blockIndex, p.tokens[sp.from].charStart);
          entity = registry.resolve(sp.ref, pos, sp.ref.refType === 'pronoun' ? linkedClauseStart(p, sp.from, sp.ref.gender) : -1);
          // A speaker quoted inside another's report speaks within it: the registry weighs it below that report's own
          // speaker (sources.ts, salientNamed).
          // A speaker in an aside between dashes or brackets ("— the late neurologist wrote about … —") is no one the
          // next "she said" continues.
          const aside = /^[—–(]$/u.test(p.tokens[sp.from - 1]?.surface ?? '');
          // (The one who asks a question is not who answers it: "Ana Ruiz was asked by Tom Hart whether …. “…,” she said.")
          if (entity && !aside && c.foundBy !== 'asked-by') registry.spoke(entity, pos, outer[k] >= 0 ? clauseEntity.get(p.attributions[outer[k]]) ?? null : null);
          // An unnamed description, or a role no named person holds ("the narrator" after "a narrator"), is a mention.
          if (((sp.ref.refType === 'description' && sp.ref.isAnonymous) || (sp.ref.refType === 'role' && entity?.isAnonymous)) && clauseMentions(p, c, sp)) {
            const key = `${p.blockIndex}:${p.tokens[sp.from].charStart}`;
            if (!mentionStarts.has(key)) {
              mentionStarts.add(key);
              const whole = extendMention(p, sp, p.sentenceTokens[p.clauseSentence[k]][1]);
              const span = spanOf(p, whole.from, whole.to);
              mentions.push({ id: '', text: p.paragraphText.slice(span.start, span.end), sourceId: null, span });
              if (entity) mentionEntity.set(key, entity);
            }
          }
        }
      }
      clauseEntity.set(c, entity);
      // The writer speaking ("I wrote back, saying that I needed comment"): a participle after it is the writer's too,
      // not the last named speaker's.
      if (!entity && c.speakerRange && c.speakerRange.from === c.speakerRange.to && FIRST_PERSON_SUBJECTS.has(p.tokens[c.speakerRange.from].lower)) previous = null;
      // A participle speaks for the last clause's subject, never for the owner of a noun complement ("Trump's claim") nor
      // a thing that speaks inside another's report ("Starr said the affair reminds him …, explaining").
      if (entity && c.foundBy !== 'noun-complement' && (outer[k] < 0 || entity.sourceKind !== 'unknown')) previous = entity;
    });
    // Reported speech; a clause nested in another's content (outerClauses) gives none of its own.
    const reporters: Reporter[] = [];
    p.attributions.forEach((c, k) => {
      if (outer[k] >= 0) return;
      const content = contents[k];
      if (!content || content.unasserted || thingShows(p, k)) return;
      const entity = clauseEntity.get(c) ?? null;
      const span = spanOf(p, content.from, content.to);
      const key = `${span.block}:${span.start}`;
      if (indirectStarts.has(key)) return;
      indirectStarts.add(key);
      const d = draft(p, 'indirect', span, c, entity, content.foundBy);
      if (content.parts) d.parts = content.parts.map(([from, to]) => spanOf(p, from, to));
      drafts.push(d);
      if (entity && c.foundBy !== 'asked-by') registry.spoke(entity, globalPos(p.blockIndex, p.tokens[c.cueAt].charStart));
      // Answerer: "Hannity asked Trump how …. “…,” he said" — the person asked answers, and is who "he" continues.
      const listener = c.cueLemma === 'ask' && c.speakerRange ? phraseAfter(p.tokens, c.cueTo + 1, p.tokens.length - 1, false) : null;
      const asked = listener && classifyPhrase(p, listener.from, listener.to);
      const at = globalPos(p.blockIndex, p.tokens[listener?.to ?? 0].charStart);
      const answerer = asked?.refType === 'name' ? registry.resolve(asked, at) : null;
      if (answerer?.sourceKind === 'person') registry.spoke(answerer, at);
      if (entity) reporters.push({ at: p.tokens[c.cueAt].charStart, entity });
    });
    // Direct quotes.
    const quotes: Draft[] = [];
    for (const q of p.quotedSpans) {
      const found = attributeQuote(p, q);
      const c = found?.clause ?? null;
      const entity = c ? clauseEntity.get(c) ?? null : null;
      if (looksLikeNonQuote(p, q, c !== null, keptQuote || quotes.length > 0)) continue;
      quotes.push(draft(p, 'direct', { block: p.blockIndex, start: q.charStart, end: q.charEnd }, c, entity, found?.rule ?? 'unattributed', q));
      if (entity) registry.spoke(entity, globalPos(p.blockIndex, q.charStart));
    }
    continueSpeakers(p, quotes, discourse, registry, namesByBlock, reporters);
    for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i].rule === 'unattributed' && !quotes[i].entity && writersOwnWords(p.paragraphText, quotes[i].span, keptQuote || i > 0)) quotes.splice(i, 1);
    // A quote given to its speaker by discourse is that speaker speaking too ("he said" further on refers to them).
    for (const d of quotes) if (!d.attributed && d.entity) registry.spoke(d.entity, globalPos(p.blockIndex, d.span.start));
    drafts.push(...quotes);
    keptQuote ||= quotes.length > 0;
    noteIntroducer(p, clauseEntity, discourse, registry, namesByBlock);
    agents.push(...findAgentMentions(p, namesByBlock.get(p.blockIndex) ?? []));
    forgetPhrases();
  }

  // Phrasings that name an anonymous source without a cue next to them ("people familiar with the matter",
  // "The source could not provide details"), and unnamed groups and roles acting as sources without a cue of their own
  // ("rebuked by opponents"), which belong to the source of the same wording when there is one.
  const anonymousByKey = new Map<string, Entity>();
  for (const e of registry.entities) if (e.isAnonymous) for (const k of e.keys) anonymousByKey.set(k, e);
  const agentPhrases = agents.map((a) => ({ text: a.text, span: a.span, entity: anonymousByKey.get(a.key) ?? null }));
  mergeMentions(mentions, [...findAnonymousPhrases(blocks, registry), ...agentPhrases], mentionEntity);

  // Why each anonymous source is unnamed and what vouches for it (anonymity.ts).
  return withAnonymity(blocks, buildReport({ drafts, mentions, mentionEntity, url: options.url ?? null, truncated, clauses: trace }));
}
