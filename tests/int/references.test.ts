import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { siteSettings } from './helpers/content'
import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await siteSettings(payload)
})

afterAll(async () => {
  await stopPayload(payload)
})

const context = { skipSiteBuild: true }

const story = (title: string) =>
  payload.create({
    collection: 'stories',
    draft: false,
    data: { _status: 'published', title, excerpt: 'Kort.' },
    context,
  })

// The same on both databases: SQLite's foreign keys do it, on MongoDB a hook does.
test('a deleted story leaves the employers that featured it and the home page setting', async () => {
  const [kept, deleted] = [await story('Blir'), await story('Slettes')]
  const employer = await payload.create({
    collection: 'employers',
    draft: false,
    data: {
      _status: 'published',
      name: 'Fremhever AS',
      industry: 'food',
      country: 'NO',
      featuredStories: [deleted.id, kept.id],
    },
    context,
  })
  await payload.updateGlobal({ slug: 'site-settings', data: { homeStory: deleted.id }, context })
  await payload.delete({ collection: 'stories', id: deleted.id, context })
  const after = await payload.findByID({ collection: 'employers', id: employer.id, depth: 0 })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  expect([after.featuredStories, settings.homeStory ?? null]).toEqual([[kept.id], null])
})
