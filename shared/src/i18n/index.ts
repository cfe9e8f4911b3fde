import type { Locale, Localized } from '../locales'
import en from './en.json'
import nb from './nb.json'
import type { UiStringKey, UiStrings } from './schema'
import { plural, type PluralForms } from './plural'
import { parseStringTables } from './schema'
import sv from './sv.json'

export type { UiStringKey, UiStrings }

/** The UI strings of every locale, each checked against the schema when first imported. */
export const uiStrings: Localized<UiStrings> = parseStringTables('UI strings', { nb, sv, en }, nb)

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

/** The keys of counted phrases: each has a `.one` and an `.other` form in every table. */
export type PluralKey = UiStringKey extends infer Key
  ? Key extends `${infer Base}.one`
    ? Base
    : never
  : never

/** Both forms of a counted phrase, for an island that counts in the browser. */
export function pluralForms(locale: Locale, key: PluralKey): PluralForms {
  return { one: t(locale, `${key}.one`), other: t(locale, `${key}.other`) }
}

/** A counted phrase in the form the language's plural rules choose: "1 arbeidsgiver", "2 arbeidsgivere". */
export function count(locale: Locale, key: PluralKey, value: number): string {
  return plural(locale, pluralForms(locale, key), value)
}
