import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff see every stored job; everyone else (the site's export included) only those no editor
 * hid. Ads that closed at the source are deleted by the sync, so they are never here.
 */
export const visibleJobs: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { hidden: { not_equals: true } }
}
