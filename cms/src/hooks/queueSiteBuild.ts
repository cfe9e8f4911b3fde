import type { PayloadRequest } from 'payload'

import { buildDebounceMs } from '../config/siteReleases'
import { wakeSiteBuilds } from '../jobs/wakeSiteBuilds'
import type { SiteBuild } from '../payload-types'

/** Why a build runs: what changed, which document (by title, as it was then) and who did it. */
export interface BuildCause {
  cause: NonNullable<SiteBuild['cause']>
  change: BuildChange
}

export interface BuildChange {
  person: string
  collection?: string
  id?: string
  title?: string
}

/**
 * Asks for a site build. Changes coalesce: while a build is waiting to start, later changes
 * join it instead of queuing another, so a burst of publishes gives one build, and a change
 * made while a build runs gives exactly one follow-up. Runs in the request's transaction, so a
 * change that is rolled back queues nothing; the build itself runs later, on committed data.
 */
export async function queueSiteBuild(req: PayloadRequest, { cause, change }: BuildCause) {
  if (req.context.seeding || req.context.skipSiteBuild) return
  const { payload } = req
  const waiting = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const pending = waiting.docs[0]
  if (pending) {
    await payload.update({
      collection: 'site-builds',
      id: pending.id,
      data: { changes: (pending.changes ?? 1) + 1 },
      req,
      overrideAccess: true,
    })
    return
  }
  const build = await payload.create({
    collection: 'site-builds',
    data: {
      status: 'queued',
      action: 'build',
      cause,
      change: { ...change },
      requestedBy: req.user?.id,
      changes: 1,
    },
    req,
    overrideAccess: true,
    context: { queuedBySystem: true },
  })
  await payload.jobs.queue({
    task: 'buildSite',
    queue: 'site',
    input: { buildId: String(build.id) },
    // Without a debounce the build may start at once: a waitUntil of "now" would only be picked
    // up a millisecond later, which a runner asking in the same millisecond misses.
    waitUntil: buildDebounceMs > 0 ? new Date(Date.now() + buildDebounceMs) : undefined,
    req,
  })
  wakeSiteBuilds(payload, buildDebounceMs)
}

/**
 * Who changed something, as the build list shows it: the person's name, never their e-mail
 * address, which every editor reading the list would otherwise see.
 */
export function personName(req: PayloadRequest): string {
  const name = req.user && 'name' in req.user ? String(req.user.name ?? '').trim() : ''
  return name || (req.user ? `#${String(req.user.id)}` : '')
}
