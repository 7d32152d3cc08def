/**
 * The popup's who-said-what view, built with DOM calls and textContent only: page text can never become markup.
 */
import type { Quote, Report } from '../engine/types';
import { plural, t } from '../i18n';
import { anonymityNotes, displayText, groupBySource, reasonLine, summarizeReport, summaryLine, type ReportSummary } from '../report/group';

export const TRUNCATE_AT = 180;

export interface RenderHandlers {
  reveal(quoteId: string): void;
}

/**
 * The sourcing summary: named against anonymous, as numbers and a bar. It describes the article; it does not grade
 * it. The bar is a <meter>, which needs no inline style and is read out by screen readers.
 */
function sourcingSummary(doc: Document, report: Report, s: ReportSummary): HTMLElement {
  const box = el(doc, 'section', 'sourcing');
  box.setAttribute('aria-labelledby', 'sourcing-title');
  const title = el(doc, 'h2', 'group-title', t('sourcingTitle'));
  title.id = 'sourcing-title';
  const named = report.sources.filter((x) => !x.anonymous && x.quoteIds.length > 0).length;
  const unattributed = report.quotes.filter((q) => q.sourceId === null).length;
  const share = el(doc, 'p', 'sourcing-share', plural('sourcingAnonymousShare', s.anonymousQuotes, plural('quoteCount', s.quotes)));
  share.id = 'sourcing-share';
  const meter = el(doc, 'meter', 'sourcing-bar');
  meter.min = 0;
  meter.max = Math.max(1, s.quotes);
  meter.value = s.anonymousQuotes;
  meter.setAttribute('aria-labelledby', 'sourcing-share');
  const list = el(doc, 'ul', 'sourcing-list');
  list.append(el(doc, 'li', 'sourcing-named', t('sourcingNamed', named, plural('quoteCount', s.namedQuotes))));
  list.append(el(doc, 'li', 'sourcing-anonymous', t('sourcingAnonymous', s.anonymousSources, plural('quoteCount', s.anonymousQuotes))));
  if (unattributed) list.append(el(doc, 'li', 'sourcing-unknown', t('sourcingUnattributed', plural('quoteCount', unattributed))));
  const reasons = reasonLine(s, t);
  if (reasons) list.append(el(doc, 'li', 'sourcing-reasons', reasons));
  box.append(title, share, meter, list);
  return box;
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
  const kindLabel = q.kind === 'direct' ? t('kindDirect') : t('kindIndirect');
  const badge = el(doc, 'span', `kind kind-${q.kind}`, q.kind === 'direct' ? t('badgeDirect') : t('badgeIndirect'));
  badge.setAttribute('aria-hidden', 'true');
  const full = displayText(q.text);
  const long = full.length > TRUNCATE_AT;
  const text = el(doc, 'span', 'quote-text', long ? `${full.slice(0, TRUNCATE_AT - 1).trimEnd()}…` : full);
  // Screen readers hear the kind, then the words shown (the accessible name contains the visible text), and the
  // action as a description.
  const spoken = el(doc, 'span', 'sr-only', `${kindLabel}: `);
  button.setAttribute('aria-describedby', 'quote-action');
  button.append(badge, spoken, text);
  button.addEventListener('click', () => handlers.reveal(q.id));
  li.append(button);
  if (long) {
    const more = el(doc, 'button', 'more', t('showAll'));
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.addEventListener('click', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      text.textContent = open ? full : `${full.slice(0, TRUNCATE_AT - 1).trimEnd()}…`;
      more.textContent = open ? t('showLess') : t('showAll');
      more.setAttribute('aria-expanded', String(open));
    });
    li.append(more);
  }
  return li;
}

/** Said when no article was found on the page, so its readable paragraphs were analysed instead. */
function wholePageNote(doc: Document): HTMLElement {
  const note = el(doc, 'p', 'whole-page', t('noArticle'));
  note.setAttribute('data-note', 'whole-page');
  return note;
}

export function renderReport(doc: Document, root: HTMLElement, report: Report, handlers: RenderHandlers, capped: boolean, wholePage = false): void {
  root.replaceChildren();
  root.setAttribute('aria-busy', 'false');
  const action = el(doc, 'span', 'sr-only', t('showOnPageHint'));
  action.id = 'quote-action';
  root.append(action);
  const summary = summarizeReport(report);
  if (summary.quotes === 0) {
    action.remove();
    renderMessage(doc, root, 'empty', t('stateEmpty'));
    if (wholePage) root.append(wholePageNote(doc));
    return;
  }
  const head = el(doc, 'p', 'summary', summaryLine(summary, t));
  head.id = 'summary';
  root.append(head);
  if (capped) root.append(el(doc, 'p', 'capped', t('capped')));
  if (wholePage) root.append(wholePageNote(doc));
  root.append(sourcingSummary(doc, report, summary));
  const legend = el(doc, 'p', 'legend');
  legend.append(el(doc, 'span', 'key key-direct', t('legendDirect')), el(doc, 'span', 'key key-indirect', t('legendIndirect')), el(doc, 'span', 'key key-anonymous', t('legendAnonymous')));
  root.append(legend);

  const groups = groupBySource(report);
  const sections: Array<{ title: string; cls: string; groups: typeof groups }> = [
    { title: t('groupNamed'), cls: 'named', groups: groups.filter((g) => g.source && !g.source.anonymous) },
    { title: t('groupAnonymous'), cls: 'anonymous', groups: groups.filter((g) => g.source?.anonymous) },
    { title: t('groupUnknown'), cls: 'unknown', groups: groups.filter((g) => !g.source) },
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
        if (g.source.anonymous) name.append(el(doc, 'span', 'anon-flag', t('anonymousFlag')));
        name.append(el(doc, 'span', 'name', g.source.name));
        const n = g.quotes.length;
        name.append(el(doc, 'span', 'count', plural('quoteCount', n)));
        item.append(name);
        // What the article says about an anonymous source: why it is unnamed, and what vouches for it.
        for (const note of anonymityNotes(g.source, t)) item.append(el(doc, 'p', 'anon-note', note));
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
