import type { Story } from '@talentregion/cms/types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { missingTranslations } from '../../cms/src/translations/missingTranslations'

import { pngUpload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'
import type { DocumentId } from './helpers/documentId'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await stopPayload(payload)
})

/** An image described in Norwegian only, as an editor uploading it in the default language leaves it. */
async function norwegianOnlyImage(name: string, decorative = false) {
  return payload.create({
    collection: 'media',
    locale: 'nb',
    data: {
      alt: decorative ? '' : `Norsk beskrivelse av ${name}`,
      decorative,
      credit: 'Test',
      licence: 'owned',
    },
    file: await pngUpload(`${name}.png`, 800, 533),
  })
}

const imageBlock = (image: DocumentId) =>
  ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'block',
          version: 2,
          format: '',
          fields: { id: 'b1', blockName: '', blockType: 'image', image, width: 'text' },
        },
      ],
    },
  }) as NonNullable<Story['body']>

async function norwegianStory(title: string, image: DocumentId, inBody = false) {
  return payload.create({
    collection: 'stories',
    locale: 'nb',
    data: {
      _status: 'published',
      title,
      ...(inBody ? { body: imageBlock(image) } : { heroImage: image }),
    },
    context: { skipSiteBuild: true },
  })
}

const publishInSwedish = (id: DocumentId, title: string, body?: ReturnType<typeof imageBlock>) =>
  payload.update({
    collection: 'stories',
    id,
    locale: 'sv',
    data: { _status: 'published', title, ...(body && { body }) },
    context: { skipSiteBuild: true },
  })

describe('a page published in a language has its images described in that language', () => {
  test('publishing in Swedish is refused while the hero image has Norwegian alt text only, naming the image and the language', async () => {
    const image = await norwegianOnlyImage('utsikt-mjosa')
    const story = await norwegianStory('Utsikt over Mjøsa', image.id)
    await expect(publishInSwedish(story.id, 'Utsikt över Mjøsa')).rejects.toThrow(
      'Kan ikke publiseres på Svenska ennå: «utsikt-mjosa.png» mangler alternativ tekst på Svenska.',
    )
    const swedish = await payload.findByID({
      collection: 'stories',
      id: story.id,
      locale: 'sv',
      fallbackLocale: false,
      draft: false,
    })
    expect(swedish.title ?? null).toBeNull()
  })

  test('an image in the Swedish body counts too; once described in Swedish, the page publishes', async () => {
    const image = await norwegianOnlyImage('verksted')
    const story = await norwegianStory('I verkstedet', image.id, true)
    const body = imageBlock(image.id)
    await expect(publishInSwedish(story.id, 'I verkstaden', body)).rejects.toThrow('«verksted.png»')
    await payload.update({
      collection: 'media',
      id: image.id,
      locale: 'sv',
      data: { alt: 'Två svetsare i en verkstad' },
    })
    const published = await publishInSwedish(story.id, 'I verkstaden', body)
    expect(published.title).toBe('I verkstaden')
  })

  test('a decorative image needs no description in any language', async () => {
    const image = await norwegianOnlyImage('monster', true)
    const story = await norwegianStory('Mønster', image.id)
    expect((await publishInSwedish(story.id, 'Mönster')).title).toBe('Mönster')
  })

  test('saving a Swedish draft is not held up: only publishing is', async () => {
    const image = await norwegianOnlyImage('utkast')
    const story = await norwegianStory('Et utkast', image.id)
    const draft = await payload.update({
      collection: 'stories',
      id: story.id,
      locale: 'sv',
      draft: true,
      data: { title: 'Ett utkast' },
      context: { skipSiteBuild: true },
    })
    expect(draft.title).toBe('Ett utkast')
  })
})

describe('the Translations view', () => {
  const titlesMissingIn = async (locale: string) =>
    (await missingTranslations(payload))
      .find((entry) => entry.locale === locale)!
      .documents.filter((doc) => doc.collection === 'stories')
      .map((doc) => doc.title)

  test('lists published documents per language they are not written in, until they are', async () => {
    const image = await norwegianOnlyImage('oversettes', true)
    const story = await norwegianStory('Skal oversettes', image.id)
    await payload.create({
      collection: 'stories',
      draft: true,
      data: { _status: 'draft', title: 'Bare et utkast, ikke på lista' },
    })
    expect(await titlesMissingIn('sv')).toContain('Skal oversettes')
    expect(await titlesMissingIn('en')).toContain('Skal oversettes')
    expect(await titlesMissingIn('sv')).not.toContain('Bare et utkast, ikke på lista')
    await publishInSwedish(story.id, 'Ska översättas')
    expect(await titlesMissingIn('sv')).not.toContain('Skal oversettes')
    expect(await titlesMissingIn('en')).toContain('Skal oversettes')
  })
})
