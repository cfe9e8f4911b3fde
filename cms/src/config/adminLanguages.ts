import { defaultLocale, locales, type Locale } from '@talentregion/shared/locales'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { sv } from '@payloadcms/translations/languages/sv'

// An empty cell reads as a dash, not "<Ingen Sider>" built from the column's name.
const emptyCell = { general: { noLabel: '–' } }

// Payload's translations for each of our locales: a new locale fails the type check here.
const supportedLanguages = { nb, sv, en } satisfies Record<Locale, unknown>

/** The admin UI speaks the same languages as the content, the default language first. */
export const adminLanguages = {
  supportedLanguages,
  fallbackLanguage: defaultLocale,
  translations: Object.fromEntries(locales.map((locale) => [locale, emptyCell])) as Record<
    Locale,
    typeof emptyCell
  >,
}
