import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/**
 * Toolkit files: partner-only files are readable by staff and partners, never anonymously or
 * from a locked account. Payload asks this on every file request, so it is the download check.
 */
export const filesVisible: Access = ({ req: { user } }) => {
  if (isStaffUser(user) || hasRole(user, 'partner')) return true
  return { audience: { equals: 'public' } }
}
