import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Admins and editors may create, edit and publish content. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
