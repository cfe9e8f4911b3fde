import type { JobSource } from '@talentregion/shared/jobSources'

import { jobStreamFeed } from './jobStreamFeed'
import type { FeedReader } from './feedJob'
import { navFeed } from './navFeed'

/** How long one request to a feed may take before the run stops (and the next resumes). */
const defaultTimeoutMs = 30_000

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)

/**
 * The job feeds configured in the environment (README, "Job feeds"); a feed without an address
 * is not read at all.
 */
export function configuredFeeds(
  env: NodeJS.ProcessEnv = process.env,
): Partial<Record<JobSource, FeedReader>> {
  const timeoutMs = Number(env.JOB_FEED_TIMEOUT_MS) || defaultTimeoutMs
  const feeds: Partial<Record<JobSource, FeedReader>> = {}
  if (env.NAV_JOB_FEED_URL) {
    feeds.nav = navFeed({
      url: env.NAV_JOB_FEED_URL,
      token: env.NAV_JOB_FEED_TOKEN || undefined,
      timeoutMs,
    })
  }
  if (env.JOBSTREAM_URL) {
    feeds.jobstream = jobStreamFeed({
      url: env.JOBSTREAM_URL,
      apiKey: env.JOBSTREAM_API_KEY || undefined,
      locationConceptIds: list(env.JOBSTREAM_LOCATION_CONCEPT_IDS),
      timeoutMs,
    })
  }
  return feeds
}
