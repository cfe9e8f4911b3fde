import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see every account; a logged-in user sees only their own; anonymous, none. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user) return { id: { equals: user.id } }
  return false
}
