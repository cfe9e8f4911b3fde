import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { defaultLocale, fallbackLocale, locales } from '@talentregion/shared/locales'

import { startPayload, stopPayload } from './helpers/payload'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let storyId: DocumentId

beforeAll(async () => {
  payload = await startPayload()
  const story = await payload.create({
    collection: 'stories',
    locale: 'nb',
    data: { _status: 'published', title: 'Livet ved Mjøsa', excerpt: 'Norsk ingress' },
  })
  await payload.update({
    collection: 'stories',
    id: story.id,
    locale: 'sv',
    data: { _status: 'published', title: 'Livet vid Mjøsa' },
  })
  storyId = story.id
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('localization is derived from shared/locales', () => {
  test('Payload has exactly the shared locales, nb first and default', () => {
    const localization = payload.config.localization
    expect(localization && localization.localeCodes).toEqual([...locales])
    expect(localization && localization.defaultLocale).toBe(defaultLocale)
  })

  test('the admin speaks nb, sv and en with Payload’s own translations', () => {
    expect(Object.keys(payload.config.i18n.supportedLanguages ?? {}).sort()).toEqual([
      'en',
      'nb',
      'sv',
    ])
  })
})

describe('fallback policy: an empty translation reads as the Norwegian text', () => {
  test('en with nothing written returns the nb title and excerpt', async () => {
    const story = await payload.findByID({ collection: 'stories', id: storyId, locale: 'en' })
    expect([story.title, story.excerpt]).toEqual(['Livet ved Mjøsa', 'Norsk ingress'])
    expect(fallbackLocale.en).toBe('nb')
  })

  test('sv returns its own title, and nb for the excerpt it lacks', async () => {
    const story = await payload.findByID({ collection: 'stories', id: storyId, locale: 'sv' })
    expect([story.title, story.excerpt]).toEqual(['Livet vid Mjøsa', 'Norsk ingress'])
  })

  test('with fallback off, en reads as empty — what the snapshot uses to see missing translations', async () => {
    const story = await payload.findByID({
      collection: 'stories',
      id: storyId,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(story.title ?? null).toBeNull()
  })

  test('locale "all" returns every translation side by side', async () => {
    const story = await payload.findByID({ collection: 'stories', id: storyId, locale: 'all' })
    expect(story.title).toEqual({ nb: 'Livet ved Mjøsa', sv: 'Livet vid Mjøsa' })
  })
})

// MongoDB keeps a document's translations inside the document; only SQLite has tables for them.
describe.skipIf(process.env.DATABASE_URL?.startsWith('mongodb'))(
  'translations tables (SQLite)',
  () => {
    /** The SQLite adapter's libSQL client, which answers plain SQL. */
    type Client = { execute(query: string): Promise<{ rows: Record<string, unknown>[] }> }
    const rows = async (query: string) =>
      (await (payload.db as unknown as { client: Client }).client.execute(query)).rows

    test('every translations table is indexed by its document, so reading n documents stays linear', async () => {
      const tables = await rows(
        "select name from sqlite_master where type = 'table' and name like '%_locales'",
      )
      expect(tables.length).toBeGreaterThan(10)
      for (const { name } of tables) {
        const indexes = await rows(`pragma index_list("${String(name)}")`)
        const firstColumns = await Promise.all(
          indexes.map(async (index) => {
            const [first] = await rows(`pragma index_info("${String(index.name)}")`)
            return first?.name
          }),
        )
        expect(firstColumns, String(name)).toContain('_parent_id')
      }
    })

    test('a story’s translations are looked up, not scanned', async () => {
      const plan = await rows(
        `explain query plan select title from stories_locales where _parent_id = ${Number(storyId)}`,
      )
      expect(plan.map((step) => step.detail).join('\n')).toMatch(
        /USING (COVERING )?INDEX stories_locales_parent_idx/,
      )
    })
  },
)
