import fs from 'node:fs'
import path from 'node:path'

import { SnapshotError } from '@talentregion/shared/schemas/parseSnapshot'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { buildSnapshot } from '../../scripts/export/buildSnapshot'
import { localSource } from '../../scripts/export/localSource'
import { restSource } from '../../scripts/export/restSource'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph, publishedImage } from './helpers/content'
import { startCmsHttp } from './helpers/httpServer'
import { startPayload, stopPayload } from './helpers/payload'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsHttp>>
let snapshot: Snapshot
const out = (name: string) => path.join(process.env.DATA_DIR!, name)
const ids: Record<string, DocumentId> = {}

beforeAll(async () => {
  payload = await startPayload()
  const hero = await publishedImage(payload, 'hero')
  const place = await payload.create({
    collection: 'municipalities',
    data: { name: 'Hamar', region: 'Innlandet', country: 'NO' },
  })
  const employer = await payload.create({
    collection: 'employers',
    data: {
      _status: 'published',
      name: 'Open Employer',
      industry: 'energy',
      country: 'NO',
      municipalities: [place.id],
      englishAtWork: true,
    },
  })
  const hiddenEmployer = await payload.create({
    collection: 'employers',
    draft: true,
    data: { _status: 'draft', name: 'Hidden Draft Employer', industry: 'food', country: 'NO' },
  })
  const story = await payload.create({
    collection: 'stories',
    locale: 'nb',
    data: {
      _status: 'published',
      title: 'Historien på norsk',
      excerpt: 'Ingress',
      body: paragraph('Brødtekst'),
      heroImage: hero.id,
      municipality: place.id,
      relatedEmployers: [employer.id, hiddenEmployer.id],
      person: { name: 'Kari', role: 'Ingeniør', movedFrom: 'Oslo' },
    },
  })
  await payload.update({
    collection: 'stories',
    id: story.id,
    locale: 'sv',
    data: { _status: 'published', title: 'Berättelsen på svenska', body: paragraph('Brödtext') },
  })
  await payload.create({
    collection: 'stories',
    draft: true,
    data: { _status: 'draft', title: 'Secret draft story' },
  })
  const toolkit = (name: string, visibility: 'public' | 'partners') =>
    payload.create({
      collection: 'toolkits',
      data: {
        _status: 'published',
        name,
        visibility,
        colours: [{ name: 'Green', hex: '#0B5D4B', role: 'primary' }],
      },
    })
  const publicKit = await toolkit('Public kit', 'public')
  await toolkit('Partner only kit', 'partners')
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'nb',
    data: {
      siteName: 'Testregion',
      tagline: 'Slagord',
      graphicProfile: publicKit.id,
      homeStory: story.id,
      navigation: [{ label: 'Historier', target: 'stories' }],
    },
  })
  ids.story = story.id
  ids.employer = employer.id
  cms = await startCmsHttp()
  snapshot = await buildSnapshot(localSource(payload), out('local'))
})

afterAll(async () => {
  await cms.close()
  await stopPayload(payload)
})

describe('an in-process export', () => {
  test('holds published documents only, in the languages they are written in', () => {
    expect(snapshot.stories.map((story) => Object.keys(story.translations))).toEqual([['nb', 'sv']])
    expect(snapshot.employers.map((employer) => employer.name)).toEqual(['Open Employer'])
  })

  test('drops relations to unpublished documents instead of leaving them dangling', () => {
    expect(snapshot.stories[0]!.relatedEmployers).toEqual([String(ids.employer)])
  })

  test('never contains drafts or partner-only toolkits', () => {
    const text = fs.readFileSync(out('local/snapshot.json'), 'utf8')
    expect(text).not.toMatch(/Secret draft story|Hidden Draft Employer|Partner only kit/)
  })

  test('carries the graphic profile of the public toolkit chosen in site settings', () => {
    expect(snapshot.graphicProfile?.colours.map((colour) => colour.hex)).toEqual(['#0B5D4B'])
  })

  test('copies each image with its AVIF and WebP variants, named by content hash', () => {
    const image = snapshot.media.find((media) => media.id === snapshot.stories[0]!.heroImage)!
    const files = [image.original, ...image.sources, image.social!].map((file) => file.path)
    expect(files.every((file) => fs.existsSync(out(`local/${file}`)))).toBe(true)
    expect(new Set(image.sources.map((source) => source.type))).toEqual(
      new Set(['image/avif', 'image/webp']),
    )
    expect(files.every((file) => /\.[0-9a-f]{10}\.\w+$/.test(file))).toBe(true)
  })

  test('carries the story the editors chose for the home page', () => {
    expect(snapshot.settings.homeStory).toBe(String(ids.story))
  })

  test('carries whether English is a working language at an employer', () => {
    expect(snapshot.employers.map((employer) => [employer.name, employer.englishAtWork])).toEqual([
      ['Open Employer', true],
    ])
  })

  test('fills empty settings translations from Norwegian', () => {
    expect(snapshot.settings.translations.en.siteName).toBe('Testregion')
  })
})

