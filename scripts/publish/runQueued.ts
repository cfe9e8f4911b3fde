import path from 'node:path'
import { parseArgs } from 'node:util'

import { localSource } from '../export/localSource'
import { repoRoot } from '../lib/environment'
import { openPayload } from '../lib/payload'
import { BuildFailure, runBuild } from './runBuild'

/**
 * The builder process the CMS's job queue starts for each site build: reads the published
 * content from the database, builds, checks and switches. Ends with one `RESULT {json}` line.
 */
const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    'confirm-page-loss': { type: 'boolean', default: false },
    'site-url': { type: 'string', default: process.env.SITE_URL ?? 'http://127.0.0.1:4321' },
  },
})
const opened = openPayload()
// A database that cannot be opened is reported by the export stage below.
opened.catch(() => {})
try {
  const { releaseId, pages, durationMs } = await runBuild({
    root: path.resolve(values.root ?? path.join(repoRoot, 'data', 'site')),
    source: async () => localSource((await opened).payload),
    siteUrl: values['site-url'],
    confirmPageLoss: values['confirm-page-loss'],
    log: (line) => console.log(line),
  })
  console.log(`RESULT ${JSON.stringify({ ok: true, releaseId, pages, durationMs })}`)
} catch (error) {
  const failure =
    error instanceof BuildFailure
      ? { stage: error.stage, details: error.details }
      : { stage: 'export', details: [error instanceof Error ? error.message : String(error)] }
  console.log(`RESULT ${JSON.stringify({ ok: false, ...failure })}`)
  process.exitCode = 1
} finally {
  await (await opened.catch(() => null))?.payload.destroy()
}
