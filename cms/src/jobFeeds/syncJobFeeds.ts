import type { PayloadRequest } from 'payload'

import { jobSourceName } from '@talentregion/shared/jobSources'

import { queueSiteBuild } from '../hooks/queueSiteBuild'
import type { FeedReader } from './feedJob'
import { configuredFeeds } from './feedSettings'
import { syncFeed, type FeedRun } from './syncFeed'

/**
 * Runs every configured feed's sync and queues one site build when the site's jobs changed.
 * With no feed configured it does nothing.
 */
export async function syncJobFeeds(
  req: PayloadRequest,
  feeds: FeedReader[] = Object.values(configuredFeeds()),
): Promise<Record<string, FeedRun>> {
  const runs: Record<string, FeedRun> = {}
  for (const feed of feeds) runs[feed.source] = await syncFeed(req.payload, feed)
  const changedBy = feeds.filter((feed) => (runs[feed.source]?.changed ?? 0) > 0)
  if (changedBy.length) {
    await queueSiteBuild(req, {
      cause: 'jobs',
      change: { person: '', title: changedBy.map((feed) => jobSourceName[feed.source]).join(', ') },
    })
  }
  return runs
}
