import type { Payload, TaskConfig } from 'payload'

import { defaultLocale } from '@talentregion/shared/locales'

import { serverURL } from '../config/server'
import { composeMail } from '../email/compose'
import { emailConfigured } from '../email/smtp'

const dayMs = 24 * 60 * 60 * 1000
const lastSentKey = 'leadDigest:lastSentAt'
// Two runs close together (a restart, a retry) must not make two mails in one day.
const minimumGapMs = 20 * 60 * 60 * 1000

/**
 * One mail to the address in site settings with how many leads came in since the last one, per
 * campaign, and a link to read them behind a login. No names, addresses or messages leave the
 * CMS by mail, and none are in the subject. Returns how many leads the mail counted (0: none sent).
 */
export async function sendLeadDigest(payload: Payload, now = new Date()): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const to = settings.leadDigestEmail?.trim()
  if (!to || !emailConfigured()) return 0
  const lastSent = await payload.kv.get<string>(lastSentKey)
  if (lastSent && +now - Date.parse(lastSent) < minimumGapMs) return 0
  const since = lastSent ?? new Date(+now - dayMs).toISOString()
  const { docs: leads } = await payload.find({
    collection: 'leads',
    where: { createdAt: { greater_than: since } },
    depth: 1,
    limit: 0,
    pagination: false,
    locale: defaultLocale,
    overrideAccess: true,
  })
  if (leads.length === 0) return 0
  const perCampaign = new Map<string, number>()
  for (const lead of leads) {
    const title = typeof lead.campaign === 'object' && lead.campaign ? lead.campaign.title : '–'
    perCampaign.set(title, (perCampaign.get(title) ?? 0) + 1)
  }
  const mail = composeMail(defaultLocale, 'leadDigest', {
    count: leads.length,
    campaigns: [...perCampaign].map(([title, count]) => `• ${title}: ${count}`).join('\n'),
    link: `${serverURL}/admin/collections/leads`,
  })
  await payload.sendEmail({ to, ...mail })
  await payload.kv.set(lastSentKey, now.toISOString())
  return leads.length
}

/** Every morning: the leads of the last day, counted, to the address in site settings. */
export const leadDigestTask: TaskConfig<'leadDigest'> = {
  slug: 'leadDigest',
  label: 'Daily lead digest',
  schedule: [{ cron: '0 0 7 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const counted = await sendLeadDigest(req.payload)
    req.payload.logger.info(`Lead digest: ${counted} lead(s)`)
    return { output: {} }
  },
}
