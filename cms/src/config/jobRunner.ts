/** The processes that may run the job queue. */
const runners = ['cms', 'worker'] as const

/**
 * Whether this process runs queued jobs (site builds, scheduled publishing, digests). By default
 * every CMS process does: one box, nothing else to start. With `JOB_RUNNER=worker` the CMS
 * instances only queue, and `npm run worker` (which sets `TALENTREGION_PROCESS=worker`) runs the
 * jobs for all of them. `PAYLOAD_JOBS_AUTORUN=false` turns running off in any process: the
 * builder's own processes and the tests.
 */
export function runsQueuedJobs(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PAYLOAD_JOBS_AUTORUN === 'false') return false
  const runner = env.JOB_RUNNER || 'cms'
  if (!(runners as readonly string[]).includes(runner)) {
    throw new Error(`JOB_RUNNER must be "cms" or "worker"; got "${runner}".`)
  }
  return runner === 'cms' || env.TALENTREGION_PROCESS === 'worker'
}
