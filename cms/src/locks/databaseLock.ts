import { randomUUID } from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { uniqueKeyReady } from '../database/uniqueKeyReady'
import { renewLock } from './renewLock'

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
 * released. Null when another process holds it. Taking a lock is always creating its row, so
 * the unique name decides between processes that try at once; a row whose holder let it expire
 * (released, or crashed) is deleted first. No conditional update decides it: FerretDB performs
 * those as a read and a write, and two claimants of one expired row both won.
 */
export async function acquireLock(
  payload: Payload,
  name: string,
  { ttlMs, renewEveryMs = ttlMs / 4 }: LockOptions,
): Promise<HeldLock | null> {
  const holder = lockHolder()
  const until = () => new Date(Date.now() + ttlMs)
  await removeExpired(payload, name)
  if (!(await createLock(payload, name, holder, until()))) return null
  const renewal = setInterval(() => {
    renewLock(payload, { name, holder, expiresAt: until() })
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
      await renewLock(payload, { name, holder, expiresAt: new Date(0) })
    },
  }
}

/** Deletes the lock's row if it has expired: exactly that row, as it was read. */
async function removeExpired(payload: Payload, name: string) {
  const { docs } = await payload.find({
    collection: 'locks',
    where: { name: { equals: name } },
    depth: 0,
    overrideAccess: true,
  })
  const row = docs[0]
  if (!row || Date.parse(row.expiresAt) >= Date.now()) return
  await payload.delete({
    collection: 'locks',
    where: { and: [{ id: { equals: row.id } }, { expiresAt: { equals: row.expiresAt } }] },
    overrideAccess: true,
  })
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
