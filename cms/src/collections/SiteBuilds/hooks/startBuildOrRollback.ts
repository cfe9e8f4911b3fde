import { relationKey } from '@talentregion/shared/relationId'
import { Releases } from '@talentregion/shared/releases'
import { BucketReleases } from '@talentregion/shared/siteBucket'
import type { CollectionAfterChangeHook } from 'payload'

import { siteRoot } from '../../../config/siteReleases'
import { personName } from '../../../hooks/queueSiteBuild'
import { wakeSiteBuilds } from '../../../jobs/wakeSiteBuilds'
import type { SiteBuild } from '../../../payload-types'

/**
 * "Rebuild now" queues the build at once; a rollback makes the chosen release live right away
 * and records the outcome on the document.
 */
export const startBuildOrRollback: CollectionAfterChangeHook<SiteBuild> = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context.queuedBySystem) return doc
  if (doc.action === 'build') {
    await req.payload.update({
      collection: 'site-builds',
      id: doc.id,
      data: {
        requestedBy: req.user?.id,
        cause: 'rebuild',
        change: { person: personName(req) },
      },
      req,
      overrideAccess: true,
      context: { queuedBySystem: true },
    })
    await req.payload.jobs.queue({
      task: 'buildSite',
      queue: 'site',
      input: { buildId: String(doc.id) },
      req,
    })
    wakeSiteBuilds(req.payload, 0)
    return doc
  }
  const targetId = doc.rollbackTo ? relationKey(doc.rollbackTo) : null
  const target = targetId
    ? await req.payload.findByID({
        collection: 'site-builds',
        id: targetId,
        depth: 0,
        req,
        overrideAccess: true,
      })
    : null
  const releases = new Releases(siteRoot)
  // With a site bucket, the bucket is what visitors see; this machine may hold no releases.
  const bucket = BucketReleases.fromEnvironment()
  let outcome: Partial<SiteBuild>
  try {
    if (!target?.releaseId) throw new Error('The chosen build made no release.')
    if (bucket) await bucket.activate(target.releaseId)
    if (!bucket || releases.list().includes(target.releaseId)) releases.activate(target.releaseId)
    outcome = {
      status: 'succeeded',
      releaseId: target.releaseId,
      log: `Rolled back to release ${target.releaseId}`,
    }
  } catch (error) {
    const kept = bucket ? await bucket.list().catch(() => []) : releases.list()
    outcome = {
      status: 'failed',
      error: `${error instanceof Error ? error.message : String(error)} Kept releases: ${kept.join(', ') || 'none'}.`,
    }
  }
  await req.payload.update({
    collection: 'site-builds',
    id: doc.id,
    data: {
      ...outcome,
      requestedBy: req.user?.id,
      cause: 'rollback',
      change: { person: personName(req) },
      finishedAt: new Date().toISOString(),
    },
    req,
    overrideAccess: true,
    context: { queuedBySystem: true },
  })
  return doc
}
