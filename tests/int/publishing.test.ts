import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { fieldErrors } from './helpers/errors'
import { startPayload, stopPayload } from './helpers/payload'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let editor: TestUser

beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await stopPayload(payload)
})

const publicStatus = async (id: DocumentId) => {
  const found = await payload.find({
    collection: 'stories',
    where: { id: { equals: id } },
    overrideAccess: false,
  })
  return found.docs.length === 1 ? 'public' : 'hidden'
}

describe('drafts, versions and scheduled publishing', () => {
  test('a draft saved by an editor stays hidden until published, and each save is a version', async () => {
    const draft = await payload.create({
      collection: 'stories',
      draft: true,
      data: { title: 'Work in progress' },
      user: editor.user,
    })
    await payload.update({
      collection: 'stories',
      id: draft.id,
      draft: true,
      data: { title: 'Work in progress, second pass' },
    })
    const hiddenBefore = await publicStatus(draft.id)
    await payload.update({ collection: 'stories', id: draft.id, data: { _status: 'published' } })
    const versions = await payload.findVersions({
      collection: 'stories',
      where: { parent: { equals: draft.id } },
    })
    expect([hiddenBefore, await publicStatus(draft.id)]).toEqual(['hidden', 'public'])
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })

  test('publishing stamps a publish date when the editor set none', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'Dated story' },
    })
    expect(Number.isNaN(Date.parse(story.publishedAt ?? ''))).toBe(false)
  })

  test('a scheduled publish job publishes the draft when the queue runs', async () => {
    const draft = await payload.create({
      collection: 'stories',
      draft: true,
      data: { title: 'Scheduled story' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'stories', value: draft.id } },
      waitUntil: new Date(Date.UTC(2000, 0, 1)),
    })
    const before = await publicStatus(draft.id)
    await payload.jobs.run()
    expect([before, await publicStatus(draft.id)]).toEqual(['hidden', 'public'])
  })
})

describe('events', () => {
  const event = (title: string, startsAt: string, endsAt: string) =>
    payload.create({
      collection: 'events',
      data: {
        _status: 'published',
        title,
        startsAt,
        startsAt_tz: 'Europe/Stockholm',
        endsAt,
        endsAt_tz: 'Europe/Stockholm',
        place: { name: 'Borlänge' },
      },
    })

  test('an event keeps the time zone it is held in', async () => {
    const created = await event(
      'Career day',
      '2027-03-18T12:00:00.000Z',
      '2027-03-18T17:00:00.000Z',
    )
    expect([created.startsAt_tz, created.endsAt_tz]).toEqual([
      'Europe/Stockholm',
      'Europe/Stockholm',
    ])
  })

  test('an end before the start is refused on the end field', async () => {
    const errors = await fieldErrors(
      event('Backwards day', '2027-03-18T12:00:00.000Z', '2027-03-17T12:00:00.000Z'),
    )
    expect(errors).toEqual(['endsAt: Slutten er før starten: sjekk datoene.'])
  })

  test('a registration link must be a web address', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'events',
        data: {
          _status: 'published',
          title: 'Bad link',
          startsAt: '2027-03-18T12:00:00.000Z',
          startsAt_tz: 'Europe/Oslo',
          endsAt: '2027-03-18T13:00:00.000Z',
          endsAt_tz: 'Europe/Oslo',
          place: { name: 'Hamar' },
          registrationUrl: 'javascript:alert(1)',
        },
      }),
    )
    expect(errors).toEqual([
      expect.stringMatching(/^registrationUrl: Skriv inn en full nettadresse/),
    ])
  })
})
