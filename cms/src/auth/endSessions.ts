import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { User } from '../payload-types'

/** Marks a save that sets a new password; the hash itself is never visible to later hooks. */
export const notePasswordChange: CollectionBeforeChangeHook<User> = ({ data, req }) => {
  if (typeof (data as { password?: unknown }).password === 'string')
    req.context.passwordChanged = true
  return data
}

/**
 * A new password or a new role ends the account's sessions everywhere. The person who changed
 * their own password keeps the session they did it from; every other session ends.
 */
export const endSessionsOnChange: CollectionAfterChangeHook<User> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const roleChanged = previousDoc?.role !== doc.role
  if (!req.context.passwordChanged && !roleChanged) return doc
  const own = req.user?.collection === 'users' && req.user.id === doc.id && !roleChanged
  const current = own ? (req.user as { _sid?: string })._sid : undefined
  const stored = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: doc.id } },
    select: { sessions: true },
    req,
  })) as { sessions?: { id: string }[] | null } | null
  await req.payload.db.updateOne({
    collection: 'users',
    id: doc.id,
    data: { sessions: (stored?.sessions ?? []).filter((session) => session.id === current) },
    req,
    returning: false,
  })
  return doc
}
