/**
 * The one declaration of the languages Talentregion publishes in. Payload's localization, the
 * site's routes, hreflang, the sitemap, Pagefind and the UI strings all derive from it.
 */
export const locales = ['nb', 'sv', 'en'] as const

export type Locale = (typeof locales)[number]

/** Norwegian bokmål is the language every document is written in first. */
export const defaultLocale = 'nb' as const satisfies Locale

/** Each language's name in its own language: what a language switcher shows. */
export const localeLabels: Record<Locale, string> = {
  nb: 'Norsk',
  sv: 'Svenska',
  en: 'English',
}

/** BCP 47 tags for `<html lang>`, hreflang and `Intl` formatting. */
export const localeTags: Record<Locale, string> = {
  nb: 'nb-NO',
  sv: 'sv-SE',
  en: 'en',
}

/**
 * Fallback policy for reads through the CMS API: an empty field in sv or en is filled from nb,
 * so an editor or API client always sees content. The content snapshot reads with fallback off
 * and records which locales a document is really translated into.
 */
export const fallbackLocale: Record<Locale, Locale | null> = {
  nb: null,
  sv: 'nb',
  en: 'nb',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** A value for every locale: the shape of every localized label and string table. */
export type Localized<T> = Record<Locale, T>
