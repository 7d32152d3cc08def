import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isEnabledFor, MAX_SITES, normalizeSettings, originsFor, siteOf, withDefault, withSite, withoutSite } from './sites';

describe('per-site settings', () => {
  it('keys sites by hostname without www. and refuses pages extensions cannot run on', () => {
    expect(siteOf('https://www.Example.com:8443/news/a?b#c')).toBe('example.com');
    expect(siteOf('http://127.0.0.1:3000/x')).toBe('127.0.0.1');
    for (const url of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/', 'not a url', '', null]) expect(siteOf(url)).toBeNull();
  });

  it('follows the default unless a site is an exception (Dark Reader’s model)', () => {
    let s = normalizeSettings(undefined);
    expect(isEnabledFor(s, 'news.example')).toBe(true);
    s = withSite(s, 'news.example', false);
    expect(s.sites).toEqual({ 'news.example': false });
    expect(isEnabledFor(s, 'www.news.example')).toBe(false);
    // Back to the default: no longer an exception.
    expect(withSite(s, 'news.example', true).sites).toEqual({});
    s = withDefault(withSite(withSite(s, 'a.example', false), 'b.example', false), false);
    expect(s).toMatchObject({ enabledByDefault: false, sites: {} });
    expect(withoutSite(withSite(s, 'c.example', true), 'c.example').sites).toEqual({});
  });

  it('falls back to defaults for corrupted settings and drops invalid entries', () => {
    expect(normalizeSettings('garbage')).toEqual({ ...DEFAULT_SETTINGS, sites: {} });
    expect(normalizeSettings({ enabledByDefault: 'yes', sites: [1, 2] })).toEqual({ ...DEFAULT_SETTINGS, sites: {} });
    expect(normalizeSettings({ enabledByDefault: false, sites: { 'ok.example': true, 'bad host!': true, 'x.example': 'on', '<script>': false } }))
      .toMatchObject({ enabledByDefault: false, sites: { 'ok.example': true } });
    expect(normalizeSettings({ show: { direct: false, indirect: 'no' }, theme: 'neon' })).toMatchObject({ show: { direct: false, indirect: true, anonymous: true }, theme: 'standard' });
    expect(normalizeSettings({ theme: 'high-contrast' }).theme).toBe('high-contrast');
  });

  it('asks for the host and its www. twin, never a wildcard that could reach other sites', () => {
    expect(originsFor('news.example')).toEqual(['http://news.example/*', 'https://news.example/*', 'http://www.news.example/*', 'https://www.news.example/*']);
    expect(originsFor('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    // www.co.uk and www.com: the pattern covers the page and nothing under the public suffix.
    expect(originsFor(siteOf('https://www.co.uk/news') as string)).toEqual(['http://co.uk/*', 'https://co.uk/*', 'http://www.co.uk/*', 'https://www.co.uk/*']);
    expect(originsFor(siteOf('https://www.com/') as string)).toEqual(['http://www.com/*', 'https://www.com/*', 'http://www.www.com/*', 'https://www.www.com/*']);
    expect(originsFor(siteOf('http://[::1]:8080/a') as string)).toEqual(['http://[::1]/*', 'https://[::1]/*']);
    for (const url of ['https://www.co.uk/', 'https://www.com/', 'https://my_host.example.org/', 'https://github.io/']) {
      expect(originsFor(siteOf(url) as string).some((o) => o.includes('*.'))).toBe(false);
    }
  });

  it('keys odd hosts so they can be switched: trailing dots, underscores, IPv6', () => {
    expect(siteOf('https://example.com./a')).toBe('example.com');
    expect(siteOf('https://www.example.com../a')).toBe('example.com');
    expect(siteOf('https://www.com/')).toBe('www.com');
    for (const url of ['https://my_host.example.org/x', 'http://[::1]:8080/a', 'http://[2001:db8::7]/']) {
      const site = siteOf(url) as string;
      const s = withSite(normalizeSettings(undefined), site, false);
      expect(isEnabledFor(s, site), url).toBe(false);
      expect(isEnabledFor(normalizeSettings(JSON.parse(JSON.stringify(s))), site), url).toBe(false);
    }
    expect(Object.getPrototypeOf(normalizeSettings({ sites: JSON.parse('{"__proto__": true}') }).sites)).toBe(Object.prototype);
  });

  it('normalises stored settings in time linear in their size, keeping at most MAX_SITES', () => {
    const sites: Record<string, boolean> = {};
    for (let i = 0; i < 300_000; i++) sites[`site${i}.example`] = false;
    // Counted, not timed: the loop stops at the cap instead of re-counting every kept key.
    const s = normalizeSettings({ sites });
    expect(Object.keys(s.sites).length).toBe(MAX_SITES);
    expect(s.sites['site0.example']).toBe(false);
  });
});
