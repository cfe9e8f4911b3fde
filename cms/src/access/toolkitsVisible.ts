import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from './roles'

/**
 * Staff read every toolkit; partners read published toolkits of either visibility; anonymous
 * visitors and locked accounts read published public toolkits only.
 */
export const toolkitsVisible: Access = ({ req: { user } }): boolean | Where => {
  if (isStaffUser(user)) return true
  if (hasRole(user, 'partner')) return { _status: { equals: 'published' } }
  return {
    and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
  }
}
