import { stripVTControlCharacters } from 'node:util'

import type { TaskConfig } from 'payload'

import { notifyBuildFailed } from '../email/notifyBuildFailed'
import { runBuilder } from './runBuilder'

/** A build still marked running after this long was interrupted (the CMS stopped mid-build). */
const staleAfterMs = 15 * 60 * 1000

/**
 * The queued site build. One runs at a time; a job that finds another one running waits and
 * retries. Its outcome — release, pages, duration, log tail or the failure — is recorded on
 * the site-builds document editors see in the admin.
 */
export const buildSiteTask: TaskConfig<'buildSite'> = {
  slug: 'buildSite',
  label: 'Build the public site',
  // As text: a SQLite id is a number, a MongoDB id is not.
  inputSchema: [{ name: 'buildId', type: 'text', required: true }],
  retries: { attempts: 60, backoff: { type: 'fixed', delay: 5000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const running = await payload.find({
      collection: 'site-builds',
      where: { status: { equals: 'running' } },
      depth: 0,
      req,
    })
    for (const other of running.docs) {
      if (Date.now() - Date.parse(other.startedAt ?? other.createdAt) < staleAfterMs) {
        throw new Error(`Build ${other.id} is still running; this one waits for it.`)
      }
      await payload.update({
        collection: 'site-builds',
        id: other.id,
        data: {
          status: 'failed',
          error: 'Interrupted: the CMS stopped during this build. The live site was not changed.',
        },
        req,
      })
    }
    const build = await payload.findByID({
      collection: 'site-builds',
      id: input.buildId,
      depth: 0,
      req,
    })
    const startedAt = new Date()
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { status: 'running', startedAt: startedAt.toISOString() },
      req,
    })
    const outcome = await runBuilder({ confirmPageLoss: build.confirmPageLoss ?? false })
    const error = outcome.ok
      ? null
      : stripVTControlCharacters([`Failed while ${outcome.stage}:`, ...outcome.details].join('\n'))
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: outcome.ok ? 'succeeded' : 'failed',
        finishedAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        ...(outcome.ok && { pages: outcome.pages, releaseId: outcome.releaseId }),
        error,
        // Terminal colours mean nothing in the admin: the log is stored as plain text.
        log: stripVTControlCharacters(outcome.log.slice(-40).join('\n')),
      },
      req,
    })
    if (error) await notifyBuildFailed(req, build.id, error)
    return { output: {} }
  },
}
