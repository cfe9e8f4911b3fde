import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

// Users already found unlocked during this request (req.user is one object per request).
const unlocked = new WeakSet<object>()

/**
 * The request's user, unless their account is locked. Payload only refuses new logins to a
 * locked account; a session opened before the lock would still work, so partner material
 * checks the lock itself. The lock is read from the database once per request.
 */
export async function activeUser(req: PayloadRequest): Promise<User | null> {
  const user = req.user
  if (!user || user.collection !== 'users') return null
  if (unlocked.has(user)) return user
  const stored = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: user.id } },
    req,
  })) as { lockUntil?: string | null } | null
  if (!stored || (stored.lockUntil && new Date(stored.lockUntil) > new Date())) return null
  unlocked.add(user)
  return user
}
