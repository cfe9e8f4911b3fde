import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Staff read everything, drafts included; everyone else reads published documents only. A query
 * rather than `false`, so lists, populated relations and the REST API all filter the same way.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
