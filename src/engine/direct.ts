/**
 * Direct quotes: which attribution clause a quoted span belongs to, and which quoted spans are not quotations at all
 * (names, titles, words-as-words, scare quotes).
 */
import type { Clause } from './clauses';
import { firstTokenAtOrAfter, sentenceOfToken, type Paragraph } from './paragraph';
import type { QuotedSpan } from './quotes';
import type { Span } from './types';
import { lowerBound } from './search';
import { ABOUT_THIS, CALLED_NAMED, DETERMINERS, DETERMINERS_THIS_THAT, EXAMPLE_OPENERS, FINITE_VERBS, NON_QUOTE_LEADS, OUTLET_LEADS, PRONOUN_WORDS, TIME_WORDS, TITLE_LEADS, WORK_NOUNS } from './tables/words';
import { isCapitalized, lowerAt, lowercase, type Token, tokenize } from './text';

/** How a direct quote found its clause, by name (the name travels with the quote into the report). */
export const DIRECT_RULES = {
  'cue-after-quote': '“…,” X said / “…,” said X',
  'cue-before-quote': 'X said: “…” / X told Reuters that “…”',
  'cue-earlier-in-sentence': 'X, asked about it, said … “…”',
  'cue-later-in-sentence': '“A” and “B,” … he said',
  'cue-sentence-before-quote': 'X said in a statement. “…”',
} as const;

export type DirectRule = keyof typeof DIRECT_RULES;

/** Only punctuation, "that" and time words between two token positions (exclusive). */
function looseGap(tokens: readonly Token[], from: number, to: number, maxWords: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) { if (/^[.!?]$/u.test(t.surface)) return false; continue; }
    if (t.lower === 'that' || TIME_WORDS.has(t.lower) || ABOUT_THIS.has(t.lower)) { if (++words > maxWords) return false; continue; }
    return false;
  }
  return true;
}

/** The clause that attributes a direct quote, if the paragraph has one in reach, with the rule that linked them. */
/** Whether a closing bracket between `from` and `to` closes one opened before `from` (looked for over at most 200
 *  tokens, so a sentence without end stays linear). */
function bracketClosesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let i = from + 1; i < to && i <= from + 200; i++) {
    const t = tokens[i].surface;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') { if (depth === 0) return true; depth--; }
  }
  return false;
}

/**
 * "“…,” York said. “… I guess.” Smith agreed: “…”": a cue that ends on a colon before a quotation points forward, to
 * that quotation; the finished quotation before it belongs to the other speaker who spoke just before it (in that
 * sentence or the one before). Without one ("“We will win.” Smith added: “…”"), the cue keeps both.
 */
function pointsForward(p: Paragraph, c: Clause, openTok: number): boolean {
  const { tokens } = p;
  // (A pronoun goes on with the one before it: "…, saying only that he was “…”.” He added: “…”".)
  const speaker = c.speakerRange;
  if (tokens[c.to + 1]?.surface !== ':' || tokens[c.to + 2]?.word !== false || p.inQuote[c.to + 3] !== 1 || !speaker || PRONOUN_WORDS.has(tokens[speaker.from].lower)) return false;
  const who = (r: { from: number; to: number }): string => p.paragraphText.slice(tokens[r.from].charStart, tokens[r.to].charEnd);
  const s = sentenceOfToken(p, openTok);
  return [...p.sentenceClauses[s - 1] ?? [], ...p.sentenceClauses[s] ?? []].some((k) => {
    const o = p.attributions[k];
    return o.to < openTok && o.speakerRange && who(o.speakerRange) !== who(speaker);
  });
}

