import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some files run `astro sync`/`astro build` on fixtures, which share the project's .astro/ folder.
    fileParallelism: false,
    // Those fixture builds take seconds, more on a busy machine: the default 5 s is too tight.
    testTimeout: 60_000,
  },
});
