import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { seed } from '../../scripts/seed/seed'

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
