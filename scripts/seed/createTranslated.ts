import { setImmediate } from 'node:timers/promises'

import { defaultLocale, locales, type Locale } from '@talentregion/shared/locales'
import type {
  CollectionSlug,
  DataFromCollectionSlug,
  File,
  Payload,
  RequestContext,
  RequiredDataFromCollectionSlug,
  Where,
} from 'payload'

/** Seeding is not editing: hooks that notify or rebuild stay quiet. */
export const seedContext: RequestContext = { seeding: true }

/** The languages a document gets after it is written in the default one. */
export type Translation = Exclude<Locale, typeof defaultLocale>
export const translations = locales.filter(
  (locale): locale is Translation => locale !== defaultLocale,
)

/** Any part of a document: what one language changes. */
export type Partly<T> = T extends (infer U)[]
  ? Partly<U>[]
  : T extends object
    ? { [K in keyof T]?: Partly<T[K]> }
    : T

interface Translated<TSlug extends CollectionSlug> {
  /** The document in the default language. */
  data: RequiredDataFromCollectionSlug<TSlug>
  /** What each other language changes; null leaves the document untranslated in it. */
  translate: (
    locale: Translation,
    created: DataFromCollectionSlug<TSlug>,
  ) => Partly<RequiredDataFromCollectionSlug<TSlug>> | null
  file?: File
}

/**
 * Creates a document the way an editor does: written and published in the default language
 * first, then translated into each other language.
 */
export async function createTranslated<TSlug extends CollectionSlug>(
  payload: Payload,
  collection: TSlug,
  { data, translate, file }: Translated<TSlug>,
): Promise<DataFromCollectionSlug<TSlug>> {
  const created = await payload.create({
    collection,
    locale: defaultLocale,
    draft: false,
    data,
    file,
    // Unpopulated, so a translation can pass rows and relations back as they are.
    depth: 0,
    context: seedContext,
  })
  for (const locale of translations) {
    const changes = translate(locale, created)
    if (!changes) continue
    await payload.update({
      collection,
      id: created.id,
      locale,
      // The generic slug hides which fields exist; `Partly` has checked them for the caller.
      data: changes as never,
      context: seedContext,
    })
  }
  // SQLite statements are freed by finalizers that wait for a turn of the event loop, and
  // Payload's SQLite calls never give one: a loop of creates would hold every statement it
  // ran (about 0.8 MB per translated story; 3,000 stories grew past 3 GB).
  await setImmediate()
  return created
}

/** The first document matching `where` (drafts included), if seeding made it before. */
export async function existing<TSlug extends CollectionSlug>(
  payload: Payload,
  collection: TSlug,
  where: Where,
): Promise<DataFromCollectionSlug<TSlug> | undefined> {
  const found = await payload.find({
    collection,
    where,
    locale: defaultLocale,
    limit: 1,
    draft: true,
    depth: 0,
  })
  return found.docs[0]
}
