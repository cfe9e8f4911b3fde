import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
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
    ],
  },
})
