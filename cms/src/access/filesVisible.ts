import type { Access } from 'payload'

import { activeUser } from './activeUser'
import { hasRole, isStaffUser } from './roles'

/**
 * Toolkit files: partner-only files are readable by staff and partners, never anonymously or
 * from a locked account. Payload asks this on every file request, so it is the download check.
 */
export const filesVisible: Access = async ({ req }) => {
  const user = await activeUser(req)
  if (isStaffUser(user) || hasRole(user, 'partner')) return true
  return { audience: { equals: 'public' } }
}
