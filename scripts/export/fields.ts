import { locales, type Locale } from '@talentregion/shared/locales'

/**
 * Reading raw Payload documents (`locale: 'all'`, `depth: 0`) into plain values: every exporter
 * module reads fields the same way.
 */
export type Localized = Partial<Record<Locale, unknown>>
export type Row = Record<string, unknown>

export const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
export const inLocale = (value: unknown, locale: Locale): string =>
  asText((value as Localized | null)?.[locale])
/** A relationship's id, whether it arrives as an id or as a document; null for none. */
export const idOf = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : String(typeof value === 'object' ? (value as { id: unknown }).id : value)
export const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== null) : []
/** The ids of a relationship field that are among `known` (exported); the rest are dropped. */
export const idsIn = (value: unknown, known: ReadonlySet<string>): string[] =>
  idsOf(value).filter((id) => known.has(id))
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
