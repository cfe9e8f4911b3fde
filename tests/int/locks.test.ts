import { setTimeout as sleep } from 'node:timers/promises'

import { acquireLock } from '../../cms/src/locks/databaseLock'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('a lock in the database', () => {
  test('of twenty processes claiming it at once, exactly one holds it', async () => {
    const claims = await Promise.all(
      Array.from({ length: 20 }, () => acquireLock(payload, 'race', { ttlMs: 60_000 })),
    )
    expect(claims.filter(Boolean)).toHaveLength(1)
    // Once it exists, claims race on the row rather than on creating it: still one.
    await Promise.all(claims.filter((claim) => claim !== null).map((claim) => claim.release()))
    const again = await Promise.all(
      Array.from({ length: 20 }, () => acquireLock(payload, 'race', { ttlMs: 60_000 })),
    )
    expect(again.filter(Boolean)).toHaveLength(1)
    await Promise.all(again.filter((claim) => claim !== null).map((claim) => claim.release()))
  })

  test('a released lock is free at once', async () => {
    const first = await acquireLock(payload, 'handover', { ttlMs: 60_000 })
    expect(await acquireLock(payload, 'handover', { ttlMs: 60_000 })).toBeNull()
    await first!.release()
    const second = await acquireLock(payload, 'handover', { ttlMs: 60_000 })
    expect(second?.holder).not.toBe(first!.holder)
    await second!.release()
  })

  test('a living holder renews its lock, so it outlasts its expiry time', async () => {
    const held = await acquireLock(payload, 'renewed', { ttlMs: 600, renewEveryMs: 100 })
    await sleep(1500)
    expect(await acquireLock(payload, 'renewed', { ttlMs: 600 })).toBeNull()
    await held!.release()
  })

  test('a crashed holder’s lock expires, and then another process takes it', async () => {
    // A holder that never renews is what a crashed process leaves behind.
    const crashed = await acquireLock(payload, 'crashed', { ttlMs: 800, renewEveryMs: 600_000 })
    expect(crashed).not.toBeNull()
    expect(await acquireLock(payload, 'crashed', { ttlMs: 60_000 })).toBeNull()
    await sleep(1000)
    const next = await acquireLock(payload, 'crashed', { ttlMs: 60_000 })
    expect(next).not.toBeNull()
    // The crashed holder's late release does not free the lock its successor holds.
    await crashed!.release()
    expect(await acquireLock(payload, 'crashed', { ttlMs: 60_000 })).toBeNull()
    await next!.release()
  })
})
