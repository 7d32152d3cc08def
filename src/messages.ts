/**
 * The UI strings in English, without the browser: `public/_locales/en/messages.json` read as a plain lookup. The
 * command-line tools use it directly; the extension's `t` (src/i18n.ts) falls back to it outside an extension.
 */
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** A string lookup: the extension's localised `t`, or `englishText` in Node. */
export type Translate = (key: MessageKey, ...subs: Array<string | number>) => string;

/** Fill `$1`, `$2`… the way WebExtension i18n does. */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export const englishText: Translate = (key, ...subs) => substitute(english[key].message, subs.map(String));
