/**
 * The "who said it" tooltip. It lives in a closed shadow root so page CSS cannot restyle or read it; its styles come
 * from stylesheets (adopted, or a <style> inside the shadow root where adopting is refused), never inline
 * attributes, and its text is set with textContent only.
 */

import { t } from '../i18n';

const TAG = 'sourcelight-tooltip';

const BASE_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; max-width: min(22rem, 90vw); }
:host([hidden]) { display: none; }
.tip { font: 500 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; background: #1f2430;
  border: 1px solid #4b5263; border-radius: 6px; padding: 6px 9px; box-shadow: 0 4px 14px rgba(0,0,0,.3);
  overflow-wrap: anywhere; unicode-bidi: plaintext; }
.kind { display: block; font-size: 11px; font-weight: 600; letter-spacing: .02em; opacity: .8; margin-bottom: 2px; text-transform: uppercase; }
.anon { color: #ffd166; }
.detail { display: block; font-weight: 400; font-size: 12px; opacity: .85; margin-top: 2px; }
.detail[hidden] { display: none; }
@media (prefers-color-scheme: light) { .tip { color: #111; background: #fff; border-color: #c8ccd4; box-shadow: 0 4px 14px rgba(0,0,0,.18); } .anon { color: #8a4b00; } }
`;

export interface TooltipContent {
  kind: string;
  speaker: string;
  anonymous: boolean;
  /** Anonymous sources: why unnamed, what vouches for it (src/report/group.ts `anonymityNotes`). */
  detail?: string;
}

export class Tooltip {
  private host: HTMLElement | null = null;
  private label: HTMLElement | null = null;
  private who: HTMLElement | null = null;
  private detail: HTMLElement | null = null;
  private position: { set(css: string): void } | null = null;

  constructor(private readonly doc: Document) {}

  private mount(): void {
    if (this.host) return;
    const host = this.doc.createElement(TAG);
    host.hidden = true;
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
    this.position = attachStyles(this.doc, root, BASE_CSS);
    this.doc.documentElement.append(host);
    this.host = host;
    this.label = label;
    this.who = who;
    this.detail = detail;
  }

  show(content: TooltipContent, anchor: DOMRect): void {
    this.mount();
    if (!this.host || !this.label || !this.who || !this.position) return;
    this.label.textContent = content.kind;
    this.who.textContent = content.anonymous ? t('anonymousSpeaker', content.speaker) : content.speaker;
    this.who.className = content.anonymous ? 'anon' : '';
    if (this.detail) { this.detail.textContent = content.detail ?? ''; this.detail.hidden = !content.detail; }
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const left = Math.max(8, Math.min(anchor.left, width - 300));
    const above = anchor.top > 60;
    const top = above ? anchor.top - 8 : anchor.bottom + 8;
    this.position.set(`:host { left: ${Math.round(left)}px; top: ${Math.round(top)}px; ${above ? 'transform: translateY(-100%);' : ''} }`);
    this.host.hidden = false;
  }

  hide(): void {
    if (this.host) this.host.hidden = true;
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
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
