import { isLocale, type Locale } from '@talentregion/shared/locales'
import { parseAcceptLanguage, preferredLocale } from '@talentregion/shared/negotiate'

/**
 * The language asked for in the address (?lang=sv), else the browser's, by the same rule as the
 * public site: its preferences in q-value order, Danish read as Norwegian, Finnish as Swedish.
 */
export function pickLanguage(query: string | undefined, acceptLanguage: string): Locale {
  return isLocale(query) ? query : preferredLocale(parseAcceptLanguage(acceptLanguage))
}
