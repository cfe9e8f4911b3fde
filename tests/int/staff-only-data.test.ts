import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

type Viewer = 'anonymous' | 'partner' | 'editor' | 'admin'

let payload: Payload
const users = {} as Record<Exclude<Viewer, 'anonymous'>, TestUser>
const tokenOf = (viewer: Viewer) => (viewer === 'anonymous' ? undefined : users[viewer].token)
const staff: Viewer[] = ['editor', 'admin']
const outsiders: Viewer[] = ['anonymous', 'partner']

// Payload's job endpoint says 401 where its collections say 403: both are a refusal.
const refused = (status: number) => status === 401 || status === 403

const versionRoutes = [
  '/stories/versions',
  '/employers/versions',
  '/events/versions',
  '/campaigns/versions',
  '/toolkits/versions',
  '/globals/site-settings/versions',
]

beforeAll(async () => {
  payload = await startPayload()
  const employer = await payload.create({
    collection: 'employers',
    data: { _status: 'published', name: 'Versioned AS', industry: 'energy', country: 'NO' },
  })
  await payload.update({
    collection: 'employers',
    id: employer.id,
    draft: true,
    data: { name: 'Secret new name AS' },
  })
  const story = await payload.create({
    collection: 'stories',
    data: { _status: 'published', title: 'Published story' },
  })
  await payload.update({
    collection: 'stories',
    id: story.id,
    draft: true,
    data: { title: 'Secret draft title' },
  })
  await payload.create({
    collection: 'events',
    draft: true,
    data: {
      _status: 'draft',
      title: 'Secret fair',
      startsAt: '2027-01-01T10:00:00.000Z',
      startsAt_tz: 'Europe/Oslo',
      place: { name: 'Town hall' },
    },
  })
  await payload.create({
    collection: 'campaigns',
    draft: true,
    data: { _status: 'draft', title: 'Secret campaign', defaultLocale: 'nb' },
  })
  await payload.create({
    collection: 'toolkits',
    draft: true,
    data: { _status: 'draft', name: 'Secret kit', visibility: 'public' },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Secret region' },
    context: { skipSiteBuild: true },
  })
  users.admin = await createUser(payload, 'admin')
  users.editor = await createUser(payload, 'editor')
  users.partner = await createUser(payload, 'partner', { employer: employer.id })
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('drafts and version history are for staff only', () => {
  test.each(versionRoutes.flatMap((route) => outsiders.map((viewer) => ({ route, viewer }))))(
    '$viewer is refused GET $route',
    async ({ route, viewer }) => {
      const response = await rest(route, { token: tokenOf(viewer) })
      const text = await response.text()
      expect(response.status).toBe(403)
      expect(text).not.toMatch(/Secret/)
    },
  )

  test.each(versionRoutes.flatMap((route) => staff.map((viewer) => ({ route, viewer }))))(
    '$viewer reads GET $route',
    async ({ route, viewer }) => {
      const response = await rest(route, { token: tokenOf(viewer) })
      expect(response.status).toBe(200)
      const { docs } = (await response.json()) as { docs: unknown[] }
      expect(docs.length).toBeGreaterThan(0)
    },
  )

  test('a partner cannot read one version by id either', async () => {
    const { docs } = await payload.findVersions({ collection: 'stories', limit: 1 })
    const version = docs[0]!
    const response = await rest(`/stories/versions/${version.id}`, {
      token: users.partner.token,
    })
    expect(response.status).toBe(403)
  })
})

describe("Payload's own collections", () => {
  test.each(outsiders)('%s may not run the job queue over HTTP', async (viewer) => {
    const response = await rest('/payload-jobs/run', { token: tokenOf(viewer) })
    expect(refused(response.status)).toBe(true)
  })

  test('an editor may not run the job queue over HTTP either; an admin may', async () => {
    const editor = await rest('/payload-jobs/run', { token: users.editor.token })
    expect(refused(editor.status)).toBe(true)
    expect((await rest('/payload-jobs/run', { token: users.admin.token })).status).toBe(200)
  })

  test.each(['anonymous', 'partner', 'editor', 'admin'] as Viewer[])(
    '%s cannot read or write jobs through the API',
    async (viewer) => {
      expect((await rest('/payload-jobs', { token: tokenOf(viewer) })).status).toBe(403)
      const create = await rest('/payload-jobs', {
        token: tokenOf(viewer),
        method: 'POST',
        body: { taskSlug: 'buildSite', input: {} },
      })
      expect(create.status).toBe(403)
    },
  )

  test.each(outsiders)('%s may not read or write document locks', async (viewer) => {
    const { docs } = await payload.find({ collection: 'stories', limit: 1, depth: 0 })
    const create = await rest('/payload-locked-documents', {
      token: tokenOf(viewer),
      method: 'POST',
      body: { document: { relationTo: 'stories', value: docs[0]!.id }, user: users.admin.user.id },
    })
    expect(create.status).toBe(403)
    expect((await rest('/payload-locked-documents', { token: tokenOf(viewer) })).status).toBe(403)
  })

  test('an editor may lock a document, as the admin does while editing', async () => {
    const { docs } = await payload.find({ collection: 'stories', limit: 1, depth: 0 })
    const create = await rest('/payload-locked-documents', {
      token: users.editor.token,
      method: 'POST',
      body: {
        document: { relationTo: 'stories', value: docs[0]!.id },
        user: { relationTo: 'users', value: users.editor.user.id },
      },
    })
    expect(create.status).toBe(201)
  })

  test('every collection Payload adds has access decided on purpose', () => {
    const internal = payload.config.collections
      .map((collection) => collection.slug)
      .filter((slug) => slug.startsWith('payload-'))
      .sort()
    expect(internal).toEqual([
      'payload-jobs',
      'payload-kv',
      'payload-locked-documents',
      'payload-migrations',
      'payload-preferences',
    ])
  })
})

describe("other people's sessions", () => {
  const sessionIdsOf = async (userId: DocumentId) => {
    const stored = (await payload.db.findOne({
      collection: 'users',
      where: { id: { equals: userId } },
    })) as { sessions?: { id: string }[] } | null
    return (stored?.sessions ?? []).map((session) => session.id)
  }

  test.each(['editor', 'admin'] as const)(
    'no answer shows %s the session ids of another account',
    async (viewer) => {
      const others = (
        await Promise.all(
          (['admin', 'editor', 'partner'] as const)
            .filter((role) => role !== viewer)
            .map((role) => sessionIdsOf(users[role].user.id)),
        )
      ).flat()
      expect(others.length).toBeGreaterThan(0)
      const { docs } = await payload.find({ collection: 'stories', limit: 1, depth: 0 })
      await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'stories', value: docs[0]!.id },
          user: { relationTo: 'users', value: users.partner.user.id },
        },
      })
      await payload.create({
        collection: 'site-builds',
        data: {
          status: 'failed',
          action: 'build',
          cause: 'rebuild',
          change: { person: 'Test admin' },
          requestedBy: users.admin.user.id,
        },
        context: { queuedBySystem: true },
      })
      for (const route of [
        '/users?depth=2&limit=100',
        `/users/${users.partner.user.id}?depth=2`,
        '/site-builds?depth=2',
        '/payload-locked-documents?depth=2',
        '/users/me',
      ]) {
        const text = await (await rest(route, { token: users[viewer].token })).text()
        for (const id of others) expect(text, route).not.toContain(id)
      }
    },
  )
})
