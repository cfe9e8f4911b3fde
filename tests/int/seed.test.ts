import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { databaseKind } from '../../cms/src/config/database'
import { buildSnapshot } from '../../scripts/export/buildSnapshot'
import { localSource } from '../../scripts/export/localSource'
import { seed } from '../../scripts/seed/seed'

import { comparableSnapshot } from './helpers/comparableSnapshot'
import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload
const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (
        [
          'stories',
          'employers',
          'events',
          'toolkits',
          'municipalities',
          'media',
          'files',
          'users',
        ] as const
      ).map(
        async (collection) =>
          [collection, (await payload.count({ collection })).totalDocs] as const,
      ),
    ),
  )

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload, { dataDir: process.env.DATA_DIR as string })
}, 240_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('demo content', () => {
  test('has the promised amounts: 12+ stories, 8+ employers, 2 events, 2 toolkits, 3 users', async () => {
    const amounts = await counts()
    expect(amounts.stories).toBeGreaterThanOrEqual(12)
    expect(amounts.employers).toBeGreaterThanOrEqual(8)
    expect([amounts.events, amounts.toolkits, amounts.users]).toEqual([2, 2, 3])
  })

  test('employers span at least 4 industries and 5 municipalities', async () => {
    const { docs } = await payload.find({ collection: 'employers', depth: 0, pagination: false })
    const industries = new Set(docs.map((employer) => employer.industry))
    const places = new Set(docs.flatMap((employer) => employer.municipalities ?? []))
    expect(industries.size).toBeGreaterThanOrEqual(4)
    expect(places.size).toBeGreaterThanOrEqual(5)
  })

  test('stories are written in all three languages, each in its own words', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      locale: 'all',
      depth: 0,
      pagination: false,
    })
    const complete = docs.filter((story) => {
      const title = story.title as unknown as Record<string, string | undefined>
      return title.nb && title.sv && title.en && new Set([title.nb, title.sv, title.en]).size === 3
    })
    expect(complete.length).toBeGreaterThanOrEqual(12)
  })

  test('one toolkit is public and one is for partners only; one user of each role', async () => {
    const toolkits = await payload.find({ collection: 'toolkits', depth: 0 })
    const users = await payload.find({ collection: 'users', depth: 0 })
    expect(toolkits.docs.map((toolkit) => toolkit.visibility).sort()).toEqual([
      'partners',
      'public',
    ])
    expect(users.docs.map((user) => user.role).sort()).toEqual(['admin', 'editor', 'partner'])
  })

  test('every image has a credit and alt text in every language', async () => {
    const { docs } = await payload.find({
      collection: 'media',
      locale: 'all',
      depth: 0,
      pagination: false,
    })
    const incomplete = docs.filter((image) => {
      const alt = image.alt as unknown as Record<string, string | undefined>
      return !image.credit || !alt.nb || !alt.sv || !alt.en
    })
    expect(incomplete.map((image) => image.filename)).toEqual([])
  })
})

describe('on MongoDB', () => {
  test('the demo exports the same snapshot as on SQLite, ids, times and random codes aside', async ({
    skip,
  }) => {
    if (databaseKind(process.env.DATABASE_URL) !== 'mongodb')
      skip('compares a MongoDB seed with a SQLite one: runs in npm run test:mongo')
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-compare-'))
    try {
      const fromMongo = await buildSnapshot(localSource(payload), path.join(work, 'mongo'))
      // The same seed and export on a SQLite file, in a process of its own.
      const env = { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(work, 'sqlite-data') }
      const script = (...args: string[]) =>
        execFileSync('pnpm', ['--filter', '@talentregion/scripts', 'exec', 'tsx', ...args], {
          env,
          stdio: 'pipe',
        })
      script('seed/run.ts')
      script('export/run.ts', '--out', path.join(work, 'sqlite'))
      const fromSqlite = JSON.parse(
        fs.readFileSync(path.join(work, 'sqlite', 'snapshot.json'), 'utf8'),
      ) as Snapshot
      expect(comparableSnapshot(fromMongo)).toEqual(comparableSnapshot(fromSqlite))
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }, 300_000)
})

describe('seeding again', () => {
  test('adds nothing and keeps an editor’s change', async () => {
    const story = (await payload.find({ collection: 'stories', limit: 1, depth: 0 })).docs[0]
    await payload.update({
      collection: 'stories',
      id: story!.id,
      data: { title: 'Edited by an editor' },
    })
    const before = await counts()
    await seed(payload, { dataDir: process.env.DATA_DIR as string })
    const edited = await payload.findByID({ collection: 'stories', id: story!.id, depth: 0 })
    expect([await counts(), edited.title]).toEqual([before, 'Edited by an editor'])
  })
})
