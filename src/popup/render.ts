/**
 * The popup's who-said-what view, built with DOM calls and textContent only: page text can never become markup.
 */
import type { Quote, Report } from '../engine/types';
import { displayText, groupBySource, summarizeReport, summaryLine } from '../report/group';

export const TRUNCATE_AT = 180;

export interface RenderHandlers {
  reveal(quoteId: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderMessage(doc: Document, root: HTMLElement, kind: 'analysing' | 'empty' | 'unsupported' | 'off' | 'error', text: string): void {
  root.replaceChildren();
  const box = el(doc, 'div', `state state-${kind}`);
  box.setAttribute('data-state', kind);
  if (kind === 'analysing') box.append(el(doc, 'span', 'spinner'));
  box.append(el(doc, 'p', 'state-text', text));
  root.append(box);
  root.setAttribute('aria-busy', kind === 'analysing' ? 'true' : 'false');
}

function quoteItem(doc: Document, q: Quote, handlers: RenderHandlers): HTMLLIElement {
  const li = el(doc, 'li', `quote quote-${q.kind}`);
  li.setAttribute('data-quote-id', q.id);
  const button = el(doc, 'button', 'quote-jump');
  button.type = 'button';
  const kindLabel = q.kind === 'direct' ? 'Direct quote' : 'Reported speech';
  const badge = el(doc, 'span', `kind kind-${q.kind}`, q.kind === 'direct' ? 'quote' : 'reported');
  badge.setAttribute('aria-hidden', 'true');
  const full = displayText(q.text);
  const long = full.length > TRUNCATE_AT;
  const text = el(doc, 'span', 'quote-text', long ? `${full.slice(0, TRUNCATE_AT - 1).trimEnd()}…` : full);
  button.setAttribute('aria-label', `${kindLabel}: ${long ? full.slice(0, TRUNCATE_AT) : full}. Show on the page.`);
  button.append(badge, text);
  button.addEventListener('click', () => handlers.reveal(q.id));
  li.append(button);
  if (long) {
    const more = el(doc, 'button', 'more', 'Show all');
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.addEventListener('click', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      text.textContent = open ? full : `${full.slice(0, TRUNCATE_AT - 1).trimEnd()}…`;
      more.textContent = open ? 'Show less' : 'Show all';
      more.setAttribute('aria-expanded', String(open));
    });
    li.append(more);
  }
  return li;
}

export function renderReport(doc: Document, root: HTMLElement, report: Report, handlers: RenderHandlers, capped: boolean): void {
  root.replaceChildren();
  root.setAttribute('aria-busy', 'false');
  const summary = summarizeReport(report);
  if (summary.quotes === 0) {
    renderMessage(doc, root, 'empty', 'No quotes or reported speech found on this page.');
    return;
  }
  const head = el(doc, 'p', 'summary', summaryLine(summary));
  head.id = 'summary';
  root.append(head);
  if (capped) root.append(el(doc, 'p', 'capped', 'This page is very long: only its first part was analysed.'));
  const legend = el(doc, 'p', 'legend');
  legend.append(el(doc, 'span', 'key key-direct', 'direct quote'), el(doc, 'span', 'key key-indirect', 'reported speech'), el(doc, 'span', 'key key-anonymous', 'anonymous source'));
  root.append(legend);

  const groups = groupBySource(report);
  const sections: Array<{ title: string; cls: string; groups: typeof groups }> = [
    { title: 'Named sources', cls: 'named', groups: groups.filter((g) => g.source && !g.source.anonymous) },
    { title: 'Anonymous sources', cls: 'anonymous', groups: groups.filter((g) => g.source?.anonymous) },
    { title: 'Speaker not identified', cls: 'unknown', groups: groups.filter((g) => !g.source) },
  ];
  for (const section of sections) {
    if (!section.groups.length) continue;
    const sec = el(doc, 'section', `group group-${section.cls}`);
    sec.setAttribute('aria-label', section.title);
    sec.append(el(doc, 'h2', 'group-title', section.title));
    const list = el(doc, 'ul', 'sources');
    for (const g of section.groups) {
      const item = el(doc, 'li', `source${g.source?.anonymous ? ' source-anonymous' : ''}`);
      if (g.source) {
        const name = el(doc, 'h3', 'source-name');
        if (g.source.anonymous) name.append(el(doc, 'span', 'anon-flag', 'anonymous'));
        name.append(el(doc, 'span', 'name', g.source.name));
        const n = g.quotes.length;
        name.append(el(doc, 'span', 'count', `${n} ${n === 1 ? 'quote' : 'quotes'}`));
        item.append(name);
        item.setAttribute('data-source-id', g.source.id);
      }
      const quotes = el(doc, 'ol', 'quotes');
      for (const q of g.quotes) quotes.append(quoteItem(doc, q, handlers));
      item.append(quotes);
      list.append(item);
    }
    sec.append(list);
    root.append(sec);
  }
}
