import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { relationId } from '@talentregion/shared/relationId'
import { slugify } from '@talentregion/shared/slugify'

import {
  asText,
  idsIn,
  inLocale,
  isoDate,
  titledTranslations,
  type ExportedImages,
  type Localized,
  type UseImage,
} from './fields'
import { normaliseRichText, withoutImages } from './richText'
import type { RawDoc } from './source'

type Story = Snapshot['stories'][number]

/** A published story: one translation per language its title is written in. */
export function readStory(doc: RawDoc, useImage: UseImage, employers: ReadonlySet<string>): Story {
  const person = (doc.person ?? {}) as Record<string, unknown>
  const translations = titledTranslations(doc, (locale, title) => ({
    title,
    slug: inLocale(doc.slug, locale) || slugify(title),
    excerpt: inLocale(doc.excerpt, locale),
    body: normaliseRichText((doc.body as Localized | null)?.[locale], useImage),
    personRole: inLocale(person.role, locale),
    movedFrom: inLocale(person.movedFrom, locale),
  }))
  return {
    id: String(doc.id),
    translations,
    heroImage: useImage(doc.heroImage),
    personName: asText(person.name),
    municipality: relationId(doc.municipality),
    topics: (Array.isArray(doc.topics) ? doc.topics : []) as Story['topics'],
    relatedEmployers: idsIn(doc.relatedEmployers, employers),
    publishedAt: isoDate(doc.publishedAt ?? doc.createdAt),
    updatedAt: isoDate(doc.updatedAt),
  }
}

/** Drops the pictures that were not exported, from the hero and the text. */
export function keepExportedStoryImages(story: Story, images: ExportedImages): void {
  story.heroImage = images.image(story.heroImage)
  for (const text of Object.values(story.translations))
    text.body = withoutImages(text.body, images.ids)
}
