import type { Payload, TaskConfig } from 'payload'

const dayMs = 24 * 60 * 60 * 1000

/** Deletes leads older than the retention period in site settings; returns how many. */
export async function deleteExpiredLeads(payload: Payload, now = new Date()): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const days = settings.leadRetentionDays ?? 180
  const cutoff = new Date(+now - days * dayMs).toISOString()
  const { docs } = await payload.delete({
    collection: 'leads',
    where: { createdAt: { less_than: cutoff } },
    overrideAccess: true,
  })
  return docs.length
}

/** Every night: personal data from the interest form is kept no longer than promised. */
export const deleteExpiredLeadsTask: TaskConfig<'deleteExpiredLeads'> = {
  slug: 'deleteExpiredLeads',
  label: 'Delete leads past their retention period',
  schedule: [{ cron: '0 30 2 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const deleted = await deleteExpiredLeads(req.payload)
    req.payload.logger.info(`Deleted ${deleted} lead(s) past their retention period`)
    return { output: {} }
  },
}
