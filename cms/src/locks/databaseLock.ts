import { randomUUID } from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { uniqueKeyReady } from '../database/uniqueKeyReady'
import { claimLock } from './claimLock'

export interface HeldLock {
  holder: string
  /** Gives the lock up (at once, not at expiry); safe to call twice. */
  release(): Promise<void>
}

export interface LockOptions {
  /** How long the lock outlives its last renewal: how soon a crashed holder's lock frees. */
  ttlMs: number
  /** How often a held lock is renewed; a quarter of the ttl unless set. */
  renewEveryMs?: number
}

/** A holder name no other process, nor this process's next life, shares. */
export const lockHolder = () => `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

/**
 * Takes the database lock `name` if no live process holds it, and keeps renewing it until
 * released. Null when another process holds it. Creating the row the first time races like any
 * claim: the unique name lets one process create it and the other fails to.
 */
export async function acquireLock(
  payload: Payload,
  name: string,
  { ttlMs, renewEveryMs = ttlMs / 4 }: LockOptions,
): Promise<HeldLock | null> {
  const holder = lockHolder()
  const until = () => new Date(Date.now() + ttlMs)
  let held = await claimLock(payload, { name, holder, expiresAt: until(), takeExpired: true })
  if (!held) held = await createLock(payload, name, holder, until())
  if (!held) return null
  const renewal = setInterval(() => {
    claimLock(payload, { name, holder, expiresAt: until(), takeExpired: false })
      .then((renewed) => {
        if (!renewed) payload.logger.error(`Lost the lock "${name}": it expired before renewal.`)
      })
      .catch((error: unknown) => payload.logger.error({ err: error }, `Renewing lock "${name}"`))
  }, renewEveryMs)
  renewal.unref()
  let released = false
  return {
    holder,
    async release() {
      if (released) return
      released = true
      clearInterval(renewal)
      await claimLock(payload, { name, holder, expiresAt: new Date(0), takeExpired: false })
    },
  }
}

async function createLock(payload: Payload, name: string, holder: string, expiresAt: Date) {
  await uniqueKeyReady(payload, 'locks')
  try {
    await payload.create({
      collection: 'locks',
      data: { name, holder, expiresAt: expiresAt.toISOString() },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    // Another process created it first (the unique name refused this row): it holds the lock.
    const existing = await payload.count({
      collection: 'locks',
      where: { name: { equals: name } },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) return false
    throw error
  }
}
