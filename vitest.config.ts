import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'admin/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/pipeline/**/*.test.ts',
    ],
    environment: 'node',
    // One throw-away PostgreSQL cluster for the run: the store tests run on both engines.
    globalSetup: ['tests/support/vitest-postgres.ts'],
    // Let `?raw` imports of stylesheets return their text (src/lib/design-tokens.ts reads global.css).
    css: { include: [/\.css\?raw$/] },
    // The build tests run a full `astro build` of a project copy.
    testTimeout: 240_000,
  },
});