export function attributeQuote(p: Paragraph, q: QuotedSpan): { clause: Clause; rule: DirectRule } | null {
  const { tokens, attributions: clauses } = p;
  const openTok = firstTokenAtOrAfter(tokens, q.open);
  const closeTok = q.close >= 0 ? firstTokenAtOrAfter(tokens, q.close) : tokens.length;
  // After the quote: “…,” the source said / “…,” said Patrick McHugh.
  let after = closeTok + 1;
  // (The second of two closing apostrophes too: “…,’’ he said.)
  while (after < tokens.length && !tokens[after].word && /^[,—–’-]$/u.test(tokens[after].surface)) after++;
  const atCue = p.clauseAtCue.get(after);
  const post = p.clauseAtFrom.get(after) ?? (atCue?.side === 'after' ? atCue : undefined);
  if (post && post.side === 'participle') {
    // "… Trump's claim that Obama “founded ISIS,” saying …": the quotation is the claim's, the participle the subject's.
    const claim = (p.sentenceClauses[sentenceOfToken(p, openTok)] ?? []).map((k) => clauses[k]).find((c) => c.foundBy === 'noun-complement' && c.to < openTok);
    if (claim) return { clause: claim, rule: 'cue-earlier-in-sentence' };
  }
  // “… no place in a campaign.” Gov. John Kasich said he would have fired him: a quotation closed on a full stop
  // does not belong to a clause after it that reports content of its own.
  // (A question or a listener after the cue is no content: "“Why?” Obama asked Republican politicians.")
  // So does one closed on "!" or "?" when a capitalised determiner follows: the attribution of such a quotation goes
  // on in lower case ("“Go home!” the crowd shouted"), and "“Go home!” The mayor said nothing." starts a new sentence.
  const end = /[.!?]\s*$/u.exec(p.paragraphText.slice(q.charStart, q.charEnd))?.[0][0];
  const closedSentence = end === '.' || (end !== undefined && DETERMINERS.has(tokens[after]?.lower) && isCapitalized(tokens[after].surface));
  const ownContent = (c: Clause): boolean => c.side === 'before' && !c.cueVerb.listener && !c.cueVerb.complements.includes('question') && tokens[c.to + 1]?.word === true;
  // ("even as Mayor Smith claimed that “the budget is fine,” an auditor said …": a quotation opened right after the "that"
  // of an earlier cue is that cue's content, whoever speaks after it.)
  if (post && lowerAt(tokens, openTok - 1) === 'that') {
    const inSentence = (p.sentenceClauses[sentenceOfToken(p, openTok)] ?? []).map((k) => clauses[k]).filter((c) => c.to < openTok && c.cueAt < openTok - 1);
    const earlier = inSentence.at(-1);
    if (earlier && earlier !== post) return { clause: earlier, rule: 'cue-earlier-in-sentence' };
  }
  // ("“…” Asked if it had appeared …, Trump replied": nor to a question put to the next speaker.)
  if (post && !(closedSentence && (ownContent(post) || post.foundBy === 'unnamed-asker')) && !(end !== undefined && pointsForward(p, post, openTok))) return { clause: post, rule: 'cue-after-quote' };
  // Before it: Zelensky said earlier Saturday that “…  / X told Reuters: “…  (this sentence or the one before)
  const openSentence = sentenceOfToken(p, openTok);
  let pre: Clause | null = null;
  let sameSentence: Clause | null = null;
  for (const s of [openSentence - 1, openSentence]) {
    for (const k of p.sentenceClauses[s] ?? []) {
      const c = clauses[k];
      // (A clause inside brackets closed before the quotation speaks only within them: "… for removal (44 percent of
      // Americans say …), but also shows that … “…”" is the poll's.)
      if (bracketClosesBetween(tokens, c.to, openTok)) continue;
      if (c.to < openTok && openTok - c.to <= 8 && looseGap(tokens, c.to + 1, openTok, 4)) pre = c;
      if (s === openSentence && c.to < openTok) sameSentence = c;
    }
  }
  if (pre) return { clause: pre, rule: 'cue-before-quote' };
  // "X said in a statement. “…”": a sentence that is only an attribution (its speaker first, nothing reported before
  // or after its cue) announces the quotation that opens the next sentence, as a colon would.
  const [sa, sb] = p.sentenceTokens[openSentence - 1] ?? [0, -1];
  if (openTok > 0 && tokens[openTok - 1].surface === '.' && sb >= openTok - 1 && !p.inQuote[sa]) {
    const only = p.sentenceClauses[openSentence - 1] ?? [];
    const c = only.length === 1 ? clauses[only[0]] : undefined;
    // (The subject may open with a name and its appositive: "Sam Lau, the party's spokesman said in a statement.")
    let named = sa;
    while (c && named < c.from && (tokens[named].word ? isCapitalized(tokens[named].surface) : tokens[named].surface === ',')) named++;
    if (c?.side === 'before' && c.speakerRange?.from === named && c.to >= sb - 1) return { clause: c, rule: 'cue-sentence-before-quote' };
  }
  if (sameSentence && !inFrontedPhrase(p, sameSentence, openTok)) return { clause: sameSentence, rule: 'cue-earlier-in-sentence' };
  // Later in the same sentence: “A” ... , he said.
  const closeSentence = sentenceOfToken(p, Math.min(closeTok, tokens.length - 1));
  // (Not a cue that opens a quotation of its own: "“Fresh Start” opened with a rally at which the mayor said, “…”".)
  const opensQuote = (c: Clause): boolean => /^[,:]?\s*[“"‘«]/u.test(p.paragraphText.slice(tokens[c.cueAt].charEnd).trimStart());
  // (Nor one past a dash or a semicolon, a clause of its own: "(“We have not spoken with the whistleblower”) — he now
  // assumes that no one will testify".)
  // (But a dash may open the attribution itself: "“…” – as described by FBI Director James Comey –".)
  const breaksBefore = (c: Clause): boolean => {
    for (let k = closeTok + 1; k < c.from; k++) {
      const t = tokens[k].surface;
      if ((t === '—' || t === '–' || t === ';') && !p.inQuote[k] && !(t !== ';' && /^(?:as|according)$/u.test(lowerAt(tokens, k + 1)))) return true;
    }
    return false;
  };
  for (const k of p.sentenceClauses[closeSentence] ?? []) {
    const c = clauses[k];
    if (c.from > closeTok && c.side !== 'participle' && !opensQuote(c) && !breaksBefore(c)) return { clause: c, rule: 'cue-later-in-sentence' };
  }
  return null;
}

/** Words that open a fronted subordinate clause or phrase: "When Trump suggested …, Rubio …", "In a clip that … called".
 *  Not "as": "As the Times noted, the candidate “…”" attributes what follows its comma. */
const FRONTED_OPENERS: ReadonlySet<string> = new Set('when while if after before because although though since once until in on at with from for during despite'.split(/\s+/u));

/**
 * Whether clause `c` lies in a fronted subordinate clause or phrase that ends, at a comma, before the quotation at
 * `openTok`, with the main clause's subject after that comma: "When Trump suggested …, Rubio fired back: “…”" and "In a
 * clip that Judge Mosman called “distasteful,” Santilli expressed a desire to “…”" are not Trump's or Mosman's.
 */
function inFrontedPhrase(p: Paragraph, c: Clause, openTok: number): boolean {
  const { tokens } = p;
  let sa = p.sentenceTokens[sentenceOfToken(p, c.cueAt)][0];
  if (/^(even|but|and|yet|so)$/u.test(tokens[sa]?.lower ?? '')) sa++;
  if (!FRONTED_OPENERS.has(tokens[sa]?.lower ?? '') || c.from < sa) return false;
  // The phrase ends at the sentence's first comma, after the clause ("For his part, Bush tweeted that … a “loser,” a
  // “liar”" is Bush's: its phrase ended before his clause).
  for (let k = sa; k < openTok; k++) {
    if (tokens[k].surface !== ',') continue;
    if (k <= c.to) return false;
    let next = k + 1;
    while (next < openTok && !tokens[next].word && /^[”"’]$/u.test(tokens[next].surface)) next++;
    const w = tokens[next];
    return next < openTok && w.word && (isCapitalized(w.surface) || DETERMINERS.has(w.lower) || PRONOUN_WORDS.has(w.lower));
  }
  return false;
}

const PIECE = /\S+/gu;

/**
 * The first seven words of quoted text: its space-separated pieces holding a letter or a digit. The tests on a
 * quotation ask for its words only when it has six or fewer, else only whether it has more: a long quotation is not
 * split whole.
 */
function quotedWords(inner: string): string[] {
  const words: string[] = [];
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (words.length < 7 && (m = PIECE.exec(inner)) !== null) if (/[\p{L}\p{N}]/u.test(m[0])) words.push(m[0]);
  return words;
}

/**
 * Whether a quotation no one was found to have said is a few words inside the writer's own sentence — a term, a slogan,
 * a scare quote: "“Medicare for all.”", "put yourself “out there”", "what officials call “voluntary clean-up”". Shown
 * as a quotation with no speaker, it is noise; a cry ("!", "?"), a paragraph of its own or a sentence after a
 * quotation (`followsQuote`: "“We won,” she told “Variety.” “It was wonderful.”") stays.
 */
export function writersOwnWords(paragraph: string, span: Span, followsQuote: boolean): boolean {
  const inner = paragraph.slice(span.start, span.end);
  return quotedWords(inner).length <= 6 && !/[!?]/u.test(inner) && !(followsQuote && /^\p{Lu}.*[.…]$/u.test(inner)) &&
    /[\p{L}\p{N}]/u.test(paragraph.slice(0, span.start - 1) + paragraph.slice(span.end + 1));
}

/** At most six words, each capitalised or a short function word, and no sentence break inside: "Meet the Press". */
function looksLikeTitle(inner: string, words: readonly string[] = quotedWords(inner)): boolean {
  if (words.length === 0 || words.length > 6) return false;
  const stripped = inner.replace(/[.,!?;:]+$/u, '');
  // ("60 Minutes", "20/20": a number may open a programme's name, beside a capitalised word.)
  return words.some((w) => isCapitalized(w)) && words.every((w) => isCapitalized(w) || /^\d/u.test(w) || /^(of|the|a|an|and|in|on|at|to|for|with|by|from|or|vs\.?|&)$/u.test(w)) && !/(?<!\b(?:Dr|Mr|Mrs|Ms|St|Mt|Jr|Sr))[.!?]\s/u.test(stripped);
}

/** Another title-like quoted span right before or after `q`, with only a comma, a semicolon or "and"/"or" between. */
function titleNeighbour(p: Paragraph, q: QuotedSpan): boolean {
  const k = lowerBound(p.quotedSpans, q.open, (s) => s.open);
  const listGap = (from: number, to: number): boolean => to >= from && to - from <= 8 && /^[\s,;]*(?:(?:and|or|&)\s*)?$/u.test(p.paragraphText.slice(from, to));
  const prev = p.quotedSpans[k - 1];
  const next = p.quotedSpans[k + 1];
  return (prev !== undefined && prev.close >= 0 && listGap(prev.close + 1, q.open) && looksLikeTitle(p.paragraphText.slice(prev.charStart, prev.charEnd)))
    || (next !== undefined && q.close >= 0 && listGap(q.close + 1, next.open) && looksLikeTitle(p.paragraphText.slice(next.charStart, next.charEnd)));
}

/** Small words that only a title capitalises mid-phrase. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['Of', 'To', 'The', 'In', 'On', 'At', 'For', 'With', 'And', 'A', 'An', 'It', 'Is', 'By', 'From']);

/** The word right after the closing mark is a lower-case noun: the quoted word modifies it ("the “whistleblower’s” identity"). */
function modifiesNextNoun(p: Paragraph, q: QuotedSpan): boolean {
  if (q.close < 0) return false;
  const next = tokenize(p.paragraphText, q.close + 1, Math.min(p.paragraphText.length, q.close + 30)).find((t) => t.word);
  return next !== undefined && next.charStart - q.close <= 2 && /^\p{Ll}+$/u.test(next.surface) && next.surface.length >= 3 && !FUNCTION_WORDS.has(next.lower) && !FINITE_VERBS.has(next.lower);
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'that', 'which', 'who', 'for', 'with', 'from', 'than', 'then', 'she', 'they', 'its', 'his', 'her', 'their', 'this', 'the', 'not', 'nor', 'yet']);

/** Quoted words that are names, titles, words-as-words or scare quotes rather than quotations. */
export function looksLikeNonQuote(p: Paragraph, q: QuotedSpan, attributed: boolean, followsQuote: boolean): boolean {
  const inner = p.paragraphText.slice(q.charStart, q.charEnd).trim();
  // A short sentence right after a kept quote ("“…,” said Ana Lima. “Finally.”) continues it.
  const sentence = /[.!?…]$/u.test(inner) && /^\p{Lu}/u.test(inner);
  const words = quotedWords(inner);
  if (words.length === 0) return true;
  const before = tokenize(p.paragraphText, Math.max(0, q.open - 40), q.open).filter((t) => t.word).slice(-2).map((t) => t.lower);
  // One capitalised word after "on", "in" or "told" names a show or a paper, even right after a quote: "…,” the actor
  // said on “DWTS.”", "told “Variety.”"
  if (words.length === 1 && OUTLET_LEADS.has(before[before.length - 1] ?? '') && looksLikeTitle(inner, words)) return true;
  // (So does a title after a work's noun and "of", however short: "on a previous episode of “DWTS.”", "the season of
  // “Survivor”".)
  if (before[before.length - 1] === 'of' && WORK_NOUNS.has(before[before.length - 2] ?? '') && looksLikeTitle(inner, words)) return true;
  if (followsQuote && sentence) return false;
  if (before.some((w) => NON_QUOTE_LEADS.has(w)) || before.join(' ').endsWith('known as')) return true;
  const titleCase = looksLikeTitle(inner, words);
  const lead = before[before.length - 1] ?? '';
  // A title right after a preposition, "told" or "read" is a show, a book or a campaign, even beside a cue: "told “Fox
  // and Friends”", "in an interview with “Meet the Press”", "read “The Long Winter” to the class".
  if (titleCase && words.length >= 2 && TITLE_LEADS.has(lead)) return true;
  // Titles of works are not quotations, even after a cue: one after a work's noun ("the song “Black Water”"), after
  // "including"/"like"/"such as", after "called"/"named" ("a poem called “Winter Solstice, Camelot Station”", "sets
  // called the “Master Builder Series”"), or beside another title with only a comma or "and" between them ("the
  // band's hits, including “Listen To The Music,” “Black Water” and others").
  const naming = CALLED_NAMED.has(lead) || (lead === 'the' && CALLED_NAMED.has(before[before.length - 2] ?? ''));
  // ("After hitting “Takin’ It To the Streets,” …": a function word capitalised inside the span — "It", "To", "Of" —
  // is how titles are written, never a quoted sentence.)
  if (titleCase && (EXAMPLE_OPENERS.has(lead) || WORK_NOUNS.has(lead) || naming || titleNeighbour(p, q) || words.slice(1).some((w) => TITLE_SMALL_WORDS.has(w)))) return true;
  // One word in quotation marks between a determiner and the noun it modifies is a scare quote, even beside a cue:
  // "to keep the “whistleblower’s” identity secret", "a “routine” check".
  if (words.length === 1 && DETERMINERS_THIS_THAT.has(lead) && modifiesNextNoun(p, q)) return true;
  if (attributed) return false;
  if (titleCase) return true;
  // A whole sentence in quotation marks ("We lost.") is a quotation, however short.
  if (words.length >= 2 && sentence) return false;
  if (words.length <= 2) return true;
  // A lower-case term of three words with no verb and no speaker ("there is “hot tub lung,” which …") names a thing.
  if (words.length === 3 && /^\p{Ll}/u.test(inner) && !/[.!?…]$/u.test(inner) && !words.some((w) => FINITE_VERBS.has(lowercase(w)))) return true;
  return false;
}
