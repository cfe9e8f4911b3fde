import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { pdfUpload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

type Viewer = 'anonymous' | 'partner' | 'editor' | 'admin'
type DocKey =
  | 'publishedStory'
  | 'draftStory'
  | 'publishedEmployer'
  | 'draftEmployer'
  | 'publishedEvent'
  | 'draftEvent'
  | 'publicToolkit'
  | 'partnerToolkit'
  | 'draftToolkit'
  | 'publicFile'
  | 'partnerFile'

const collectionOf: Record<DocKey, CollectionSlug> = {
  publishedStory: 'stories',
  draftStory: 'stories',
  publishedEmployer: 'employers',
  draftEmployer: 'employers',
  publishedEvent: 'events',
  draftEvent: 'events',
  publicToolkit: 'toolkits',
  partnerToolkit: 'toolkits',
  draftToolkit: 'toolkits',
  publicFile: 'files',
  partnerFile: 'files',
}

const publicDocs: DocKey[] = [
  'publishedStory',
  'publishedEmployer',
  'publishedEvent',
  'publicToolkit',
  'publicFile',
]
const visibleTo: Record<Viewer, DocKey[]> = {
  anonymous: publicDocs,
  partner: [...publicDocs, 'partnerToolkit', 'partnerFile'],
  editor: Object.keys(collectionOf) as DocKey[],
  admin: Object.keys(collectionOf) as DocKey[],
}
const viewers: Viewer[] = ['anonymous', 'partner', 'editor', 'admin']
const matrix = viewers.flatMap((viewer) =>
  (Object.keys(collectionOf) as DocKey[]).map((doc) => ({
    viewer,
    doc,
    visible: visibleTo[viewer].includes(doc),
  })),
)

let payload: Payload
const ids = {} as Record<DocKey, DocumentId>
const users = {} as Record<Exclude<Viewer, 'anonymous'>, TestUser>
const userOf = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : users[viewer].user)
const tokenOf = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : users[viewer].token)

