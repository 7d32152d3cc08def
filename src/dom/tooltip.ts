/**
 * The "who said it" tooltip. The page must not be able to read, restyle or rewrite it:
 * - its host is a plain `<span>`: a page can register a custom element under any name Sourcelight might choose (and
 *   reach its internals from the constructor), but never under a built-in name;
 * - everything it shows is in a closed shadow root, created from this isolated world's own `attachShadow`;
 * - every host style is `!important` inside the shadow tree, which beats the page's styles, `!important` and inline
 *   ones included (CSS Scoping: for important rules the inner tree wins), and the host's `::before`/`::after` are
 *   switched off, so page CSS cannot add text to it;
 * - its text is set with textContent only.
 * What a page can see: that a `<span>` child of `<html>` exists, and its box while it is shown.
 */
import { t } from '../i18n';

const HOST_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;
  pointer-events: none !important; width: max-content !important; max-width: min(22rem, 90vw) !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;
  clip-path: none !important; contain: layout style !important; margin: 0 !important; padding: 0 !important; }
:host::before, :host::after { content: none !important; display: none !important; }
.tip { display: none; font: 500 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; background: #1f2430;
  border: 1px solid #4b5263; border-radius: 6px; padding: 6px 9px; box-shadow: 0 4px 14px rgba(0,0,0,.3);
  overflow-wrap: anywhere; unicode-bidi: plaintext; }
.tip.open { display: block; }
.kind { display: block; font-size: 11px; font-weight: 600; letter-spacing: .02em; opacity: .8; margin-bottom: 2px; text-transform: uppercase; }
.anon { color: #ffd166; }
.detail { display: block; font-weight: 400; font-size: 12px; opacity: .85; margin-top: 2px; }
.detail[hidden] { display: none; }
@media (prefers-color-scheme: light) { .tip { color: #111; background: #fff; border-color: #c8ccd4; box-shadow: 0 4px 14px rgba(0,0,0,.18); } .anon { color: #8a4b00; } }
`;

/** Gap between the tooltip and the text it describes. */
const GAP = 6;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

export interface TooltipContent {
  kind: string;
  speaker: string;
  anonymous: boolean;
  /** Anonymous sources: why unnamed, what vouches for it (src/report/group.ts `anonymityNotes`). */
  detail?: string;
}

/** Where the tooltip points: the line box under the pointer and the block (paragraph) box around it. */
export interface TooltipAnchor {
  line: DOMRect;
  block: DOMRect;
}

/** Where a tooltip of `size` goes: beside the line in the page margin, else below the line, else above it. */
export function placeTooltip(anchor: TooltipAnchor, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const { line, block } = anchor;
  const top = Math.max(GAP, Math.min(line.top, viewport.height - size.height - GAP));
  // Beside the paragraph: covers no text of it.
  if (block.right + GAP + size.width <= viewport.width - GAP) return { left: block.right + GAP, top };
  if (block.left - GAP - size.width >= GAP) return { left: block.left - GAP - size.width, top };
  const left = Math.max(GAP, Math.min(line.left, viewport.width - size.width - GAP));
  // Below the line keeps the line itself and the one above readable; above only where there is no room below.
  if (line.bottom + GAP + size.height <= viewport.height - GAP) return { left, top: line.bottom + GAP };
  return { left, top: Math.max(GAP, line.top - GAP - size.height) };
}

export class Tooltip {
  private host: HTMLElement | null = null;
  private tip: HTMLElement | null = null;
  private label: HTMLElement | null = null;
  private who: HTMLElement | null = null;
  private detail: HTMLElement | null = null;
  private position: { set(css: string): void } | null = null;

  constructor(private readonly doc: Document) {}

  /** Only HTML documents can hold it; in an SVG or XML document the tooltip is a no-op (highlights still work). */
  get supported(): boolean {
    return this.doc.documentElement?.namespaceURI === HTML_NS;
  }

  private mount(): boolean {
    if (!this.supported) return false;
    if (!this.host) {
      const host = this.doc.createElement('span');
      const root = host.attachShadow({ mode: 'closed' });
      const tip = this.doc.createElement('div');
      tip.className = 'tip';
      tip.setAttribute('role', 'tooltip');
      const label = this.doc.createElement('span');
      label.className = 'kind';
      const who = this.doc.createElement('span');
      const detail = this.doc.createElement('span');
      detail.className = 'detail';
      tip.append(label, who, detail);
      root.append(tip);
      this.position = attachStyles(this.doc, root, HOST_CSS);
      Object.assign(this, { host, tip, label, who, detail });
    }
    // The page may have removed or moved it.
    if (this.host && this.host.parentNode !== this.doc.documentElement) this.doc.documentElement.append(this.host);
    return true;
  }

  show(content: TooltipContent, anchor: TooltipAnchor): void {
    if (!this.mount() || !this.host || !this.tip || !this.label || !this.who || !this.position) return;
    this.label.textContent = content.kind;
    this.who.textContent = content.anonymous ? t('anonymousSpeaker', content.speaker) : content.speaker;
    this.who.className = content.anonymous ? 'anon' : '';
    if (this.detail) { this.detail.textContent = content.detail ?? ''; this.detail.hidden = !content.detail; }
    this.tip.classList.add('open');
    const size = this.host.getBoundingClientRect();
    const view = this.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const { left, top } = placeTooltip(anchor, size, viewport);
    this.position.set(`:host { left: ${Math.round(left)}px !important; top: ${Math.round(top)}px !important; }`);
  }

  /** Is this the tooltip's host (so its own insertion is not a page change)? */
  owns(node: Node): boolean {
    return node === this.host;
  }

  hide(): void {
    this.tip?.classList.remove('open');
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.tip = null;
    this.label = null;
    this.who = null;
    this.detail = null;
    this.position = null;
  }
}

/** Base styles plus a replaceable positioning sheet. Returns the setter for the latter. */
function attachStyles(doc: Document, root: ShadowRoot, css: string): { set(css: string): void } {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  try {
    const Sheet = view?.CSSStyleSheet ?? CSSStyleSheet;
    const base = new Sheet();
    base.replaceSync(css);
    const pos = new Sheet();
    root.adoptedStyleSheets = [base, pos];
    return { set: (text) => pos.replaceSync(text) };
  } catch {
    const base = doc.createElement('style');
    base.textContent = css;
    const pos = doc.createElement('style');
    root.append(base, pos);
    return { set: (text) => { pos.textContent = text; } };
  }
}
