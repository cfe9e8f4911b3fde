import { locales, type Locale } from '@talentregion/shared/locales'
import { relationIds } from '@talentregion/shared/relationId'

/**
 * Reading raw Payload documents (`locale: 'all'`, `depth: 0`) into plain values: every exporter
 * module reads fields the same way.
 */
export type Localized = Partial<Record<Locale, unknown>>
export type Row = Record<string, unknown>

export const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
export const inLocale = (value: unknown, locale: Locale): string =>
  asText((value as Localized | null)?.[locale])
/** The ids of a relationship field that are among `known` (exported); the rest are dropped. */
export const idsIn = (value: unknown, known: ReadonlySet<string>): string[] =>
  relationIds(value).filter((id) => known.has(id))
/** An array field's rows; [] when it is empty or missing. */
export const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
export const isoDate = (value: unknown): string => new Date(asText(value) || 0).toISOString()

/** The locales in which a localized text field is filled in. */
export function translatedText(value: unknown): Partial<Record<Locale, string>> {
  const entries: [Locale, string][] = []
  for (const locale of locales) {
    const text = inLocale(value, locale)
    if (text) entries.push([locale, text])
  }
  return Object.fromEntries(entries)
}

/** Only what an anonymous visitor may see: the published version. */
export const published = { _status: { equals: 'published' } }

/** Registers an image the snapshot uses and returns its id (null for none). */
export type UseImage = (value: unknown) => string | null

/**
 * After the media export: an image id if that image was exported (a picture whose licence ran
 * out was not), else null; and the ids that were, for images inside rich text.
 */
export interface ExportedImages {
  image(id: string | null): string | null
  ids: ReadonlySet<string>
}

/** A document's translations: one entry for each language its title is written in. */
export function titledTranslations<T>(
  doc: Row,
  make: (locale: Locale, title: string) => T,
): Partial<Record<Locale, T>> {
  const translations: Partial<Record<Locale, T>> = {}
  for (const locale of locales) {
    const title = inLocale(doc.title, locale)
    if (title) translations[locale] = make(locale, title)
  }
  return translations
}
