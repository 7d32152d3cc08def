/**
 * The per-site summary of a research run: articles, quotes, the share resting on anonymous sources, and the most-quoted
 * voices. Memory stays bounded however many files pass: sites beyond a cap are pooled, and each site's voices are
 * counted with the Space-Saving algorithm (Metwally, Agrawal and El Abbadi, 2005), exact while a site has no more
 * distinct voices than the counter's capacity and a close estimate for the top ones beyond it.
 */

/** The k most frequent keys of a stream in bounded memory (Space-Saving). */
export class TopCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly capacity: number) {}

  add(key: string, n = 1): void {
    const have = this.counts.get(key);
    if (have !== undefined) { this.counts.set(key, have + n); return; }
    if (this.counts.size < this.capacity) { this.counts.set(key, n); return; }
    // Full: the least counted key gives way, and the newcomer inherits its count (an upper bound on its own).
    let minKey = '';
    let min = Infinity;
    for (const [k, c] of this.counts) if (c < min) { min = c; minKey = k; }
    this.counts.delete(minKey);
    this.counts.set(key, min + n);
  }

  top(k: number): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, k);
  }

  get size(): number {
    return this.counts.size;
  }
}

/** What one analysed article adds to the summary. */
export interface ArticleStats {
  site: string;
  quotes: number;
  anonymousQuotes: number;
  /** Named sources and their quote counts in this article. */
  voices: Array<[string, number]>;
}

export interface SiteRow {
  site: string;
  articles: number;
  quotes: number;
  anonymousQuotes: number;
  topVoices: Array<[string, number]>;
}

interface SiteTally {
  articles: number;
  quotes: number;
  anonymousQuotes: number;
  voices: TopCounter;
}

export const OTHER_SITES = '(other sites)';

export class SiteSummary {
  private readonly sites = new Map<string, SiteTally>();
  private readonly all: SiteTally;

  constructor(private readonly maxSites = 500, private readonly voiceCapacity = 200) {
    this.all = this.tally();
  }

  private tally(): SiteTally {
    return { articles: 0, quotes: 0, anonymousQuotes: 0, voices: new TopCounter(this.voiceCapacity) };
  }

  add(stats: ArticleStats): void {
    const key = this.sites.has(stats.site) || this.sites.size < this.maxSites ? stats.site : OTHER_SITES;
    let t = this.sites.get(key);
    if (!t) { t = this.tally(); this.sites.set(key, t); }
    for (const target of [t, this.all]) {
      target.articles++;
      target.quotes += stats.quotes;
      target.anonymousQuotes += stats.anonymousQuotes;
      for (const [voice, n] of stats.voices) target.voices.add(voice, n);
    }
  }

  /** Sites by number of articles, most first (pooled sites after them); the total apart. */
  rows(topVoices = 3): { sites: SiteRow[]; total: SiteRow } {
    const row = (site: string, t: SiteTally): SiteRow => ({ site, articles: t.articles, quotes: t.quotes, anonymousQuotes: t.anonymousQuotes, topVoices: t.voices.top(topVoices) });
    // The pooled sites come last, whatever their count.
    const sites = [...this.sites].map(([site, t]) => row(site, t))
      .sort((a, b) => Number(a.site === OTHER_SITES) - Number(b.site === OTHER_SITES) || b.articles - a.articles || a.site.localeCompare(b.site));
    return { sites, total: row('all sites', this.all) };
  }
}

function share(r: SiteRow): string {
  return r.quotes ? `${((100 * r.anonymousQuotes) / r.quotes).toFixed(1)}%` : '—';
}

/** The summary as a plain-text table. */
export function formatSummary(summary: SiteSummary, topVoices = 3): string {
  const { sites, total } = summary.rows(topVoices);
  const rows = [...sites, total];
  const width = Math.min(40, Math.max(4, ...rows.map((r) => r.site.length)));
  const cut = (s: string): string => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  const lines = [`${'site'.padEnd(width)}  articles   quotes  anonymous  top voices (quotes)`];
  for (const r of rows) {
    const voices = r.topVoices.map(([v, n]) => `${v} (${n})`).join(', ');
    lines.push(`${cut(r.site).padEnd(width)}  ${String(r.articles).padStart(8)}  ${String(r.quotes).padStart(7)}  ${share(r).padStart(9)}  ${voices}`);
  }
  return lines.join('\n');
}
