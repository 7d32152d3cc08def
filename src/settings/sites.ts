/**
 * The per-site model (Dark Reader's): a global default plus a list of sites that differ from it.
 * Whatever is read from storage is validated; corrupted or missing settings fall back to defaults.
 */

export type Category = 'direct' | 'indirect' | 'anonymous';
export type Theme = 'standard' | 'high-contrast';

export interface Settings {
  /** Highlight on sites that are not in `sites`. */
  enabledByDefault: boolean;
  /** Exceptions: hostname → highlight on (true) or off (false). */
  sites: Record<string, boolean>;
  /** Which kinds are highlighted on the page. */
  show: Record<Category, boolean>;
  /** Highlight colours: the standard palette or a high-contrast one. */
  theme: Theme;
}

export const CATEGORIES: readonly Category[] = ['direct', 'indirect', 'anonymous'];
export const THEMES: readonly Theme[] = ['standard', 'high-contrast'];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabledByDefault: true,
  sites: Object.freeze({}) as Record<string, boolean>,
  show: Object.freeze({ direct: true, indirect: true, anonymous: true }) as Record<Category, boolean>,
  theme: 'standard',
}) as Settings;

/** At most this many site exceptions are kept (storage.sync items are limited to 8 KB). */
export const MAX_SITES = 200;

/** Host names (underscores included: browsers load them) and bracketed IPv6 addresses, as URL.hostname gives them. */
const HOST = /^(?:[a-z0-9_.-]{1,253}|\[[0-9a-f:.]{2,45}\])$/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/u;

/**
 * A hostname the way settings key it: lower case, without the trailing dot of a fully qualified name
 * ("example.com." is example.com), and without a leading "www." when something with a dot remains (www.com stays
 * www.com: "com" is not a site).
 */
export function siteKey(hostname: string): string {
  const host = hostname.trim().toLowerCase().replace(/\.+$/u, '');
  const rest = host.startsWith('www.') ? host.slice(4) : '';
  return rest.includes('.') && !IPV4.test(rest) ? rest : host;
}

/** The site of a URL, or null for pages Sourcelight does not run on (browser pages, stores, files). */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (isStore(u.hostname)) return null;
  // Sites are hosts; the port is not part of a reader's idea of a site.
  return siteKey(u.hostname);
}

/** Extension stores refuse content scripts. */
export function isStore(hostname: string): boolean {
  return /(^|\.)chromewebstore\.google\.com$|^chrome\.google\.com$|^addons\.mozilla\.org$|^microsoftedge\.microsoft\.com$/u.test(hostname);
}

export function normalizeSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS, sites: {}, show: { ...DEFAULT_SETTINGS.show } };
  const r = raw as Record<string, unknown>;
  const enabledByDefault = typeof r.enabledByDefault === 'boolean' ? r.enabledByDefault : DEFAULT_SETTINGS.enabledByDefault;
  const rawShow = r.show && typeof r.show === 'object' ? (r.show as Record<string, unknown>) : {};
  const show = Object.fromEntries(CATEGORIES.map((c) => [c, typeof rawShow[c] === 'boolean' ? rawShow[c] : true])) as Record<Category, boolean>;
  const theme: Theme = THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : 'standard';
  const sites: Record<string, boolean> = {};
  if (r.sites && typeof r.sites === 'object' && !Array.isArray(r.sites)) {
    // Linear in what is stored, and done after MAX_SITES valid entries (300,000 stored entries once took seconds).
    let kept = 0;
    for (const host in r.sites as Record<string, unknown>) {
      if (kept >= MAX_SITES) break;
      if (!Object.hasOwn(r.sites, host)) continue;
      const on = (r.sites as Record<string, unknown>)[host];
      const key = siteKey(host);
      if (typeof on !== 'boolean' || !HOST.test(key) || key === '__proto__') continue;
      if (!(key in sites)) kept++;
      sites[key] = on;
    }
  }
  return { enabledByDefault, sites, show, theme };
}

export function isEnabledFor(settings: Settings, site: string): boolean {
  const v = settings.sites[siteKey(site)];
  return typeof v === 'boolean' ? v : settings.enabledByDefault;
}

/** Turn a site on or off; an exception equal to the default is dropped so the list stays short. */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const sites = { ...settings.sites };
  const key = siteKey(site);
  if (on === settings.enabledByDefault) delete sites[key];
  else sites[key] = on;
  return normalizeSettings({ ...settings, sites });
}

export function withoutSite(settings: Settings, site: string): Settings {
  const sites = { ...settings.sites };
  delete sites[siteKey(site)];
  return { ...settings, sites };
}

export function withDefault(settings: Settings, enabledByDefault: boolean): Settings {
  // Exceptions that now equal the default are no longer exceptions.
  const sites = Object.fromEntries(Object.entries(settings.sites).filter(([, on]) => on !== enabledByDefault));
  return { ...settings, enabledByDefault, sites };
}

/**
 * Origin patterns for a site's host permission: the host itself and its "www." twin, never a wildcard. A pattern
 * such as *.co.uk (asked for www.co.uk) or *.github.io would reach every other site under a public suffix; exact
 * hosts cover the page without a public-suffix list, and each subdomain is a site of its own in the settings anyway.
 * The schemes are named, http and https: Firefox reads `*://` as ws:// and wss:// too, which fall outside the
 * declared optional http/https permissions, and refuses the request.
 */
export function originsFor(site: string): string[] {
  const host = siteKey(site);
  const named = host.includes('.') && !IPV4.test(host) && !host.startsWith('[');
  return (named ? [host, `www.${host}`] : [host]).flatMap((h) => [`http://${h}/*`, `https://${h}/*`]);
}

/** Every web page, for readers who choose "all sites". */
export const ALL_SITES = ['http://*/*', 'https://*/*'];
