import type { Locale } from '@talentregion/shared/locales'
import { localeTags } from '@talentregion/shared/locales'

/** `nb-NO` → `nb_NO`, the form Open Graph wants. */
export const openGraphLocale = (locale: Locale) => localeTags[locale].replace('-', '_')

/**
 * JSON-LD inside a <script> element: serialised so that no CMS string can close the element
 * or open a comment.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The site's origin without a trailing slash (astro.config always sets `site`). */
export const siteOrigin = (site: URL | undefined) => (site?.href ?? '').replace(/\/$/, '')
