import { defaultLocale, isLocale, type Locale, type Localized } from '@talentregion/shared/locales'
import { parseStringTables } from '@talentregion/shared/i18n/schema'

import en from './en.json'
import nb from './nb.json'
import sv from './sv.json'

/** Every key of the admin's own texts: labels, help texts, options, blocks, messages. */
export type AdminTextKey = keyof typeof nb

/** The admin's texts in nb, sv and en, checked by the same schema as the site's UI strings. */
export const adminTexts = parseStringTables('Admin texts', { nb, sv, en }, nb)

export function isAdminTextKey(key: string): key is AdminTextKey {
  return Object.hasOwn(nb, key)
}

/** One admin text in every language: the shape Payload wants for labels and descriptions. */
export function adminText(key: AdminTextKey): Localized<string> {
  return { nb: adminTexts.nb[key], sv: adminTexts.sv[key], en: adminTexts.en[key] }
}

/** One admin text in one language, with `{name}` placeholders filled in. */
export function formatAdminText(
  locale: Locale,
  key: AdminTextKey,
  values: Record<string, string | number> = {},
): string {
  return adminTexts[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  )
}

/** The admin texts of one language, for a component that shows several of them. */
export function adminTextsIn(locale: Locale) {
  return (key: AdminTextKey, values: Record<string, string | number> = {}) =>
    formatAdminText(locale, key, values)
}

/** The admin language an i18n object names, or Norwegian when it names none of ours. */
export function adminLocale(i18n: { language?: string } | undefined): Locale {
  return isLocale(i18n?.language) ? i18n.language : defaultLocale
}
