import type { TaskConfig } from 'payload'

import { queueSiteBuild } from '../hooks/queueSiteBuild'

/**
 * A build every night after midnight, so what depends on the date changes on its own: a
 * campaign that ended yesterday shows its follow-up, an image whose licence ran out leaves.
 */
export const nightlyBuildTask: TaskConfig<'nightlyBuild'> = {
  slug: 'nightlyBuild',
  label: 'Nightly site build',
  schedule: [{ cron: '0 5 0 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await queueSiteBuild(req, { cause: 'nightly', change: { person: '' } })
    return { output: {} }
  },
}
