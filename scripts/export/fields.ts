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
