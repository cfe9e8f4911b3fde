import type { Payload } from 'payload'

import { runsQueuedJobs } from '../config/jobRunner'
import { prepareScript } from './scriptProcess'

/**
 * Runs the site queue as soon as a newly queued build may start, when this process runs jobs,
 * instead of leaving it for the next five-second check. That check stays as the fallback: after
 * a restart, for a build that waits for another, and for a worker in a process of its own.
 */
export function wakeSiteBuilds(payload: Payload, afterMs: number): void {
  if (!runsQueuedJobs()) return
  // The builder starts loading now, so the first publish after a restart waits less for it.
  prepareScript('publish')
  // A little after the debounce: the request that queued the build has committed by then.
  const timer = setTimeout(() => {
    payload.jobs
      .run({ queue: 'site', limit: 1 })
      .catch((error: unknown) =>
        payload.logger.error({ err: error }, 'Running a queued site build'),
      )
  }, afterMs + 50)
  timer.unref()
}
