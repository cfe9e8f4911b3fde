import { locales, type Locale } from '@talentregion/shared/locales'
import { relationIds } from '@talentregion/shared/relationId'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

import {
  asText,
  idsIn,
  isoDate,
  type ExportedImages,
  type Localized,
  type UseImage,
} from './fields'
import { normaliseRichText, withoutImages } from './richText'
import type { RawDoc } from './source'

type Employer = Snapshot['employers'][number]

/**
 * A published employer. It is language-neutral until it has a description; then it exists in
 * the languages that description is written in.
 */
export function readEmployer(
  doc: RawDoc,
  useImage: UseImage,
  stories: ReadonlySet<string>,
): Employer {
  const descriptions = Object.fromEntries(
    locales.map((locale) => [
      locale,
      normaliseRichText((doc.description as Localized | null)?.[locale], useImage),
    ]),
  ) as Record<Locale, ReturnType<typeof normaliseRichText>>
  const described = locales.filter((locale) => descriptions[locale] !== null)
  const present = described.length === 0 ? locales : described
  return {
    id: String(doc.id),
    name: asText(doc.name),
    slug: asText(doc.slug) || slugify(asText(doc.name)),
    logo: useImage(doc.logo),
    industry: doc.industry as Employer['industry'],
    size: (doc.size ?? null) as Employer['size'],
    municipalities: relationIds(doc.municipalities),
    website: asText(doc.website) || null,
    careersUrl: asText(doc.careersUrl) || null,
    englishAtWork: doc.englishAtWork === true,
    translations: Object.fromEntries(
      present.map((locale) => [locale, { description: descriptions[locale] }]),
    ),
    featuredStories: idsIn(doc.featuredStories, stories),
    updatedAt: isoDate(doc.updatedAt),
  }
}

/** Drops the pictures that were not exported, from the logo and the description. */
export function keepExportedEmployerImages(employer: Employer, images: ExportedImages): void {
  employer.logo = images.image(employer.logo)
  for (const text of Object.values(employer.translations))
    text.description = withoutImages(text.description, images.ids)
}
