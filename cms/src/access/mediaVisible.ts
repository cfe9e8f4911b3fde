import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** An image whose licence ran out before today may be neither shown nor handed out. */
export const licenceInForce = (today = new Date()): Where => ({
  or: [
    { licenceExpires: { exists: false } },
    { licenceExpires: { greater_than_equal: `${today.toISOString().slice(0, 10)}T00:00:00.000Z` } },
  ],
})

/**
 * Images: staff see every one; partners those whose licence is in force; everyone else only
 * those the public site may use — licence in force and not kept for partner-only toolkits. A
 * query, so the document, lists and every file size are refused alike.
 */
export const mediaVisible: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (hasRole(user, 'partner')) return licenceInForce()
  return {
    and: [
      licenceInForce(),
      { or: [{ audience: { equals: 'public' } }, { audience: { exists: false } }] },
    ],
  }
}
