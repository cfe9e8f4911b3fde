import { run } from '../lib/run'
import { startFerretDB, type RunningServer } from '../servers/ferretdb'
import { hasGo } from '../servers/goTool'

/**
 * `npm run test:mongo`: the integration suite against a MongoDB wire-protocol server —
 * MONGODB_URL when set, otherwise FerretDB built with `go install` and started for the run.
 * Without either there is nothing to test against: it says so and passes.
 */
const external = process.env.MONGODB_URL
if (!external && !hasGo()) {
  console.log('test:mongo skipped: set MONGODB_URL, or install Go so FerretDB can be built.')
  process.exit(0)
}
let server: RunningServer | null = null
try {
  if (!external) server = await startFerretDB()
  const url = external ?? server!.url
  console.log(`Integration tests against ${external ? 'MONGODB_URL' : `FerretDB at ${url}`}`)
  await run(
    'pnpm',
    ['--filter', '@talentregion/tests', 'exec', 'vitest', 'run', '--project', 'int'],
    {
      env: { ...process.env, DATABASE_URL: url },
    },
  )
} finally {
  await server?.stop()
}
