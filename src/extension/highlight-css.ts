/**
 * The highlight stylesheet's `::highlight()` rules, written for every element (entrypoints/content/style.css), are
 * narrowed to the root element in Chromium builds (wxt.config.ts).
 *
 * Why: with a rule that matches every element, Chromium 156 resolves a highlight style for each element of the page
 * at every style recalculation, whether anything is highlighted or not. On a page of 100,000 `<span>` words, a full
 * restyle took a median of 1,201 ms with the shipped sheet in place against 443 ms with none, and 436 ms with the same
 * rules on `:root` only (7 interleaved rounds in one page, load average 5–10). Chromium ships CSS highlight
 * inheritance (css-pseudo-4): an element's highlight pseudo takes every property it is not given (background-color and
 * text-decoration included, inherited or not) from its parent's, so rules on the root paint every descendant.
 *
 * What it costs: a page's own rule on a descendant (`p::highlight(sourcelight-direct) { … }`) now wins there, as the
 * user sheet's `!important` applies to the root only. The highlighter checks the painted text's highlight styles
 * after each paint (src/dom/highlight.ts) and, when a page overrode them, asks for the sheet written for every element
 * (`insertStyles` with `everyElement`): a hostile page pays the slow restyle, other pages do not.
 *
 * Firefox ESR 153 does not inherit highlight styles (a `:root::highlight()` rule painted nothing below the root), so
 * its builds keep the rules as written.
 */
export function rootHighlights(css: string): string {
  // A `::highlight(` that starts a selector: at the start, after a comma, a brace or white space.
  return css.replace(/(^|[\s,{}])::highlight\(/gu, '$1:root::highlight(');
}
