import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

/**
 * A fixed-window counter kept in memory only: at most `limit` hits per key per window. The key
 * is a salted hash of the client address that never leaves this process.
 */
export function rateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>()
  return (key: string, now = Date.now()): boolean => {
    if (hits.size > 50_000) {
      for (const [stale, entry] of hits) if (entry.resetAt <= now) hits.delete(stale)
    }
    const entry = hits.get(key)
    if (!entry || entry.resetAt <= now) {
      hits.set(key, { count: 1, resetAt: now + windowMs })
      return true
    }
    entry.count += 1
    return entry.count <= limit
  }
}

const salt = createHash('sha256')
  .update(String(Math.random()) + Date.now())
  .digest('hex')

/**
 * Who is calling, as an opaque key salted anew at every start: the address, and unless only the
 * network is wanted, the browser's headers too — phones behind one mobile operator's address are
 * still different people. Only the hash lives, only in memory.
 */
export function clientKey(req: PayloadRequest, scope: 'network' | 'browser' = 'browser'): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  const address = forwarded || req.headers.get('x-real-ip') || 'local'
  const browser =
    scope === 'browser'
      ? `${req.headers.get('user-agent') ?? ''}|${req.headers.get('accept-language') ?? ''}`
      : ''
  return createHash('sha256').update(`${salt}|${address}|${browser}`).digest('hex').slice(0, 16)
}

/** Bodies larger than this are not read at all. */
export const tooLarge = (req: PayloadRequest, bytes: number) =>
  Number(req.headers.get('content-length') ?? 0) > bytes
