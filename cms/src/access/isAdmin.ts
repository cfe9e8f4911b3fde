import type { Access } from 'payload'

import { hasRole } from './roles'

/** Only admins: user management, unlocking accounts, destructive settings. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
