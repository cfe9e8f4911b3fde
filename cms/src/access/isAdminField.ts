import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level: only an admin may set or change this field (roles, employer links). */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
