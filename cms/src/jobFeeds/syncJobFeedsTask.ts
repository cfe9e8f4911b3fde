import type { TaskConfig } from 'payload'

import { syncJobFeeds } from './syncJobFeeds'

/**
 * Reads the job feeds every ten minutes (JobStream asks for no more than a request a minute),
 * and whenever an editor asks from the feeds' list.
 */
export const syncJobFeedsTask: TaskConfig<'syncJobFeeds'> = {
  slug: 'syncJobFeeds',
  label: 'Read the job feeds',
  schedule: [{ cron: '0 */10 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const runs = await syncJobFeeds(req)
    for (const [source, run] of Object.entries(runs)) {
      req.payload.logger.info(
        `Job feed ${source}: ${run.outcome}, read ${run.read}, matched ${run.matched}, removed ${run.removed}, skipped ${run.skipped}`,
      )
    }
    return { output: {} }
  },
}
