/**
 * The extension build's stand-in for wordlists.packed.ts (wxt.config.ts swaps it in): no word lists in the script.
 * The background reads them from `wordlists.bin` (written at build by scripts/wordlists.ts, deflate-raw) through
 * `loadWordLists`, which the platform's DecompressionStream decodes: 31 KB of data, not 47 KB of script to parse.
 */
export const BUNDLED_WORD_LISTS = null;
