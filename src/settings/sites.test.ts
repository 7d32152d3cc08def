import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isEnabledFor, normalizeSettings, originsFor, siteOf, withDefault, withSite, withoutSite } from './sites';

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

  it('asks for a site and its subdomains, but only the exact host for IP addresses', () => {
    expect(originsFor('news.example')).toEqual(['*://news.example/*', '*://*.news.example/*']);
    expect(originsFor('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });
});
