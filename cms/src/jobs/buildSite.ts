import { stripVTControlCharacters } from 'node:util'

import type { PayloadRequest, TaskConfig } from 'payload'

import { notifyBuildFailed } from '../email/notifyBuildFailed'
import { acquireLock } from '../locks/databaseLock'
import { runBuilder } from './runBuilder'

/**
 * How long the build lock outlives a runner that stopped renewing it (crashed, killed, its
 * machine gone): after that another runner may build.
 */
const lockTtlMs = 60 * 1000

/**
 * The queued site build. Exactly one runs at a time across every CMS instance and worker: the
 * runner holds the database lock "site-build" while it builds, and a job that finds it held
 * waits and retries. Its outcome — release, pages, duration, log tail or the failure — is
 * recorded on the site-builds document editors see in the admin.
 */
export const buildSiteTask: TaskConfig<'buildSite'> = {
  slug: 'buildSite',
  label: 'Build the public site',
  // As text: a SQLite id is a number, a MongoDB id is not.
  inputSchema: [{ name: 'buildId', type: 'text', required: true }],
  // Fifteen minutes of waiting for the build before it, at five seconds a try.
  retries: { attempts: 180, backoff: { type: 'fixed', delay: 5000 } },
  handler: async ({ input, req }) => {
    const lock = await acquireLock(req.payload, 'site-build', { ttlMs: lockTtlMs })
    if (!lock) throw new Error('Another site build is running; this one waits for it.')
    try {
      await markInterrupted(req)
      await build(req, input.buildId, lock.holder)
    } finally {
      await lock.release()
    }
    return { output: {} }
  },
}

/** Builds still marked running while this runner holds the lock: their runner is gone. */
async function markInterrupted(req: PayloadRequest) {
  const running = await req.payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    depth: 0,
    req,
  })
  for (const other of running.docs) {
    await req.payload.update({
      collection: 'site-builds',
      id: other.id,
      data: {
        status: 'failed',
        error: 'Interrupted: the process building it stopped. The live site was not changed.',
      },
      req,
    })
  }
}

async function build(req: PayloadRequest, buildId: string, holder: string) {
  const { payload } = req
  const build = await payload.findByID({ collection: 'site-builds', id: buildId, depth: 0, req })
  // A job two runners picked up at once: the first to get the lock built it.
  if (build.status !== 'queued') return
  const startedAt = new Date()
  await payload.update({
    collection: 'site-builds',
    id: build.id,
    data: { status: 'running', startedAt: startedAt.toISOString(), builtBy: holder },
    req,
  })
  const outcome = await runBuilder({
    confirmPageLoss: build.confirmPageLoss ?? false,
    // Asked for by hand or at night: every page rendered, whatever the build cache holds.
    full: build.cause === 'rebuild' || build.cause === 'nightly',
  })
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
}
