// npm test: every check, browser tests included. A missing browser is an error, never a silent skip.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './browsers.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const results = { passed: 0, failed: 0 };
const failures = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(name);
  return r.status === 0;
}

function vitest(name, config) {
  const out = join(mkdtempSync(join(tmpdir(), 'sourcelight-test-')), 'results.json');
  const ok = step(name, npx, ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  try {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    results.passed += json.numPassedTests ?? 0;
    results.failed += (json.numFailedTests ?? 0) + (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  } catch {
    results.failed += 1;
  }
  return ok;
}

const { chromium, firefox } = ensureBrowsers();
if (!chromium || !firefox) {
  console.error(`\nnpm test needs Debian's Chromium and Firefox ESR for the real-browser tests (found chromium: ${chromium ?? 'no'}, firefox: ${firefox ?? 'no'}).`);
  console.error('Install them with: sudo apt-get install -y chromium firefox-esr (or set CHROMIUM_PATH / FIREFOX_PATH).');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

step('lint', npx, ['eslint', '.']);
step('typecheck', npx, ['tsc', '--noEmit']);
vitest('unit tests', 'vitest.config.ts');
const built = step('build chrome', npx, ['wxt', 'build']) & step('build firefox', npx, ['wxt', 'build', '-b', 'firefox']);
step('web-ext lint', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--warnings-as-errors']);
if (built) vitest('browser tests', 'vitest.e2e.config.ts');
else failures.push('browser tests (not run: build failed)');

console.log(`\n${failures.length ? `Failed steps: ${failures.join(', ')}` : 'All steps passed.'}`);
console.log(`${results.passed} passed, ${results.failed + (failures.length && !results.failed ? failures.length : 0)} failed`);
process.exit(failures.length ? 1 : 0);
