import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rootHighlights } from './highlight-css';

describe('rootHighlights', () => {
  it('puts every ::highlight() rule of the shipped sheet on the root, and nothing else', () => {
    // The rules, without the comments (which name `::highlight()` in prose).
    const css = readFileSync(new URL('../../entrypoints/content/style.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//gu, '');
    const narrowed = rootHighlights(css);
    const all = css.match(/::highlight\(/gu)?.length ?? 0;
    expect(all).toBeGreaterThan(8);
    expect(narrowed.match(/:root::highlight\(/gu)?.length).toBe(all);
    // No rule left that matches every element.
    expect(narrowed.replace(/:root::highlight\(/gu, '')).not.toContain('::highlight(');
    expect(narrowed.replace(/:root::highlight\(/gu, '::highlight(')).toBe(css);
  });

  it('keeps a selector that already names its element', () => {
    expect(rootHighlights('p::highlight(x){color:red}\n::highlight(y), ::highlight(z) {color:blue}')).toBe('p::highlight(x){color:red}\n:root::highlight(y), :root::highlight(z) {color:blue}');
  });
});
