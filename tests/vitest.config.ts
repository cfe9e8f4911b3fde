import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      './vitest.site.config.ts',
      {
        test: {
          name: 'unit',
          include: ['unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['int/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['int/helpers/environment.ts'],
          // Payload start-up and SQLite writes are slow on two cores; the files share nothing.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/helpers/globalSetup.ts'],
          // One browser, one built site: the files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
