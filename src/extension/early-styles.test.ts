import { describe, expect, it } from 'vitest';
import { sheetRegisteredWithScript } from './early-styles';

describe('sheetRegisteredWithScript: who brings the user stylesheet at document start', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', true],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0', true],
    // Firefox ESR 140 rejects `cssOrigin` in registered scripts: the script must ask for the sheet.
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', false],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36', false],
    ['', false],
  ])('%s → %s', (ua, expected) => {
    expect(sheetRegisteredWithScript(ua)).toBe(expected);
  });
});
