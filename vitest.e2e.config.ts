import { defineConfig } from 'vitest/config';

/** Browser journeys: the real server (embedded database) and Debian's chromium through playwright-core. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // What a page shows after a click may take a moment on a loaded machine: polls wait up to 15 s, not 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
