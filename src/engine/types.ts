/**
 * The report contract shared by the engine, the CLI (`--json`), the content script and the popup.
 * Field names follow `spec/report.md`; `spans` and `blocks` are extra fields the extension needs to highlight.
 */

export type QuoteKind = 'direct' | 'indirect';
export type SourceKind = 'person' | 'group' | 'organization' | 'document' | 'unknown';

/** A character range inside one text block: `start` inclusive, `end` exclusive, UTF-16 offsets. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  text: string;
  speaker: string | null;
  anonymous: boolean;
  cue: string | null;
  sourceId: string | null;
  /** Where the quoted or reported words are. */
  span: Span;
  /** Reported content split by its own attribution ("The goal, he said, is a cease-fire"): the pieces, in order;
   *  `text` is the pieces joined by a space and `span` runs from the first to the last (cue included). */
  parts?: Span[];
  /** Where the cue word is, when one was found. */
  cueSpan: Span | null;
  /** Where the speaker is named (or referred to) for this quote, when written near it. */
  speakerSpan: Span | null;
  /** The named rule that found the quote (reported content, or how a direct quote found its speaker), and the rule
   *  that found its attribution clause: `npm run eval -- --verbose` prints them beside misses and false hits. */
  rule: string;
  clauseRule: string | null;
  /** A direct quote inside a reported passage of the same source: the passage's id (the same words are one entry). */
  within?: string;
}

export interface Source {
  id: string;
  name: string;
  anonymous: boolean;
  kind: SourceKind;
  mentions: string[];
  quoteIds: string[];
  /** Anonymous sources only, when the article says: why the source is unnamed ("to discuss private deliberations"). */
  reason?: string;
  /** Anonymous sources only, when the article says: what vouches for it ("familiar with the matter"). */
  access?: string;
}

export interface AnonymousMention {
  /** "m1", "m2", … in page order: stable within one report, so the page and the popup can point at a mention. */
  id: string;
  text: string;
  sourceId: string | null;
  span: Span;
}

export interface Report {
  url: string | null;
  quotes: Quote[];
  sources: Source[];
  anonymousMentions: AnonymousMention[];
  /** Set when the input was cut to the engine's size cap. */
  truncated?: boolean;
  /** Every attribution clause found, with its rule (only with `AnalyzeOptions.trace`, for evaluation). */
  clauses?: ClauseTrace[];
}

export interface ClauseTrace {
  rule: string;
  cue: string;
  /** The whole clause, speaker and cue. */
  span: Span;
}

export interface AnalyzeOptions {
  url?: string | null;
  /** Characters analysed at most; longer input is cut and the report says so. */
  maxChars?: number;
  /** Add every attribution clause to the report (`clauses`), so evaluation can say which rule missed. */
  trace?: boolean;
  /** Paragraphs longer than this are analysed in windows of whole sentences (default `WINDOW_CHARS`, windows.ts);
   *  `Infinity` analyses every paragraph whole (tests compare the two). */
  windowChars?: number;
}
