import type { Locale, Localized } from '../locales'
import { locales } from '../locales'
import en from './en.json'
import nb from './nb.json'
import type { UiStringKey, UiStrings } from './schema'
import { uiStringsSchema } from './schema'
import sv from './sv.json'

export type { UiStringKey, UiStrings }

const tables: Record<Locale, unknown> = { nb, sv, en }

/** The UI strings of every locale, each checked against the schema when first imported. */
export const uiStrings: Localized<UiStrings> = Object.fromEntries(
  locales.map((locale) => {
    const parsed = uiStringsSchema.safeParse(tables[locale])
    if (!parsed.success) {
      throw new Error(`UI strings for "${locale}" are incomplete: ${parsed.error.message}`, {
        cause: parsed.error,
      })
    }
    return [locale, parsed.data]
  }),
) as Localized<UiStrings>

/** One string in one locale. */
export function t(locale: Locale, key: UiStringKey): string {
  return uiStrings[locale][key]
}

/** One string in every locale: the shape Payload wants for option and field labels. */
export function labels(key: UiStringKey): Localized<string> {
  return { nb: t('nb', key), sv: t('sv', key), en: t('en', key) }
}

/** One string with `{name}` placeholders filled in. */
export function format(
  locale: Locale,
  key: UiStringKey,
  values: Record<string, string | number>,
): string {
  return t(locale, key).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}
