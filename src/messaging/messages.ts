/** Typed messages between the content script, the background and the popup. */
import type { Report } from '../engine/types';

/** What the content script knows about its page. */
export type PageState =
  | { state: 'analysing' }
  | { state: 'off' }
  | {
    state: 'ready';
    report: Report;
    capped: boolean;
    blocks: number;
    title?: string;
    timing?: { extractMs: number; engineMs: number; paintMs: number };
    /** Analyses this page session has run (the first one included): re-analysis is visible, never silent. */
    analyses: number;
    /** Times the page removed or rewrote Sourcelight's highlights and they were put back. */
    repaired: number;
    /** No article-like block was found, so the page's readable paragraphs were analysed (the popup says so). */
    wholePage?: boolean;
  }
  /** `message` is plain language for the reader; the popup offers to try again. */
  | { state: 'error'; message: string };

export interface ToBackground {
  /** Content script → background: run the engine on these paragraphs. */
  analyze: { request: { blocks: string[]; url: string }; response: Report };
  /** Content script → background: a page is about to be read: start the worker and warm the engine up meanwhile. */
  warmUp: { request: Record<string, never>; response: void };
  /**
   * Content script → background: add the highlight styles to this frame as a user stylesheet, which page CSS cannot
   * override. `everyElement`: the rules written for every element, where a page overrode the root-only ones of a
   * Chromium build (src/extension/highlight-css.ts).
   */
  insertStyles: { request: { everyElement?: boolean }; response: void };
  /** Content script → background: the tab's quote count changed (badge). */
  count: { request: { count: number | null }; response: void };
  /** Popup → background: re-register content scripts after a permission change. */
  syncRegistration: { request: Record<string, never>; response: void };
}

export interface ToContent {
  /** Popup → content script: the page's state and report. */
  getState: { request: Record<string, never>; response: PageState };
  /** Popup → content script: scroll to a quote and flash it. */
  reveal: { request: { quoteId: string }; response: boolean };
  /** Popup/background → content script: highlighting switched on or off for this site. */
  setEnabled: { request: { enabled: boolean }; response: PageState };
  /** Background (keyboard command) → content script: go to the next or previous highlighted quote. */
  step: { request: { direction: 1 | -1 }; response: string | null };
}

export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;
export type Message<M> = { [K in keyof M]: { type: K; data: RequestOf<M, K> } }[keyof M];

export function isMessage<M>(value: unknown, types: ReadonlyArray<keyof M>): value is Message<M> {
  return typeof value === 'object' && value !== null && types.includes((value as { type: keyof M }).type) && 'data' in value;
}

export const BACKGROUND_TYPES: ReadonlyArray<keyof ToBackground> = ['analyze', 'warmUp', 'insertStyles', 'count', 'syncRegistration'];
export const CONTENT_TYPES: ReadonlyArray<keyof ToContent> = ['getState', 'reveal', 'setEnabled', 'step'];
