import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
