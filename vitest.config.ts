import { defineConfig } from 'vitest/config';

// Three projects: unit (pure logic), integration (real database: PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set) and e2e (Playwright driving Debian's Chromium against the real app).
const resolve = { conditions: ['source'] };
export default defineConfig({
  resolve,
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    maxWorkers: 2,
    // In CI a JSON report is written too, from which .ci/run prints a plain summary line.
    reporters:
      process.env.CI === 'true'
        ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
        : ['default'],
    projects: [
      {
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**', '**/dist/**'],
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'integration',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.integration.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'e2e',
          include: ['packages/*/src/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Two browser test files at a time (each starts its own server, in-memory database and
          // Chromium, so they share nothing), after the unit and integration files have run on
          // every core: a group of its own. Much of a browser test is waiting on the page, so
          // two on two cores finish sooner than one after another.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
