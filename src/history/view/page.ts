/**
 * The Sources page: the reader's private record of sourcing, pictures first (anonymous share per site and per week,
 * most-quoted voices), then the searchable list of articles, then their data (export, import, delete everything).
 * Built with DOM calls and textContent only; every action is a native control, so the page works from the keyboard.
 */
import { plural, t } from '../../i18n';
import { totalQuotes, type HistoryRecord } from '../record';
import { bySite, byWeek, search, topVoices, totals, type ShareRow } from '../stats';
import { deleteAll, deleteRecord, exportFile, importFile, listRecords, onHistoryChanged } from '../store';
import { barChart, columnChart } from './charts';
import { wireRecordingSwitch } from './switch';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((100 * part) / whole) : 0);
const quotes = (n: number): string => plural('quoteCount', n);
const articles = (n: number): string => plural('articleCount', n);
const sites = (n: number): string => plural('siteCount', n);

function formatDate(iso: string, lang: string | undefined): string {
  return new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A table of the numbers a chart draws, in a disclosure under it. */
function numbers(doc: Document, head: string[], rows: string[][]): HTMLDetailsElement {
  const details = el(doc, 'details', 'numbers');
  details.append(el(doc, 'summary', undefined, t('chartNumbers')));
  const table = el(doc, 'table');
  const tr = el(doc, 'tr');
  for (const h of head) {
    const th = el(doc, 'th', undefined, h);
    th.scope = 'col';
    tr.append(th);
  }
  table.append(el(doc, 'thead'), el(doc, 'tbody'));
  table.tHead?.append(tr);
  for (const r of rows) {
    const row = el(doc, 'tr');
    for (const c of r) row.append(el(doc, 'td', undefined, c));
    table.tBodies[0].append(row);
  }
  details.append(table);
  return details;
}

function figure(doc: Document, id: string, title: string, chart: SVGSVGElement, table: HTMLDetailsElement): HTMLElement {
  const fig = el(doc, 'figure', 'chart-figure');
  fig.id = id;
  const caption = el(doc, 'figcaption', undefined, title);
  caption.id = `${id}-title`;
  fig.append(caption, chart, table);
  return fig;
}

function shareRows(rows: readonly ShareRow[]): string[][] {
  return rows.map((r) => [r.label, String(r.articles), String(r.quotes), String(r.anonymous), `${percent(r.anonymous, r.quotes)}%`]);
}

export function renderCharts(doc: Document, root: HTMLElement, records: readonly HistoryRecord[], now = new Date()): void {
  root.replaceChildren();
  const head = [t('colArticles'), t('colQuotes'), t('colAnonymous'), t('colShare')];
  const perSite = bySite(records);
  root.append(figure(doc, 'chart-sites', t('chartSiteTitle'),
    barChart(doc, perSite.map((s) => ({ label: s.label, value: s.quotes ? s.anonymous / s.quotes : 0, note: t('chartShareNote', percent(s.anonymous, s.quotes), quotes(s.quotes)) })), { max: 1, labelledBy: 'chart-sites-title' }),
    numbers(doc, [t('colSite'), ...head], shareRows(perSite))));
  const lang = doc.documentElement.lang || undefined;
  const weeks = byWeek(records, now).map((w) => ({ ...w, label: w.start.toLocaleDateString(lang, { month: 'short', day: 'numeric' }) }));
  root.append(figure(doc, 'chart-weeks', t('chartWeekTitle'),
    columnChart(doc, weeks.map((w) => ({ label: w.label, value: w.quotes ? w.anonymous / w.quotes : null, note: w.quotes ? `${percent(w.anonymous, w.quotes)}%` : '–' })), { labelledBy: 'chart-weeks-title' }),
    numbers(doc, [t('colWeek'), ...head], shareRows(weeks))));
  const voices = topVoices(records);
  root.append(figure(doc, 'chart-voices', t('chartVoicesTitle'),
    barChart(doc, voices.map((v) => ({ label: v.name, value: v.quotes, note: t('chartVoiceNote', quotes(v.quotes), articles(v.articles)) })), { max: Math.max(1, ...voices.map((v) => v.quotes)), labelledBy: 'chart-voices-title', className: 'chart-voices' }),
    numbers(doc, [t('colVoice'), t('colQuotes'), t('colArticles')], voices.map((v) => [v.name, String(v.quotes), String(v.articles)]))));
}

function articleItem(doc: Document, r: HistoryRecord, onDelete: (r: HistoryRecord, button: HTMLButtonElement) => void): HTMLLIElement {
  const li = el(doc, 'li', 'article');
  li.dataset.url = r.url;
  const title = el(doc, 'a', 'article-title', r.title);
  title.href = r.url;
  title.target = '_blank';
  title.rel = 'noopener noreferrer';
  const meta = el(doc, 'p', 'article-meta', `${r.site} · ${formatDate(r.date, doc.documentElement.lang || undefined)}`);
  const counts = el(doc, 'p', 'article-counts', t('articleCounts', quotes(totalQuotes(r)), r.quotes.named, r.quotes.anonymous, r.quotes.unidentified));
  const del = el(doc, 'button', 'article-delete', t('deleteArticle'));
  del.type = 'button';
  del.setAttribute('aria-label', t('deleteArticleLabel', r.title));
  del.addEventListener('click', () => onDelete(r, del));
  li.append(title, meta, counts, del);
  return li;
}

function download(doc: Document, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el(doc, 'a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wire the page; returns a function that stops listening. */
export function mountSourcesPage(doc: Document): () => void {
  const $ = <T extends HTMLElement>(id: string): T => doc.getElementById(id) as T;
  const overview = $('overview');
  const charts = $('charts');
  const list = $<HTMLUListElement>('articles');
  const query = $<HTMLInputElement>('search');
  const count = $('search-count');
  const status = $('status');
  const empty = $('empty');
  const content = $('history');
  const confirmBox = $('delete-all-confirm');
  const confirmText = $('delete-all-text');
  let records: HistoryRecord[] = [];
  let recording = false;

  const say = (text: string): void => { status.textContent = text; };

  const onDelete = (r: HistoryRecord, button: HTMLButtonElement): void => {
    // Focus moves on to the next article's button (or the search box), never lost with the removed item.
    const items = [...list.querySelectorAll<HTMLButtonElement>('.article-delete')];
    const at = items.indexOf(button);
    const nextUrl = (items[at + 1] ?? items[at - 1])?.closest('li')?.dataset.url;
    void deleteRecord(r.url).then(async () => {
      say(t('deleted', r.title));
      await refresh();
      const target = nextUrl ? list.querySelector<HTMLLIElement>(`li[data-url="${CSS.escape(nextUrl)}"] .article-delete`) : null;
      (target ?? query).focus();
    });
  };

  const renderList = (): void => {
    const shown = search(records, query.value);
    list.replaceChildren(...shown.map((r) => articleItem(doc, r, onDelete)));
    count.textContent = t('searchCount', shown.length, records.length);
  };

  const render = (): void => {
    const has = records.length > 0;
    content.hidden = !has;
    empty.hidden = has;
    empty.textContent = recording ? t('sourcesEmpty') : t('sourcesEmptyOff');
    if (!has) { confirmBox.hidden = true; return; }
    const s = totals(records);
    overview.textContent = t('sourcesOverview', articles(s.articles), sites(s.sites), quotes(s.quotes), `${percent(s.anonymous, s.quotes)}%`);
    renderCharts(doc, charts, records);
    renderList();
  };

  const refresh = async (): Promise<void> => {
    records = await listRecords();
    render();
  };

  const stopSwitch = wireRecordingSwitch($<HTMLInputElement>('recording'), (on) => { recording = on; render(); });
  query.addEventListener('input', renderList);
  query.addEventListener('keydown', (e) => { if (e.key === 'Escape' && query.value) { query.value = ''; renderList(); } });
  // "/" goes to the search box, as on most sites with a list to search.
  doc.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !(target && /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName)) && !content.hidden) {
      e.preventDefault();
      query.focus();
    }
  });

  $('export').addEventListener('click', () => {
    download(doc, `sourcelight-sources-${new Date().toISOString().slice(0, 10)}.json`, exportFile(records));
    say(t('exported', records.length));
  });
  const file = $<HTMLInputElement>('import-file');
  $('import').addEventListener('click', () => file.click());
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    void f.text().then((text) => importFile(text)).then(async ({ added, invalid }) => {
      say(t('importDone', added, invalid));
      await refresh();
    }, (e: unknown) => say(t('importFailed', e instanceof Error ? e.message : String(e))));
  });

  $('delete-all').addEventListener('click', () => {
    confirmText.textContent = t('deleteAllConfirm', records.length);
    confirmBox.hidden = false;
    $('delete-all-no').focus();
  });
  $('delete-all-no').addEventListener('click', () => { confirmBox.hidden = true; $('delete-all').focus(); });
  $('delete-all-yes').addEventListener('click', () => {
    void deleteAll().then(async () => {
      confirmBox.hidden = true;
      await refresh();
      say(t('deletedAll'));
      $<HTMLInputElement>('recording').focus();
    });
  });

  let pending: ReturnType<typeof setTimeout> | undefined;
  const stopWatch = onHistoryChanged(() => {
    // Another tab or the background changed the record: redraw once the burst is over.
    clearTimeout(pending);
    pending = setTimeout(() => void refresh(), 150);
  });
  void refresh();
  return () => { stopSwitch(); stopWatch(); clearTimeout(pending); };
}
