// Build the test variants of the extension once before the browser tests (see wxt.config.ts for what differs).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.SOURCELIGHT_SKIP_E2E_BUILD) return;
  for (const args of [['build', '--mode', 'e2e'], ['build', '-b', 'firefox', '--mode', 'e2e']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: 'inherit' });
  }
}
