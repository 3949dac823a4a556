/**
 * Calculator timings in Chromium, against the built site served by `astro preview`:
 * - recomputeMs: median time of one recompute of the economic-impact calculator, from the input
 *   event to the results, charts and tables written in the page (Monte Carlo excluded: it runs later);
 * - monteCarloMs: median time of one 10,000-draw Monte Carlo of the same worked example, with the
 *   module the page loads on demand.
 * Budgets (issue 4): recompute < 1 ms, Monte Carlo < 50 ms.
 *
 * As a module: `await benchCalculators({ baseUrl, browser })` → { recomputeMs, monteCarloMs }.
 * Alone: `node_modules/.bin/node bench/calculators.mjs` (after `npm run build`) starts a preview
 * server on a free port, prints the figures and stops the server.
 */
import { cpus, loadavg } from 'node:os';
import { runAlone } from './server.mjs';

const RECOMPUTES = 300;
const MONTE_CARLO_RUNS = 25;
const WARM_UP = 5;

export async function benchCalculators({ baseUrl, browser }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/en/calculators/roi/`);
    // The Monte Carlo module is loaded once the first results are in.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => /roi-monte-carlo-view/.test(entry.name)),
    );
    const recomputeMs = await page.evaluate(
      ({ runs, warmUp }) => {
        const rate = document.querySelector('roi-calculator [data-inputs] input[name="rate"]');
        if (!rate) throw new Error('no rate field on the economic-impact page');
        const times = [];
        for (let i = 0; i < runs + warmUp; i++) {
          rate.value = i % 2 === 0 ? '10.5' : '10';
          const start = performance.now();
          rate.dispatchEvent(new Event('input', { bubbles: true }));
          if (i >= warmUp) times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      },
      { runs: RECOMPUTES, warmUp: WARM_UP },
    );
    const monteCarloMs = await page.evaluate(
      async ({ runs, warmUp }) => {
        const url = performance.getEntriesByType('resource').find((entry) => /roi-monte-carlo-view/.test(entry.name)).name;
        const { monteCarloView } = await import(url);
        const line = (label, values) => ({ label, values });
        const state = {
          input: {
            ratePercent: 10,
            years: 3,
            costs: [
              line('People', [0, 60000, 62000, 64000]),
              line('Tools', [5000, 12000, 12000, 12000]),
              line('Paid media', [0, 20000, 20000, 20000]),
              line('Content and agency', [10000, 15000, 15000, 15000]),
              line('Training', [8000, 3000, 3000, 3000]),
            ],
            benefits: [
              line('Social sales margin', [0, 40000, 70000, 95000]),
              line('Care savings', [0, 30000, 45000, 50000]),
              line('Fewer returns', [0, 5000, 8000, 10000]),
              line('Recruitment savings', [0, 6000, 8000, 8000]),
            ],
          },
          costRanges: Array(5).fill({ low: 0.9, likely: 1, high: 1.3 }),
          benefitRanges: Array(4).fill({ low: 0.6, likely: 1, high: 1.2 }),
          distribution: 'pert',
          seed: 42,
          currency: 'EUR',
        };
        const times = [];
        for (let i = 0; i < runs + warmUp; i++) {
          const start = performance.now();
          const results = monteCarloView(state, 'en-GB');
          if (i >= warmUp) times.push(performance.now() - start);
          if (results.length !== 4) throw new Error('unexpected Monte Carlo result');
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      },
      { runs: MONTE_CARLO_RUNS, warmUp: WARM_UP },
    );
    return { recomputeMs, monteCarloMs };
  } finally {
    await page.close();
  }
}

runAlone(import.meta.url, benchCalculators, ({ recomputeMs, monteCarloMs }) => {
  console.log(`calculators: recompute (no Monte Carlo) median ${recomputeMs.toFixed(3)} ms (budget 1 ms)`);
  console.log(`calculators: Monte Carlo 10,000 draws median ${monteCarloMs.toFixed(2)} ms (budget 50 ms)`);
  // Wall-clock timings: on a shared machine they grow with the load, so print it alongside.
  console.log(`calculators: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`);
});
