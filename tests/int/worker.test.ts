import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { SiteBuild } from '../../cms/src/payload-types'
import { paragraph, siteSettings } from './helpers/content'
import { startPayload, stopPayload } from './helpers/payload'
import { startWorker, type Worker } from './helpers/worker'

let payload: Payload
const workers: Worker[] = []

beforeAll(async () => {
  payload = await startPayload()
  await siteSettings(payload)
  await payload.create({
    collection: 'stories',
    data: { _status: 'published', title: 'Bygget av en arbeider', body: paragraph('Tekst') },
    context: { skipSiteBuild: true },
  })
})

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()))
  await stopPayload(payload)
})

const builds = async () =>
  (await payload.find({ collection: 'site-builds', sort: 'createdAt', depth: 0, limit: 100 })).docs

async function until(done: (all: SiteBuild[]) => boolean, timeoutMs: number) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const all = await builds()
    if (done(all)) return all
    await sleep(1000)
  }
  throw new Error(`Builds did not finish: ${JSON.stringify(await builds(), null, 1)}`)
}

describe('site builds run in workers of their own', () => {
  test('two workers share the queue, never build at once, and wait out a crashed one’s lock', async () => {
    // A worker crashed mid-build a moment ago: its build says running, its lock has not expired.
    const lockExpires = new Date(Date.now() + 20_000)
    await payload.create({
      collection: 'locks',
      data: { name: 'site-build', holder: 'gone:1:crashed', expiresAt: lockExpires.toISOString() },
    })
    const crashed = await payload.create({
      collection: 'site-builds',
      data: { action: 'build', status: 'running', startedAt: new Date().toISOString() },
      context: { queuedBySystem: true },
    })
    // Three "Rebuild now" from the admin, each its own build.
    for (let i = 0; i < 3; i++) {
      await payload.create({ collection: 'site-builds', data: { action: 'build' } })
    }
    workers.push(startWorker(), startWorker())
    const all = await until(
      (docs) => docs.filter((build) => build.status === 'succeeded').length === 3,
      240_000,
    )
    const done = all.filter((build) => build.id !== crashed.id)
    expect(done.map((build) => [build.status, build.error ?? null])).toEqual(
      Array(3).fill(['succeeded', null]),
    )
    // No build started before the crashed worker's lock expired.
    const runs = done
      .map((build) => ({
        start: Date.parse(build.startedAt!),
        end: Date.parse(build.finishedAt!),
      }))
      .sort((a, b) => a.start - b.start)
    expect(runs[0]!.start).toBeGreaterThanOrEqual(lockExpires.getTime())
    // One at a time: each build starts after the one before it finished.
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i]!.start).toBeGreaterThanOrEqual(runs[i - 1]!.end)
    }
    const interrupted = all.find((build) => build.id === crashed.id)!
    expect([interrupted.status, interrupted.error]).toEqual([
      'failed',
      expect.stringMatching(/^Interrupted/),
    ])
    expect(done.every((build) => build.builtBy?.includes(':'))).toBe(true)
    // The lock is given back: once the job a worker may still be retrying has found its build
    // done, nothing holds it (a held lock would stay for its 60 s).
    const lockHeld = async () => {
      const { docs } = await payload.find({
        collection: 'locks',
        where: { name: { equals: 'site-build' } },
      })
      return Date.parse(docs[0]!.expiresAt) > Date.now()
    }
    for (let tries = 0; tries < 20 && (await lockHeld()); tries++) await sleep(500)
    expect(await lockHeld()).toBe(false)
    expect(workers.flatMap((worker) => worker.output).join('')).toContain('running queued jobs')
  }, 300_000)
})
