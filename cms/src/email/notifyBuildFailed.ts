import type { PayloadRequest } from 'payload'

import { serverURL } from '../config/server'
import type { SiteBuild } from '../payload-types'
import { composeMail } from './compose'
import { mailLocale } from './recipient'
import { emailConfigured } from './smtp'

/** Every admin hears of a failed build, in their own language, with the reason and the log. */
export async function notifyBuildFailed(
  req: PayloadRequest,
  buildId: SiteBuild['id'],
  error: string,
) {
  if (!emailConfigured()) return
  const { docs: admins } = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const admin of admins) {
    const mail = composeMail(mailLocale(admin), 'buildFailed', {
      name: admin.name,
      error: error.split('\n')[0] ?? error,
      link: `${serverURL}/admin/collections/site-builds/${buildId}`,
    })
    try {
      await req.payload.sendEmail({ to: admin.email, ...mail })
    } catch (failure) {
      req.payload.logger.error({ err: failure, msg: `Build ${buildId}: failure notice not sent` })
    }
  }
}
