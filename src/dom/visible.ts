/**
 * Only rendered text is the article. Text a reader cannot see (display:none, visibility:hidden, opacity 0, zero font
 * size, clipped to nothing, or placed off the page) must not change who is said to have said what: a page could
 * otherwise show "said Anna Visible" while the popup names someone else.
 *
 * `isRendered` is asked once per element, top-down, by the article reader, which skips the subtree of an element
 * that is not rendered. Computed styles are cheap once the page's style is up to date; boxes are measured only for
 * positioned or clipped elements, where off-screen and zero-size tricks live.
 */
import { childrenOf, isText } from './safe-dom';

/** Has the element text of its own (not only in child elements)? */
function hasOwnText(el: Element): boolean {
  const children = childrenOf(el);
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (isText(c) && /[\p{L}\p{N}]/u.test(c.data)) return true;
  }
  return false;
}

export function renderedCheck(win: Window): (el: Element) => boolean {
  const doc = win.document;
  return (el) => {
    const style = win.getComputedStyle(el);
    if (style.display === 'none') return false;
    if (style.display === 'contents') return true;
    if (Number(style.opacity) === 0) return false;
    // Inherited: a child may set them back, so only an element whose own text they hide is left out.
    if ((style.visibility === 'hidden' || style.visibility === 'collapse' || parseFloat(style.fontSize) < 1) && hasOwnText(el)) return false;
    const positioned = style.position === 'absolute' || style.position === 'fixed';
    const clipped = style.overflow !== 'visible' || style.clip !== 'auto' || style.clipPath !== 'none';
    if (!positioned && !clipped) return true;
    const box = el.getBoundingClientRect();
    if (clipped && (box.width < 2 || box.height < 2)) return false;
    if (positioned) {
      const view = doc.documentElement;
      const left = box.left + win.scrollX;
      const top = box.top + win.scrollY;
      if (left + box.width <= 0 || top + box.height <= 0) return false;
      if (left >= Math.max(view.scrollWidth, win.innerWidth) || top >= Math.max(view.scrollHeight, win.innerHeight)) return false;
    }
    return true;
  };
}
