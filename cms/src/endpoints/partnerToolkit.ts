import type { PayloadRequest } from 'payload'

import { hasRole, isStaffUser } from '../access/roles'
import { partnerView, type PartnerView } from '../toolkits/partnerView'
import { refuseDownload } from './refuseDownload'

/**
 * The toolkit a download endpoint serves, as the logged-in partner (or editor) may have it, or
 * the answer refusing it. Every rule is checked on this request: the session, the account lock,
 * the toolkit's and each file's own access. A database failure is thrown, not told as a 404.
 */
export async function partnerToolkit(req: PayloadRequest): Promise<PartnerView | Response> {
  const user = req.user
  if (!isStaffUser(user) && !hasRole(user, 'partner'))
    return refuseDownload(403, 'Log in as a partner or editor to download toolkit files.')
  const toolkit = await req.payload.findByID({
    collection: 'toolkits',
    id: String(req.routeParams?.id),
    depth: 1,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!toolkit || toolkit._status !== 'published')
    return refuseDownload(404, 'No such toolkit, or it is not published.')
  return partnerView(toolkit)
}
