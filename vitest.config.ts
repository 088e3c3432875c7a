import { defineConfig } from 'vitest/config';

// Four projects so a developer can run one layer at a time (unit, db, node, e2e); `npm test` runs them all.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Main-process code that touches files or other programs: exporters, importers, the CLI.
        test: {
          name: 'node',
          include: ['test/export/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/import/**/*.test.ts'],
          environment: 'node',
          // LibreOffice conversions in beforeAll hooks take seconds, more on a busy 2-core CI machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
