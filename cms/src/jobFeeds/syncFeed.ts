import type { Payload } from 'payload'

import { jobSourceName } from '@talentregion/shared/jobSources'

import type { JobFeed } from '../payload-types'
import { employerNumbers } from './employerNumbers'
import type { FeedChange, FeedReader } from './feedJob'
import { storedJobs } from './storeJobs'

/** The skipped items a feed's state keeps: enough to see what goes wrong, not a log. */
const keptSkips = 50

export interface FeedRun {
  outcome: NonNullable<JobFeed['outcome']>
  read: number
  matched: number
  removed: number
  skipped: number
  skippedItems: { itemId: string; reason: string }[]
  error: string | null
  /** Jobs the site shows that were added, changed or removed. */
  changed: number
}

async function feedState(payload: Payload, source: FeedReader['source']): Promise<JobFeed> {
  const { docs } = await payload.find({
    collection: 'job-feeds',
    where: { source: { equals: source } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (
    docs[0] ??
    (await payload.create({
      collection: 'job-feeds',
      data: { source, name: jobSourceName[source] },
      overrideAccess: true,
    }))
  )
}

/**
 * Reads one feed from where its last run stopped and keeps the jobs collection in step: ads of
 * employers we profile are stored, closed ones deleted, malformed ones skipped with the reason.
 * The feed's position is saved after every page, so a run stopped by an error or a timeout
 * loses nothing: the next starts at the page that failed.
 */
export async function syncFeed(
  payload: Payload,
  reader: FeedReader,
  now = new Date(),
): Promise<FeedRun> {
  const state = await feedState(payload, reader.source)
  const numbers = await employerNumbers(payload)
  const jobs = await storedJobs(payload, reader.source)
  const run: FeedRun = {
    outcome: 'unchanged',
    read: 0,
    matched: 0,
    removed: 0,
    skipped: 0,
    skippedItems: [],
    error: null,
    changed: 0,
  }

  async function apply(change: FeedChange): Promise<void> {
    run.read++
    if (change.kind === 'skipped') {
      payload.logger.warn(`Job feed ${reader.source}: skipped ${change.itemId}: ${change.reason}`)
      run.skipped++
      if (run.skippedItems.length < keptSkips)
        run.skippedItems.push({ itemId: change.itemId, reason: change.reason })
      return
    }
    const sourceId = change.kind === 'open' ? change.job.sourceId : change.sourceId
    const employer =
      change.kind === 'open'
        ? change.job.orgNumbers.map((number) => numbers.get(number)).find(Boolean)
        : undefined
    if (change.kind === 'open' && employer !== undefined) {
      run.matched++
      if (await jobs.put(change.job, employer)) run.changed++
      return
    }
    // Closed, or no longer an employer of ours: gone from the site.
    if (await jobs.remove(sourceId)) {
      run.removed++
      run.changed++
    }
  }

  // The position is kept with the feed's address: one kept for another address (the demo's
  // fixtures, a feed moved elsewhere) would point nowhere, so that feed starts from its beginning,
  // and the jobs read from the other address go: nothing there will ever close them.
  const kept = state.cursor as { address?: unknown; position?: unknown } | null | undefined
  let position = kept?.address === reader.address ? kept.position : undefined
  if (kept?.address && kept.address !== reader.address) {
    const removed = await jobs.removeAll()
    run.removed += removed
    run.changed += removed
  }
  const save = (data: Partial<JobFeed>) =>
    payload.update({ collection: 'job-feeds', id: state.id, data, depth: 0, overrideAccess: true })
  try {
    for await (const page of reader.pages(position)) {
      for (const change of page.changes) await apply(change)
      position = page.cursor
      run.outcome = 'ok'
      await save({ cursor: { address: reader.address, position } })
    }
  } catch (error) {
    run.outcome = 'failed'
    run.error = error instanceof Error ? error.message : String(error)
    payload.logger.warn(`Job feed ${reader.source}: ${run.error}; the next run resumes here`)
  }
  const { changed: _changed, ...shown } = run
  await save({
    ...shown,
    name: jobSourceName[reader.source],
    lastRunAt: now.toISOString(),
    ...(run.outcome === 'failed' ? {} : { lastSuccessAt: now.toISOString() }),
  })
  return run
}
