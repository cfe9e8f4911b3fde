import type { User } from '../payload-types'

/** The three roles; a partner belongs to one employer and sees partner-only toolkits. */
export const roles = ['admin', 'editor', 'partner'] as const
export type Role = (typeof roles)[number]

export function hasRole(user: Pick<User, 'role'> | null | undefined, ...wanted: Role[]): boolean {
  return Boolean(user && wanted.includes(user.role))
}

/** Admins and editors: the people who write and publish content. */
export function isStaffUser(user: Pick<User, 'role'> | null | undefined): boolean {
  return hasRole(user, 'admin', 'editor')
}
