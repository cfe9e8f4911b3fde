import type { CollectionSlug, Field, Payload } from 'payload'

import { defaultLocale, locales, type Locale } from '@talentregion/shared/locales'

import { isWritten } from './isWritten'

export interface Untranslated {
  collection: CollectionSlug
  id: number | string
  title: string
}

/** The field a collection's languages are judged by, from its languages column (if it has one). */
function translatedBy(fields: Field[]): string | null {
  for (const field of fields) {
    if (field.type === 'ui' && field.name === 'languages') {
      const by = (field.admin?.custom as { translatedBy?: unknown } | undefined)?.translatedBy
      return typeof by === 'string' ? by : null
    }
  }
  return null
}

/**
 * For each language but the default: the published documents not yet written in it, judged the
 * way the site judges (the field each collection's languages column names), oldest first.
 */
export async function missingTranslations(
  payload: Payload,
): Promise<{ locale: Locale; documents: Untranslated[] }[]> {
  const others = locales.filter((locale) => locale !== defaultLocale)
  const missing = new Map<Locale, Untranslated[]>(others.map((locale) => [locale, []]))
  for (const collection of payload.config.collections) {
    const by = translatedBy(collection.fields)
    if (!by) continue
    const titleField = collection.admin.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection: collection.slug,
      where: { _status: { equals: 'published' } },
      locale: 'all',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'createdAt',
      select: { [by]: true, [titleField]: true },
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const values = (doc[by] ?? {}) as Partial<Record<Locale, unknown>>
      const titles = doc[titleField]
      const inDefault =
        typeof titles === 'object' && titles
          ? (titles as Record<string, unknown>)[defaultLocale]
          : titles
      const title = typeof inDefault === 'string' ? inDefault : String(doc.id)
      for (const locale of others) {
        if (!isWritten(values[locale])) {
          missing.get(locale)!.push({ collection: collection.slug, id: doc.id as number, title })
        }
      }
    }
  }
  return [...missing].map(([locale, documents]) => ({ locale, documents }))
}
