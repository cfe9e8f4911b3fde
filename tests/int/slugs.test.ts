import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { fieldErrors } from './helpers/errors'
import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await stopPayload(payload)
})

const story = (
  title: string,
  extra: Record<string, unknown> = {},
  locale: 'nb' | 'sv' | 'en' = 'nb',
) =>
  payload.create({ collection: 'stories', locale, data: { _status: 'published', title, ...extra } })

describe('slugs made from titles', () => {
  test.each([
    ['Ærlige øyeblikk på Åsen', 'aerlige-oyeblikk-pa-asen'],
    ['Flytta till Älvdalen och Östersund', 'flytta-till-alvdalen-och-ostersund'],
    ['Müller & Søn: 10 000 nye jobber!', 'muller-son-10-000-nye-jobber'],
  ])('"%s" becomes "%s"', async (title, expected) => {
    const created = await story(title)
    expect(created.slug).toBe(expected)
  })

  test('an employer’s slug comes from its name', async () => {
    const employer = await payload.create({
      collection: 'employers',
      data: {
        _status: 'published',
        name: 'Gjøvik Øst Næring',
        industry: 'technology',
        country: 'NO',
      },
    })
    expect(employer.slug).toBe('gjovik-ost-naering')
  })
})

describe('slugs are unique per locale', () => {
  test('a second story with the same Norwegian slug is refused, naming the slug and locale', async () => {
    await story('Same title here')
    const errors = await fieldErrors(story('Same title here'))
    expect(errors).toEqual([
      'slug: Adressen «same-title-here» er allerede brukt på Norsk. Velg en annen.',
    ])
  })

  test('the same slug in another locale is allowed', async () => {
    const first = await story('Felles ord')
    const second = await story('Annen tittel')
    const updated = await payload.update({
      collection: 'stories',
      id: second.id,
      locale: 'sv',
      data: { title: 'Felles ord' },
    })
    expect([first.slug, updated.slug]).toEqual(['felles-ord', 'felles-ord'])
  })
})

describe('editors can override a slug', () => {
  test('an override is kept when the title changes on a published story', async () => {
    const created = await story('Original title', { slug: 'my-own-slug' })
    const updated = await payload.update({
      collection: 'stories',
      id: created.id,
      data: { title: 'Changed title' },
    })
    expect(updated.slug).toBe('my-own-slug')
  })

  test('a typed override is normalised the same way', async () => {
    const created = await story('Noe annet', { slug: 'Blåbær På Toten' })
    expect(created.slug).toBe('blabaer-pa-toten')
  })

  test('a draft’s generated slug follows its title until it is published', async () => {
    const created = await payload.create({
      collection: 'stories',
      draft: true,
      data: { title: 'Arbeidstittel' },
    })
    const updated = await payload.update({
      collection: 'stories',
      id: created.id,
      draft: true,
      data: { title: 'Endelig tittel' },
    })
    expect([created.slug, updated.slug]).toEqual(['arbeidstittel', 'endelig-tittel'])
  })
})
