import path from 'node:path'

import {
  publishRequest,
  publishResult,
  awaitArguments,
  readRequest,
  resultLine,
} from '@talentregion/shared/builder'
import { siteUrl } from '@talentregion/shared/environment'

import { localSource } from '../export/localSource'
import { loadPayload, openPayload } from '../lib/payload'
import { BuildFailure, runBuild } from './runBuild'

/**
 * The builder process the CMS's job queue starts for each site build: reads the published
 * content from the database, builds, checks and switches. Ends with one `RESULT {json}` line.
 */
await awaitArguments(loadPayload)
const request = readRequest(publishRequest)
const opened = openPayload()
// A database that cannot be opened is reported by the export stage below.
opened.catch(() => {})
try {
  const { releaseId, pages, durationMs } = await runBuild({
    root: path.resolve(request.root),
    source: async () => localSource((await opened).payload),
    siteUrl: siteUrl(),
    confirmPageLoss: request.confirmPageLoss,
    full: request.full,
    log: (line) => console.log(line),
  })
  console.log(resultLine(publishResult, { ok: true, releaseId, pages, durationMs }))
} catch (error) {
  const failure =
    error instanceof BuildFailure
      ? { stage: error.stage, details: error.details }
      : {
          stage: 'export' as const,
          details: [error instanceof Error ? error.message : String(error)],
        }
  console.log(resultLine(publishResult, { ok: false, ...failure }))
  process.exitCode = 1
} finally {
  await (await opened.catch(() => null))?.payload.destroy()
}
