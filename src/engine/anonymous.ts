/**
 * Anonymous-source phrasings that stand on their own: "people familiar with the matter", "an official who spoke on
 * condition of anonymity", "sources close to the talks", and definite back-references ("The source could not
 * provide details") to an unnamed source the article already introduced.
 */
import type { Entity, SourceRegistry } from './sources';
import { headOf } from './speakers';
import { BACK_REFERENCE_WORDS, STANDALONE_ANON_WORDS } from './tables/heads';
import type { Span } from './types';

export interface FoundPhrase {
  text: string;
  span: Span;
  entity: Entity | null;
}

/** Head nouns that anchor a self-standing phrasing, longest first so the alternation prefers "sources" to "source". */
const HEAD_WORDS = [...STANDALONE_ANON_WORDS].sort((a, b) => b.length - a.length).join('|');
const HEAD = `(?:${HEAD_WORDS})`;
const HEAD_AT_END = new RegExp(`(${HEAD_WORDS})$`, 'iu');
/** What makes a phrase self-standing: "familiar with", "close to", "who spoke on condition of anonymity". */
const ANCHOR = /\s(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|knowledgeable\s+about|involved\s+in|who\s+(?:spoke|asked|requested|declined|was\s+not|were\s+not|is\s+not|are\s+not|did\s+not|had\s+been\s+briefed|could\s+not|would\s+not)\b)[^,.;:“”"]{0,80}/giu;
/** The noun phrase that ends right before an anchor: determiner, up to three modifiers, a source head noun. */
const PHRASE_BEFORE = new RegExp(String.raw`(?:\b(?:a|an|the|two|three|four|several|some|multiple|one|other)\s+)?(?:[\p{Ll}\p{Lu}][\p{L}.&'’-]*\s+){0,3}${HEAD}$`, 'iu');
/** Words one of which every self-standing phrasing contains (the who-clauses are about anonymity or authority). */
const TRIGGERS = ['familiar', 'close to', 'knowledge', 'briefed', 'involved in', 'anonymity', 'authoriz', 'authoris', 'named', 'identified', 'not allowed', 'declined'];
function mayHavePhrase(text: string): boolean {
  for (const t of TRIGGERS) if (text.includes(t)) return true;
  return false;
}

/** Self-standing phrasings of one paragraph: find the anchor, then the noun phrase just before it. */
function* standalone(text: string): Generator<{ start: number; raw: string; head: string }> {
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text)) !== null) {
    // Bounded look-back: the phrase is a few words long.
    const from = Math.max(0, m.index - 80);
    const before = PHRASE_BEFORE.exec(text.slice(from, m.index));
    if (!before) continue;
    const start = from + before.index;
    // The phrase ends before its verb: "Sources close to the talks | told Reuters ...".
    const raw = (before[0] + m[0]).replace(/\s+(?:said|says|say|told|tells|added|adds|warned|confirmed|according|noted|explained|described|insisted)\b.*$/su, '').replace(/\s+$/u, '');
    const head = HEAD_AT_END.exec(before[0]);
    yield { start, raw, head: head ? head[1] : '' };
  }
}
/** "the source", "the diplomatic source", "The officials" — only counted when the article already has such a source. */
const BACK_REFERENCE = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(${[...BACK_REFERENCE_WORDS].sort((a, b) => b.length - a.length).join('|')})\b(?!\s+(?:of|for|familiar))`, 'gu');

export function findAnonymousPhrases(blocks: readonly string[], registry: SourceRegistry): FoundPhrase[] {
  const out: FoundPhrase[] = [];
  const anonymousByHead = new Map<string, Entity>();
  for (const e of registry.entities) if (e.anonymous && e.head) anonymousByHead.set(e.head, e);
  blocks.forEach((text, block) => {
    // The full pattern only runs where one of its anchors appears: most paragraphs have none.
    if (mayHavePhrase(text)) for (const { start, raw, head } of standalone(text)) {
      const entity = head ? anonymousByHead.get(headOf(head)) ?? null : null;
      out.push({ text: raw, span: { block, start, end: start + raw.length }, entity });
    }
    if (anonymousByHead.size) for (const m of text.matchAll(BACK_REFERENCE)) {
      const entity = anonymousByHead.get(headOf(m[1]));
      if (!entity) continue;
      const start = m.index ?? 0;
      out.push({ text: m[0], span: { block, start, end: start + m[0].length }, entity });
    }
  });
  return out;
}