beforeAll(async () => {
  payload = await startPayload()
  const published = { _status: 'published' as const }
  const draft = { _status: 'draft' as const }
  const employer = (name: string, status: typeof published | typeof draft) =>
    payload.create({
      collection: 'employers',
      draft: status._status === 'draft',
      data: { ...status, name, industry: 'energy', country: 'NO' },
    })
  ids.publishedEmployer = (await employer('Open Energy', published)).id
  ids.draftEmployer = (await employer('Secret Draft Employer', draft)).id
  ids.publishedStory = (
    await payload.create({
      collection: 'stories',
      data: {
        ...published,
        title: 'Public story',
        relatedEmployers: [ids.publishedEmployer, ids.draftEmployer],
      },
    })
  ).id
  ids.draftStory = (
    await payload.create({
      collection: 'stories',
      draft: true,
      data: { ...draft, title: 'Unpublished story' },
    })
  ).id
  const event = (title: string, status: typeof published | typeof draft) =>
    payload.create({
      collection: 'events',
      draft: status._status === 'draft',
      data: {
        ...status,
        title,
        startsAt: '2027-01-01T10:00:00.000Z',
        startsAt_tz: 'Europe/Oslo',
        endsAt: '2027-01-01T12:00:00.000Z',
        endsAt_tz: 'Europe/Oslo',
        place: { name: 'Town hall' },
      },
    })
  ids.publishedEvent = (await event('Open day', published)).id
  ids.draftEvent = (await event('Planned fair', draft)).id
  ids.publicFile = (
    await payload.create({
      collection: 'files',
      data: { title: 'Public template', audience: 'public', licence: 'owned' },
      file: pdfUpload('public-template.pdf'),
    })
  ).id
  ids.partnerFile = (
    await payload.create({
      collection: 'files',
      data: { title: 'Partner template', audience: 'partners', licence: 'owned' },
      file: pdfUpload('partner-only-template.pdf'),
    })
  ).id
  const toolkit = (
    name: string,
    visibility: 'public' | 'partners',
    status: typeof published | typeof draft,
  ) =>
    payload.create({
      collection: 'toolkits',
      draft: status._status === 'draft',
      data: {
        ...status,
        name,
        visibility,
        colours: [{ name: 'Green', hex: '#0B5D4B' }],
        templates: [ids.publicFile, ids.partnerFile],
      },
    })
  ids.publicToolkit = (await toolkit('Public kit', 'public', published)).id
  ids.partnerToolkit = (await toolkit('Partner kit', 'partners', published)).id
  ids.draftToolkit = (await toolkit('Draft kit', 'public', draft)).id
  users.admin = await createUser(payload, 'admin')
  users.editor = await createUser(payload, 'editor')
  users.partner = await createUser(payload, 'partner', { employer: ids.publishedEmployer })
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('read access by role, document and state', () => {
  test.each(matrix)('$viewer finds $doc: $visible', async ({ viewer, doc, visible }) => {
    const result = await payload.find({
      collection: collectionOf[doc],
      where: { id: { equals: ids[doc] } },
      overrideAccess: false,
      user: userOf(viewer),
      depth: 0,
    })
    expect(result.docs.map((found) => found.id)).toEqual(visible ? [ids[doc]] : [])
  })

  test.each(matrix)(
    '$viewer findByID $doc (drafts asked for): $visible',
    async ({ viewer, doc, visible }) => {
      const read = payload
        .findByID({
          collection: collectionOf[doc],
          id: ids[doc],
          overrideAccess: false,
          user: userOf(viewer),
          draft: true,
          depth: 0,
          disableErrors: true,
        })
        .then((found) => found?.id ?? null)
      await expect(read).resolves.toBe(visible ? ids[doc] : null)
    },
  )

  test.each(matrix)(
    '$viewer GET /api/…/$doc?draft=true over REST: $visible',
    async ({ viewer, doc, visible }) => {
      const response = await rest(`/${collectionOf[doc]}/${ids[doc]}?draft=true&depth=0`, {
        token: tokenOf(viewer),
      })
      expect(response.ok).toBe(visible)
    },
  )
})

describe('populated relations obey the same rules', () => {
  test('an anonymous read of a story does not populate its draft employer', async () => {
    const story = await payload.findByID({
      collection: 'stories',
      id: ids.publishedStory,
      overrideAccess: false,
      depth: 1,
    })
    const populated = (story.relatedEmployers ?? []).filter(
      (employer) => typeof employer === 'object',
    )
    expect(populated.map((employer) => employer.name)).toEqual(['Open Energy'])
    expect(JSON.stringify(story)).not.toContain('Secret Draft Employer')
  })

  test('an anonymous REST read of a public toolkit does not populate partner-only files', async () => {
    const response = await rest(`/toolkits/${ids.publicToolkit}?depth=1`)
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(text).toContain('public-template.pdf')
    expect(text).not.toContain('partner-only-template.pdf')
  })

  test('a partner sees partner-only files populated in a toolkit', async () => {
    const response = await rest(`/toolkits/${ids.partnerToolkit}?depth=1`, {
      token: users.partner.token,
    })
    expect(await response.text()).toContain('partner-only-template.pdf')
  })

  test('a partner-only file download is refused anonymously and served to a partner', async () => {
    const anonymous = await rest('/files/file/partner-only-template.pdf')
    const partner = await rest('/files/file/partner-only-template.pdf', {
      token: users.partner.token,
    })
    expect([anonymous.status, partner.status]).toEqual([403, 200])
  })

  test('a REST list for anonymous visitors holds published stories only', async () => {
    const response = await rest('/stories?depth=0&draft=true&limit=100')
    const body = (await response.json()) as { docs: { id: DocumentId }[] }
    expect(body.docs.map((doc) => doc.id)).toEqual([ids.publishedStory])
  })
})

describe('writes and user data', () => {
  test.each([
    { viewer: 'anonymous' as const, status: 403 },
    { viewer: 'partner' as const, status: 403 },
    { viewer: 'editor' as const, status: 201 },
  ])('$viewer creating a story over REST gets $status', async ({ viewer, status }) => {
    const response = await rest('/stories', {
      method: 'POST',
      token: tokenOf(viewer),
      body: { title: `By ${viewer}` },
    })
    expect(response.status).toBe(status)
  })

  test('anonymous visitors cannot list users', async () => {
    const response = await rest('/users')
    expect(response.status).toBe(403)
  })

  test.each([
    { viewer: 'partner' as const, count: 1 },
    { viewer: 'editor' as const, count: 1 },
    { viewer: 'admin' as const, count: 3 },
  ])('$viewer sees $count user account(s)', async ({ viewer, count }) => {
    const result = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: userOf(viewer),
    })
    expect(result.totalDocs).toBe(count)
  })

  test('site settings are readable by anyone but partners (who have the portal) and writable only by staff', async () => {
    const read = await rest('/globals/site-settings')
    const partnerRead = await rest('/globals/site-settings', { token: users.partner.token })
    const anonymousWrite = await rest('/globals/site-settings', {
      method: 'POST',
      body: { siteName: 'Hacked' },
    })
    const partnerWrite = await rest('/globals/site-settings', {
      method: 'POST',
      token: users.partner.token,
      body: { siteName: 'Hacked' },
    })
    const editorWrite = await rest('/globals/site-settings', {
      method: 'POST',
      token: users.editor.token,
      body: { siteName: 'Talentregion' },
    })
    expect([
      read.status,
      partnerRead.status,
      anonymousWrite.status,
      partnerWrite.status,
      editorWrite.status,
    ]).toEqual([200, 403, 403, 403, 200])
  })

  test('depth beyond the configured maximum is capped', async () => {
    const response = await rest(`/stories/${ids.publishedStory}?depth=50`)
    expect(response.status).toBe(200)
    expect(payload.config.maxDepth).toBe(3)
  })

  test('GraphQL is switched off', async () => {
    const response = await rest('/graphql', {
      method: 'POST',
      body: { query: '{ Users { docs { email } } }' },
    })
    expect(response.status).toBe(404)
  })
})
