import { relationId } from '@talentregion/shared/relationId'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

import {
  asText,
  inLocale,
  isoDate,
  titledTranslations,
  type ExportedImages,
  type Localized,
  type UseImage,
} from './fields'
import { normaliseRichText, withoutImages } from './richText'
import type { RawDoc } from './source'

type Event = Snapshot['events'][number]

/** A published event: one translation per language its title is written in. */
export function readEvent(doc: RawDoc, useImage: UseImage): Event {
  const place = (doc.place ?? {}) as Record<string, unknown>
  const translations = titledTranslations(doc, (locale, title) => ({
    title,
    slug: inLocale(doc.slug, locale) || slugify(title),
    description: normaliseRichText((doc.description as Localized | null)?.[locale], useImage),
  }))
  return {
    id: String(doc.id),
    translations,
    image: useImage(doc.image),
    startsAt: isoDate(doc.startsAt),
    endsAt: isoDate(doc.endsAt),
    timeZone: (asText(doc.startsAt_tz) || 'Europe/Oslo') as Event['timeZone'],
    place: {
      name: asText(place.name),
      address: asText(place.address),
      municipality: relationId(place.municipality),
    },
    registrationUrl: asText(doc.registrationUrl) || null,
    updatedAt: isoDate(doc.updatedAt),
  }
}

/** Drops the pictures that were not exported, from the image and the description. */
export function keepExportedEventImages(event: Event, images: ExportedImages): void {
  event.image = images.image(event.image)
  for (const text of Object.values(event.translations))
    text.description = withoutImages(text.description, images.ids)
}
