import { JWTAuthentication, type AuthStrategy } from 'payload'

import { isLocked } from './accountLock'

/**
 * Payload's own session check (signed token, session still on the account), plus the account
 * lock: Payload only refuses new logins to a locked account. A token presented for a locked
 * account ends every session of that account — for good, not only while the lock lasts — and
 * answers as if there were none; Payload's own check, which runs next, then finds none either.
 */
export const sessionStrategy: AuthStrategy = {
  name: 'session-unless-locked',
  authenticate: async (args) => {
    const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
    const user = result.user
    if (!user) return result
    const stored = (await args.payload.db.findOne({
      collection: user.collection,
      where: { id: { equals: user.id } },
      select: { lockUntil: true },
    })) as { lockUntil?: string | null } | null
    if (!isLocked(stored?.lockUntil)) return result
    await args.payload.db.updateOne({
      collection: user.collection,
      id: user.id,
      data: { sessions: [] },
      returning: false,
    })
    return { user: null }
  },
}
