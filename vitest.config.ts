import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some files run `astro sync`/`astro build` on fixtures, which share the project's .astro/ folder.
    fileParallelism: false,
  },
});
