// npm start: build the Chrome and Firefox extensions, print who said what in the bundled sample article, say where
// the unpacked builds are, and, when a display is available, open Chromium with the extension on the sample page.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { findChromium } from './browsers.mjs';

const SAMPLE = 'test/fixtures/corpus/seed-jerusalem-talks.txt';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

console.log('Building the extension for Chrome and Firefox...');
run(npx, ['wxt', 'build']);
run(npx, ['wxt', 'build', '-b', 'firefox']);

console.log(`\nWho said what in the bundled sample article (${SAMPLE}):\n`);
run(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', SAMPLE]);

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv3');
console.log(`
Load the unpacked extension:
  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${chrome}
  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${firefox}/manifest.json
Then open a news article, click the Sourcelight button, and switch "Highlight on <site>" on.`);

const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
const chromium = findChromium();
if (!display || !chromium || process.env.CI) {
  if (!display) console.log('\n(No display here, so no browser was opened.)');
  process.exit(0);
}

// With a display: serve the sample as a page and open Chromium with the extension loaded on it.
const text = readFileSync(SAMPLE, 'utf8');
const esc = (s) => s.replace(/[&<>]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
const page = `<!doctype html><meta charset="utf-8"><title>Sourcelight sample</title><article><h1>Sample article</h1>${text.split(/\n\s*\n/u).map((p) => `<p>${esc(p.trim())}</p>`).join('')}</article>`;
const server = createServer((_, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); });
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/sample.html`;
  if (!existsSync(resolve('.output/chrome-mv3-e2e/manifest.json'))) run(npx, ['wxt', 'build', '--mode', 'e2e']);
  // The e2e build may run on 127.0.0.1 without a permission prompt, so the sample is highlighted at once.
  const ext = resolve('.output/chrome-mv3-e2e');
  console.log(`\nOpening Chromium on ${url} (close the browser to stop).`);
  const child = spawn(chromium, [`--user-data-dir=${resolve('.output/chromium-profile')}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', url], { stdio: 'ignore' });
  child.on('exit', () => server.close());
});
