/**
 * The packed word lists as this build carries them. In Node (the command-line tools, the tests) that is the generated
 * module itself. The extension's build swaps this module for wordlists.packed.extension.ts (wxt.config.ts), which
 * carries none: the worker reads the same lists from the compressed `wordlists.bin` with `loadWordLists`.
 */
export { PACKED as BUNDLED_WORD_LISTS } from './wordlists.generated';
