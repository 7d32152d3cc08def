/**
 * UI strings come from WXT/WebExtension i18n messages (`public/_locales/<lang>/messages.json`, English shipped).
 * Outside an extension (unit tests) the English file is the fallback, so nothing shows a bare key.
 */
import { browser } from 'wxt/browser';
import { englishText, plural as pluralOf, type MessageKey, type PluralKey, type Translate } from './messages';

export type { MessageKey, PluralKey } from './messages';

/**
 * An extension build (WXT names the entrypoint at build time) always has its messages through `browser.i18n`, so the
 * English file is referenced only where there is none: bundling it would put 14 KB of strings nobody reads into the
 * content script, which every page parses. (The command-line tools read English through src/messages.ts.)
 */
const fallback: Translate = import.meta.env.ENTRYPOINT ? () => '' : englishText;

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  try {
    // WXT types getMessage with the keys it generated; the key set here is the same file's.
    const getMessage = browser.i18n?.getMessage as ((k: string, s?: string[]) => string) | undefined;
    const m = getMessage?.(key, strings);
    if (m) return m;
  } catch {
    // Not in an extension context.
  }
  return fallback(key, ...strings);
}

/** A count in the UI language's plural form ("1 quote", "2 quotes"): see `plural` in src/messages.ts. */
export function plural(key: PluralKey, count: number, ...subs: Array<string | number>): string {
  return pluralOf(t, key, count, ...subs);
}

/** Fill every element carrying data-i18n (text) or data-i18n-label (aria-label) in a static page. */
export function localizePage(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n-label]'))) el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  const title = doc.querySelector('title[data-i18n]');
  if (title) doc.title = title.textContent ?? doc.title;
}
