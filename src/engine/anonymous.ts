/**
 * Anonymous-source phrasings that stand on their own: "people familiar with the matter", "an official who spoke on
 * condition of anonymity", "sources close to the talks", and definite back-references ("The source could not
 * provide details") to an unnamed source the article already introduced.
 */
import type { Entity, SourceRegistry } from './sources';
import { headOf } from './speakers';
import type { Span } from './types';

export interface FoundPhrase {
  text: string;
  span: Span;
  entity: Entity | null;
}

const MODIFIER = String.raw`(?:[\p{Ll}\p{Lu}][\p{L}.&'’-]*\s+){0,3}`;
const HEAD = String.raw`(?:sources?|officials?|people|persons?|diplomats?|insiders?|aides?|advisers?|advisors?|executives?|employees?|staffers?)`;
const POST = String.raw`(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|knowledgeable\s+about|involved\s+in|who\s+(?:spoke|asked|requested|declined|was\s+not|were\s+not|is\s+not|are\s+not|did\s+not|had\s+been\s+briefed|could\s+not|would\s+not)\b)[^,.;:“”"]{0,80}`;
/** Self-standing anonymous phrasings. Bounded quantifiers and no nested repetition keep the scan linear. */
const STANDALONE = new RegExp(String.raw`\b(?:(?:a|an|the|two|three|four|several|some|multiple|one|other)\s+)?${MODIFIER}${HEAD}\s+${POST}`, 'giu');
/** "the source", "the diplomatic source", "The officials" — only counted when the article already has such a source. */
const BACK_REFERENCE = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(source|sources|official|officials|aide|aides|diplomat|insider|spokesman|spokeswoman|spokesperson)\b(?!\s+(?:of|for|familiar))/gu;

export function findAnonymousPhrases(blocks: readonly string[], registry: SourceRegistry): FoundPhrase[] {
  const out: FoundPhrase[] = [];
  const anonymousByHead = new Map<string, Entity>();
  for (const e of registry.entities) if (e.anonymous && e.head) anonymousByHead.set(e.head, e);
  blocks.forEach((text, block) => {
    for (const m of text.matchAll(STANDALONE)) {
      // The phrase ends before its verb: "Sources close to the talks | told Reuters ...".
      const raw = m[0].replace(/\s+(?:said|says|say|told|tells|added|adds|warned|confirmed|according|noted|explained|described|insisted)\b.*$/su, '').replace(/\s+$/u, '');
      const start = m.index ?? 0;
      const headWord = /(sources?|officials?|people|persons?|diplomats?|insiders?|aides?|advisers?|advisors?|executives?|employees?|staffers?)\b/iu.exec(raw);
      const entity = headWord ? anonymousByHead.get(headOf(headWord[1])) ?? null : null;
      out.push({ text: raw, span: { block, start, end: start + raw.length }, entity });
    }
    for (const m of text.matchAll(BACK_REFERENCE)) {
      const entity = anonymousByHead.get(headOf(m[1]));
      if (!entity) continue;
      const start = m.index ?? 0;
      out.push({ text: m[0], span: { block, start, end: start + m[0].length }, entity });
    }
  });
  return out;
}
