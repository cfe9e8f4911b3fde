import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Toolkit files: partner-only files are readable by staff and partners, never anonymously. */
export const filesVisible: Access = ({ req: { user } }) => {
  if (isStaffUser(user) || hasRole(user, 'partner')) return true
  return { audience: { equals: 'public' } }
}
