import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph, siteSettings } from './helpers/content'
import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  // This file's CMS runs its jobs, as `npm start` does, but has no five-second check: a build
  // that runs was started by the publish itself.
  delete process.env.PAYLOAD_JOBS_AUTORUN
  process.env.SITE_BUILD_DEBOUNCE_MS = '300'
  payload = await startPayload()
  await siteSettings(payload)
})

afterAll(async () => {
  await stopPayload(payload)
})

const publish = (title: string) =>
  payload.create({
    collection: 'stories',
    data: { _status: 'published', title, body: paragraph(title) },
  })

describe('a publish wakes the build runner', () => {
  test('the build starts without waiting for a check, with the changes that came together', async () => {
    await publish('Vekket av køen')
    await publish('Kom samtidig')
    let builds = (await payload.find({ collection: 'site-builds' })).docs
    for (let tries = 0; tries < 120 && builds[0]?.status !== 'succeeded'; tries++) {
      await sleep(500)
      builds = (await payload.find({ collection: 'site-builds' })).docs
    }
    expect(builds.map((build) => [build.status, build.changes, build.error ?? null])).toEqual([
      ['succeeded', 2, null],
    ])
  })
})
