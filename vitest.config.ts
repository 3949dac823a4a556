import { defineConfig } from 'vitest/config';

/**
 * The files that run `astro sync`/`astro build` on fixture content: each run writes the project's .astro/
 * folder (its types and content modules), so two at once would read each other's. They run one at a time,
 * after the rest, which runs two files at a time (Vitest's default on 2 cores would be 1 worker).
 */
const ASTRO_RUNS = [
  'tests/unit/calculators/embedded-calculator.test.ts',
  'tests/unit/content/broken-content.test.ts',
  'tests/unit/content/fallback-build.test.ts',
  'tests/unit/programmes/broken-programmes.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        // The slowest, thousands of property runs or the quiz importer's CLI, take 3 s alone and about three
        // times that on a busy machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ASTRO_RUNS, maxWorkers: 2, testTimeout: 20_000, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // An Astro run on fixture content takes 3–15 s, more on a busy machine.
        test: { name: 'astro-runs', include: ASTRO_RUNS, fileParallelism: false, testTimeout: 60_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
