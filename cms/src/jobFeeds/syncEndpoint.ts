import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { staffOnly } from '../endpoints/staffOnly'

/**
 * "Sync now" from the feeds' list: queues a sync for the job runner, which picks it up within a
 * minute, and takes the editor back to the list (a plain form, so it works without JavaScript).
 */
export const syncJobFeedsEndpoint: Endpoint = {
  path: '/sync',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return staffOnly()
    await req.payload.jobs.queue({ task: 'syncJobFeeds', queue: 'default', input: {}, req })
    return new Response(null, {
      status: 303,
      headers: { location: `${req.payload.config.routes.admin}/collections/job-feeds?sync=queued` },
    })
  },
}