describe('an export over REST', () => {
  test('reads a running CMS anonymously and gives the same snapshot', async () => {
    const source = await restSource({ baseUrl: cms.url })
    const overRest = await buildSnapshot(source, out('rest'))
    const comparable = (value: Snapshot) => ({ ...value, generatedAt: '', cmsUrl: null })
    expect(comparable(overRest)).toEqual(comparable(snapshot))
    // Partners are sent to the CMS the export read from.
    expect(overRest.cmsUrl).toBe(cms.url)
  })

  test('with wrong credentials it stops with the reason', async () => {
    await expect(
      restSource({ baseUrl: cms.url, email: 'nobody@test.local', password: 'wrong' }),
    ).rejects.toThrow(
      /Logging in to http:\/\/127\.0\.0\.1:\d+ as nobody@test\.local failed: HTTP 401/,
    )
  })
})

describe('image licences', () => {
  test('an image whose licence has expired is left out of the next export, wherever it was used', async () => {
    const day = 86_400_000
    const expired = await publishedImage(payload, 'expired')
    const lastDay = await publishedImage(payload, 'last-day')
    await payload.update({
      collection: 'media',
      id: expired.id,
      data: { licence: 'rights-managed', licenceExpires: new Date(Date.now() - day).toISOString() },
    })
    await payload.update({
      collection: 'media',
      id: lastDay.id,
      data: { licence: 'rights-managed', licenceExpires: new Date().toISOString() },
    })
    const story = await payload.create({
      collection: 'stories',
      data: {
        _status: 'published',
        title: 'Med lisensierte bilder',
        heroImage: expired.id,
        body: {
          root: {
            type: 'root',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [
              {
                type: 'block',
                version: 2,
                format: '',
                fields: { id: 'a1', blockName: '', blockType: 'image', image: lastDay.id },
              },
              {
                type: 'block',
                version: 2,
                format: '',
                fields: { id: 'a2', blockName: '', blockType: 'image', image: expired.id },
              },
            ],
          },
        },
      },
    })
    const exported = await buildSnapshot(localSource(payload), out('expiry'))
    const exportedStory = exported.stories.find((item) => item.id === String(story.id))!
    const blocks = exportedStory.translations.nb!.body!.root.children.map(
      (node) => (node.fields as { image: string }).image,
    )
    expect(exportedStory.heroImage).toBeNull()
    expect(blocks).toEqual([String(lastDay.id)])
    expect(exported.media.map((item) => item.id)).not.toContain(String(expired.id))
    expect(fs.readdirSync(out('expiry/media')).some((file) => file.startsWith('expired'))).toBe(
      false,
    )
  })
})

describe('the home page story', () => {
  test('a chosen story that is no longer published leaves the choice to the newest', async () => {
    const chosen = await payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'Valgt og så trukket' },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { homeStory: chosen.id },
      context: { skipSiteBuild: true },
    })
    const before = await buildSnapshot(localSource(payload), out('home-chosen'))
    expect(before.settings.homeStory).toBe(String(chosen.id))
    await payload.update({
      collection: 'stories',
      id: chosen.id,
      data: { _status: 'draft' },
      context: { skipSiteBuild: true },
    })
    const after = await buildSnapshot(localSource(payload), out('home-unpublished'))
    expect(after.settings.homeStory).toBeNull()
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { homeStory: ids.story },
      context: { skipSiteBuild: true },
    })
  })
})

describe('bad content', () => {
  test('stops the export with an error naming document and field, and writes no snapshot', async () => {
    // Written past the CMS's own validation, as an import or an old version might have.
    await payload.db.updateOne({
      collection: 'employers',
      id: ids.employer!,
      data: { website: 'javascript:alert(1)' },
    })
    const target = out('bad')
    const attempt = buildSnapshot(localSource(payload), target)
    await expect(attempt).rejects.toBeInstanceOf(SnapshotError)
    await expect(attempt).rejects.toThrow(
      new RegExp(`employers/${ids.employer} "open-employer" website:`),
    )
    expect(fs.existsSync(path.join(target, 'snapshot.json'))).toBe(false)
    await payload.db.updateOne({
      collection: 'employers',
      id: ids.employer!,
      data: { website: null },
    })
  })
})
