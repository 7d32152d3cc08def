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

/** English for `key`, or '' for a key English does not have (a plural form only some languages use). */
export const englishText: Translate = (key, ...subs) => {
  const entry = (english as Record<string, { message: string } | undefined>)[key];
  return entry ? substitute(entry.message, subs.map(String)) : '';
};

/** Message keys that come in plural forms: `<key>_one`, `<key>_other`, and whatever other forms a language needs. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * A message about a number, in the form the strings' language needs for it: `Intl.PluralRules` (for the language each
 * messages.json names in `pluralLocale`) picks `<key>_one`, `_two`, `_few`, `_many`, `_zero` or `_other`, and a form
 * the strings lack falls back to `<key>_other`. `$1` is the number; `subs` fill `$2` on.
 */
export function plural(t: Translate, key: PluralKey, count: number, ...subs: Array<string | number>): string {
  const form = `${key}_${pluralRules(t('pluralLocale') || 'en').select(count)}` as MessageKey;
  return t(form, count, ...subs) || t(`${key}_other` as MessageKey, count, ...subs);
}
