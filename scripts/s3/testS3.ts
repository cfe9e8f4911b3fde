import { run } from '../lib/run'
import { hasGo } from '../servers/goTool'
import { startSeaweedFS } from '../servers/seaweedfs'

/**
 * `npm run test:s3`: uploads and published releases against a real S3-compatible server —
 * SeaweedFS built with Go and started for the run, its keys made up for it. Without Go there is
 * nothing to test against: it says so and passes.
 */
if (!hasGo()) {
  console.log('test:s3 skipped: install Go so SeaweedFS can be built.')
  process.exit(0)
}
const server = await startSeaweedFS()
try {
  console.log(`Object-storage tests against SeaweedFS at ${server.endpoint}`)
  await run(
    'pnpm',
    ['--filter', '@talentregion/tests', 'exec', 'vitest', 'run', '--project', 's3'],
    {
      env: { ...process.env, ...server.env },
    },
  )
} finally {
  await server.stop()
}
