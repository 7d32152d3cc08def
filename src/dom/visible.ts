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

type CheckVisibility = (this: Element, options: Record<string, boolean>) => boolean;
/** Captured from the prototype (a page's form field named `checkVisibility` cannot shadow it); absent in a Node DOM. */
const checkVisibility = (globalThis as { Element?: typeof Element }).Element?.prototype.checkVisibility as CheckVisibility | undefined;
/** Both spellings: browsers that shipped the method before the `…Property` names know the older ones. */
const CHECK_ALL = { opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true };

export function renderedCheck(win: Window): (el: Element) => boolean {
  const doc = win.document;
  return (el) => {
    // Every computed-style property read costs (a page has hundreds to thousands of elements, each asked once):
    // one native call rules out display none/contents, opacity 0 and visibility other than visible at once, so the
    // common element needs no read of those four. When it says no, the full checks below decide, as before.
    const shown = checkVisibility?.call(el, CHECK_ALL) === true;
    const style = win.getComputedStyle(el);
    if (!shown) {
      const display = style.display;
      if (display === 'none') return false;
      if (display === 'contents') return true;
      if (Number(style.opacity) === 0) return false;
    }
    // Inherited: a child may set them back, so only an element whose own text they hide is left out.
    if (!shown) {
      const visibility = style.visibility;
      if ((visibility === 'hidden' || visibility === 'collapse' || parseFloat(style.fontSize) < 1) && hasOwnText(el)) return false;
    } else if (parseFloat(style.fontSize) < 1 && hasOwnText(el)) return false;
    const position = style.position;
    const positioned = position === 'absolute' || position === 'fixed';
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
