import type { Media } from '@talentregion/cms/types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph } from './helpers/content'
import { pngUpload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let partner: TestUser
let editor: TestUser
const images = {} as Record<
  'partnerOnly' | 'alsoInStory' | 'inBody' | 'expired' | 'unused' | 'bothKits',
  Media
>
let partnerKit: DocumentId
let storyId: DocumentId

const image = (name: string, extra: Partial<Media> = {}) =>
  pngUpload(`${name}.png`, 1000, 600).then((file) =>
    payload.create({
      collection: 'media',
      data: { alt: name, credit: 'Test', licence: 'owned', ...extra },
      file,
    }),
  )

const audienceOf = async (media: Media) =>
  (await payload.findByID({ collection: 'media', id: media.id, depth: 0 })).audience

beforeAll(async () => {
  payload = await startPayload()
  for (const name of Object.keys({
    partnerOnly: 0,
    alsoInStory: 0,
    inBody: 0,
    unused: 0,
    bothKits: 0,
  }) as (keyof typeof images)[])
    images[name] = await image(name)
  images.expired = await image('expired', {
    licence: 'rights-managed',
    licenceExpires: '2020-06-30T12:00:00.000Z',
  })
  const employer = await payload.create({
    collection: 'employers',
    data: { _status: 'published', name: 'Partner AS', industry: 'food', country: 'NO' },
  })
  partner = await createUser(payload, 'partner', { employer: employer.id })
  editor = await createUser(payload, 'editor')
  const story = await payload.create({
    collection: 'stories',
    data: {
      _status: 'published',
      title: 'Story',
      heroImage: images.alsoInStory.id,
      body: {
        root: {
          ...paragraph('x').root,
          children: [
            ...paragraph('Før bildet').root.children,
            {
              type: 'block',
              version: 2,
              format: '',
              fields: { id: 'b1', blockType: 'image', image: images.inBody.id, width: 'text' },
            },
          ],
        },
      },
    },
  })
  storyId = story.id
  const kit = (visibility: 'public' | 'partners', imageBank: DocumentId[]) =>
    payload.create({
      collection: 'toolkits',
      data: { _status: 'published', name: `Kit ${visibility}`, visibility, imageBank },
    })
  await kit('public', [images.bothKits.id])
  partnerKit = (
    await kit('partners', [
      images.partnerOnly.id,
      images.alsoInStory.id,
      images.inBody.id,
      images.bothKits.id,
      images.expired.id,
    ])
  ).id
})

afterAll(async () => {
  await stopPayload(payload)
})

const fileUrls = (media: Media) => [
  `/media/file/${media.filename}`,
  ...Object.values(media.sizes ?? {}).flatMap((size) =>
    size?.filename ? [`/media/file/${size.filename}`] : [],
  ),
]

describe('an image used only by partner-only toolkits', () => {
  test('is marked for partners; images used elsewhere, or nowhere, stay public', async () => {
    expect(await audienceOf(images.partnerOnly)).toBe('partners')
    expect(await audienceOf(images.alsoInStory)).toBe('public')
    expect(await audienceOf(images.inBody)).toBe('public')
    expect(await audienceOf(images.bothKits)).toBe('public')
    expect(await audienceOf(images.unused)).toBe('public')
  })

  test('cannot be read anonymously: not by id, list, where-query or any file size', async () => {
    const media = images.partnerOnly
    expect((await rest(`/media/${media.id}`)).status).toBe(404)
    const list = (await (await rest('/media?limit=100&depth=0')).json()) as { docs: Media[] }
    expect(list.docs.map((doc) => doc.id)).not.toContain(media.id)
    const query = await rest(`/media?where[filename][equals]=${media.filename}`)
    expect(((await query.json()) as { docs: Media[] }).docs).toEqual([])
    const urls = fileUrls(media)
    expect(urls.length).toBeGreaterThan(3)
    for (const url of urls) expect((await rest(url)).status).toBe(403)
  })

  test('is read by partners and staff, document and files', async () => {
    for (const token of [partner.token, editor.token]) {
      expect((await rest(`/media/${images.partnerOnly.id}`, { token })).status).toBe(200)
      for (const url of fileUrls(images.partnerOnly))
        expect((await rest(url, { token })).status).toBe(200)
    }
  })

  test('public images stay readable anonymously, files included', async () => {
    for (const media of [images.alsoInStory, images.inBody, images.bothKits, images.unused]) {
      expect((await rest(`/media/${media.id}`)).status).toBe(200)
      expect((await rest(`/media/file/${media.filename}`)).status).toBe(200)
    }
  })
})

describe('an image whose licence has ended', () => {
  test('is refused to anonymous visitors and partners, not to staff', async () => {
    const media = images.expired
    for (const token of [undefined, partner.token]) {
      expect((await rest(`/media/${media.id}`, { token })).status).toBe(404)
      for (const url of fileUrls(media)) expect((await rest(url, { token })).status).toBe(403)
    }
    expect((await rest(`/media/${media.id}`, { token: editor.token })).status).toBe(200)
  })
})

describe('the audience follows the documents that use the image', () => {
  test('an image dropped from the story becomes partners-only; used again, public', async () => {
    await payload.update({ collection: 'stories', id: storyId, data: { heroImage: null } })
    expect(await audienceOf(images.alsoInStory)).toBe('partners')
    await payload.update({
      collection: 'stories',
      id: storyId,
      data: { heroImage: images.alsoInStory.id },
    })
    expect(await audienceOf(images.alsoInStory)).toBe('public')
  })

  test('a draft that uses the image keeps it public', async () => {
    const draft = await payload.create({
      collection: 'events',
      draft: true,
      data: {
        _status: 'draft',
        title: 'Planned fair',
        startsAt: '2027-01-01T10:00:00.000Z',
        startsAt_tz: 'Europe/Oslo',
        place: { name: 'Town hall' },
        image: images.partnerOnly.id,
      },
    })
    expect(await audienceOf(images.partnerOnly)).toBe('public')
    await payload.delete({ collection: 'events', id: draft.id })
    expect(await audienceOf(images.partnerOnly)).toBe('partners')
  })

  test('a partner toolkit made public makes its images public; deleting it too', async () => {
    await payload.update({ collection: 'toolkits', id: partnerKit, data: { visibility: 'public' } })
    expect(await audienceOf(images.partnerOnly)).toBe('public')
    await payload.update({
      collection: 'toolkits',
      id: partnerKit,
      data: { visibility: 'partners' },
    })
    expect(await audienceOf(images.partnerOnly)).toBe('partners')
    await payload.delete({ collection: 'toolkits', id: partnerKit })
    expect(await audienceOf(images.partnerOnly)).toBe('public')
  })

  test('nobody can set the audience by hand', async () => {
    const response = await rest(`/media/${images.unused.id}`, {
      method: 'PATCH',
      token: editor.token,
      body: { audience: 'partners' },
    })
    expect(response.status).toBe(200)
    expect(await audienceOf(images.unused)).toBe('public')
  })
})
