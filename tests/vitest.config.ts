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
          // Object storage against a real S3 server: `npm run test:s3` starts one and runs these.
          name: 's3',
          include: ['s3/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['int/helpers/environment.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
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
