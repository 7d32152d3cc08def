import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeScreenshots } from '../../scripts/screenshots';

describe('npm run screenshots', () => {
  it('captures the highlighted article and the popup as PNG files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-shots-'));
    const files = await takeScreenshots(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['article.png', 'popup.png']);
    for (const f of files) {
      const png = readFileSync(f);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(20_000);
      // Width and height from the IHDR chunk.
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect([w, h]).toEqual(f.endsWith('popup.png') ? [400, 600] : [900, 620]);
    }
  });
});
