import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { clientAddress } from '../http/clientAddress'

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
 * Who is calling, as an opaque key salted anew at every start: the address (from the socket, or
 * a trusted proxy's `X-Forwarded-For`), and unless only the network is wanted, the browser's
 * headers too — phones behind one mobile operator's address are still different people. Only the
 * hash lives, only in memory. Browser headers are the client's to choose, so every limit keyed by
 * them has a ceiling keyed by the network beside it.
 */
export function clientKey(req: PayloadRequest, scope: 'network' | 'browser' = 'browser'): string {
  const address = clientAddress(req.headers)
  const browser =
    scope === 'browser'
      ? `${req.headers.get('user-agent') ?? ''}|${req.headers.get('accept-language') ?? ''}`
      : ''
  return createHash('sha256').update(`${salt}|${address}|${browser}`).digest('hex').slice(0, 16)
}

/**
 * Failed attempts per key in a sliding window: `retryAfter` says how many seconds a key must
 * wait (0 when it may try), `fail` counts one more failure.
 */
export function failureLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const failures = new Map<string, number[]>()
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((time) => time > now - windowMs)
  return {
    retryAfter(key: string, now = Date.now()): number {
      const times = recent(key, now)
      if (times.length < limit) return 0
      return Math.max(1, Math.ceil((times[times.length - limit]! + windowMs - now) / 1000))
    },
    fail(key: string, now = Date.now()): void {
      if (failures.size > 50_000)
        for (const [stale, times] of failures)
          if (times.every((time) => time <= now - windowMs)) failures.delete(stale)
      failures.set(key, [...recent(key, now), now].slice(-limit))
    },
  }
}
