// Where the Debian browsers the tests drive live, and how to get them on a fresh machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
export const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);

export function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function findFirefox() {
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Install Debian's chromium and firefox-esr when they are missing and we may (root with apt-get). */
export function ensureBrowsers({ quiet = false } = {}) {
  if (findChromium() && findFirefox()) return { chromium: findChromium(), firefox: findFirefox() };
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    if (!quiet) console.log('Installing Debian browsers for the real-browser tests (apt-get install chromium firefox-esr)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'firefox-esr'], { stdio: 'inherit', env });
  }
  return { chromium: findChromium(), firefox: findFirefox() };
}
