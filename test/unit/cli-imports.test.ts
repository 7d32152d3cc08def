import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every module the command-line tools load, as esbuild resolves them. */
function inputsOf(entry: string): string[] {
  const out = buildSync({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  const external = Object.values(out.metafile.outputs).flatMap((o) => (o.imports ?? []).filter((i) => i.external).map((i) => i.path));
  return [...Object.keys(out.metafile.inputs), ...external];
}

describe('the command-line tools', () => {
  it.each(['src/cli/analyze.ts', 'src/cli/eval.ts'])('%s loads nothing of the browser extension API', (entry) => {
    const inputs = inputsOf(entry);
    expect(inputs.some((p) => p.includes('src/engine/'))).toBe(true);
    expect(inputs.filter((p) => /(^|\/)wxt(\/|$)|webextension-polyfill|src\/i18n\.ts$/u.test(p))).toEqual([]);
  });
});
