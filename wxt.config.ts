import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { rootHighlights } from './src/extension/highlight-css';
import { EVERY_ELEMENT_CSS } from './src/extension/registration';
import { catalog, deferWords, TABLE_WORDS_ASSET } from './scripts/deferred-words';
import { SHORT_PROPERTIES } from './scripts/short-properties';

/**
 * `wxt build --mode e2e` makes the test build: identical, plus host access to 127.0.0.1, because a headless browser
 * cannot click "Allow" in a permission prompt, plus test hooks (src/extension/test-hooks.ts). `--mode bench` makes
 * the benchmark's build: the shipped code with that host access and nothing else, so `npm run bench` times what
 * readers run. Shipped builds ask for every site at run time.
 */
const LOCAL_HOST_ACCESS = new Set(['e2e', 'bench']);

/** The engine modules' plain word sets become `deferredWords(id)` in the extension build, its tables written one call
 *  per entry `deferredCalls(id, fns)`, and what is derived from them at load `deferredValue(kind, derive)`
 *  (scripts/deferred-words.ts). */
function deferredWordsPlugin() {
  const cat = catalog(import.meta.dirname);
  const runtime = resolve(import.meta.dirname, 'src/extension/deferred-words.ts');
  return {
    name: 'sourcelight-deferred-words',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0];
      if (!cat.byFile.has(file)) return undefined;
      // The catalog numbered the sets from the file on disk: the code handed over must be that file.
      if (code !== readFileSync(file, 'utf8')) throw new Error(`deferred words: ${file} changed during the build`);
      return deferWords(cat, file, code, runtime) ?? undefined;
    },
  };
}
/** The worker's script, minified, with the engine's own property names shortened (scripts/short-properties.ts). */
function shortPropertiesPlugin() {
  return {
    name: 'sourcelight-short-properties',
    async generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
      const { transform } = await import('esbuild');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.fileName !== 'background.js' || chunk.code === undefined) continue;
        chunk.code = (await transform(chunk.code, { minify: true, mangleProps: SHORT_PROPERTIES, charset: 'utf8' })).code;
      }
    },
  };
}
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifestVersion: 3,
  // The worker reads the engine's word lists from wordlists.bin (below) instead of carrying them as script: the
  // module that holds them in Node is swapped for one that holds none (src/engine/wordlists.packed.extension.ts).
  // Chromium builds: the highlight rules on the root element only (src/extension/highlight-css.ts says why).
  // The engine's plain word sets and its entry tables (the cue verbs, the agent acts) leave the script too: each becomes
  // an empty set or table the worker fills from table-words.json (scripts/deferred-words.ts).
  vite: ({ browser }) => ({
    resolve: { alias: [{ find: /^\.\/wordlists\.packed$/u, replacement: resolve(import.meta.dirname, 'src/engine/wordlists.packed.extension.ts') }] },
    plugins: [deferredWordsPlugin(), shortPropertiesPlugin(), ...browser === 'firefox' ? [] : [{
      name: 'sourcelight-root-highlights',
      enforce: 'pre' as const,
      transform(code: string, id: string) {
        return id.endsWith('/entrypoints/content/style.css') ? rootHighlights(code) : undefined;
      },
    }]],
  }),
  // The sources zip for add-on review needs what builds the extension, not the test corpus or scratch files.
  zip: { excludeSources: ['test/fixtures/**', '.cache/**', 'docs/screenshots/**'] },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Chromium silently leaves a suggested key unassigned when it is one of its own shortcuts
    // (CommandService::CanAutoAssign → chrome::IsChromeAccelerator): in Chromium 156 Alt+Shift+N opens a split tab
    // and Alt+Shift+P is taken too, so next/previous use Period/Comma (the > and < keys).
    commands: {
      'toggle-site': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandToggle__' },
      'next-quote': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNext__' },
      'previous-quote': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPrevious__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (desktop from 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    ...(LOCAL_HOST_ACCESS.has(mode) ? { host_permissions: ['*://127.0.0.1/*'] } : {}),
  }),
  hooks: {
    // The engine's word lists come from compromise at build time (scripts/wordlists.ts); a no-op when up to date.
    'build:before': async (wxt) => {
      const { writeWordlists } = await import('./scripts/wordlists');
      if (await writeWordlists(wxt.config.root)) wxt.logger.info('Word lists regenerated from compromise');
    },
    // The word lists, compressed, beside the scripts: written from the module build:before keeps current.
    'build:publicAssets': async (wxt, assets) => {
      const { compressWordLists, WORD_LISTS_ASSET } = await import('./scripts/wordlists');
      const { PACKED } = await import('./src/engine/wordlists.generated');
      const file = resolve(wxt.config.wxtDir, WORD_LISTS_ASSET);
      writeFileSync(file, await compressWordLists(PACKED));
      assets.push({ relativeDest: WORD_LISTS_ASSET, absoluteSrc: file });
      // The engine's plain word sets and entry tables, which the build took out of the worker's script
      // (deferredWordsPlugin).
      const tableWords = resolve(wxt.config.wxtDir, TABLE_WORDS_ASSET);
      writeFileSync(tableWords, JSON.stringify(catalog(wxt.config.root).words));
      assets.push({ relativeDest: TABLE_WORDS_ASSET, absoluteSrc: tableWords });
      // Chromium builds: the highlight rules as written, for every element, for a page that overrode the root-only
      // ones (src/extension/highlight-css.ts). A file the worker inserts by name, not 3.7 KB of string in its script.
      if (wxt.config.browser !== 'firefox') {
        const css = resolve(wxt.config.wxtDir, 'every-element.css');
        copyFileSync(resolve(wxt.config.root, 'entrypoints/content/style.css'), css);
        assets.push({ relativeDest: EVERY_ELEMENT_CSS, absoluteSrc: css });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The runtime-registered content script must not turn into install-time host access.
      const m = manifest as { host_permissions?: string[] };
      m.host_permissions = LOCAL_HOST_ACCESS.has(wxt.config.mode) ? ['*://127.0.0.1/*'] : undefined;
      if (!m.host_permissions) delete m.host_permissions;
    },
  },
});
