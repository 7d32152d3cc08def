import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint configuration is what keeps page text from ever becoming markup or code. */
describe('lint rules against HTML injection and code evaluation', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const cases: Array<[string, string]> = [
    ['innerHTML', 'export function f(el: Element, s: string): void { el.innerHTML = s; }'],
    ['outerHTML', 'export function f(el: Element, s: string): void { el.outerHTML = s; }'],
    ['insertAdjacentHTML', "export function f(el: Element, s: string): void { el.insertAdjacentHTML('beforeend', s); }"],
    ['document.write', 'export function f(s: string): void { document.write(s); }'],
    ['eval', 'export function f(s: string): unknown { return eval(s); }'],
    ['new Function', "export function f(s: string): unknown { return new Function('x', s); }"],
  ];
  for (const [name, code] of cases) {
    it(`refuses ${name}`, async () => {
      const [result] = await eslint.lintText(code, { filePath: 'src/dom/example.ts' });
      expect(result.errorCount, name).toBeGreaterThan(0);
    });
  }

  it('accepts text rendered with textContent', async () => {
    const [result] = await eslint.lintText('export function f(el: Element, s: string): void { el.textContent = s; }\n', { filePath: 'src/dom/example.ts' });
    expect(result.messages).toEqual([]);
  });
});
