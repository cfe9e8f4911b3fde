import { runsQueuedJobs } from '../config/jobRunner'
import { prepareScript } from './scriptProcess'

/**
 * In a CMS server or a worker that runs the build queue, a builder waits ready from the start,
 * so the first publish after a restart is as quick as the next. Scripts and tests that open
 * Payload for a moment start none.
 */
export function builderOnStart(): void {
  const server = Boolean(process.env.NEXT_RUNTIME) || process.env.TALENTREGION_PROCESS === 'worker'
  if (server && runsQueuedJobs()) prepareScript('publish')
}
