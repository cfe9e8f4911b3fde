import type { Locale } from '@talentregion/shared/locales'

import type { Content } from './content'
import { safeHref } from './links'
import { employerPath, eventPath, storyPath } from './routes'

interface LinkFields {
  linkType?: unknown
  url?: unknown
  doc?: { relationTo?: unknown; value?: unknown } | null
}

/**
 * Where a rich-text link goes in this language: an internal link resolves to the page of the
 * linked document when it is published in this language; external links must be safe.
 */
export function richTextHref(
  fields: LinkFields | undefined,
  locale: Locale,
  content: Content,
): string | null {
  if (!fields) return null
  if (fields.linkType === 'internal') {
    const value = fields.doc?.value
    const id = typeof value === 'string' || typeof value === 'number' ? String(value) : null
    if (!id) return null
    switch (fields.doc?.relationTo) {
      case 'stories': {
        const slug = content.stories.get(id)?.translations[locale]?.slug
        return slug ? storyPath(locale, slug) : null
      }
      case 'employers': {
        const employer = content.employers.get(id)
        return employer?.translations[locale] ? employerPath(locale, employer.slug) : null
      }
      case 'events': {
        const slug = content.events.get(id)?.translations[locale]?.slug
        return slug ? eventPath(locale, slug) : null
      }
      default:
        return null
    }
  }
  return safeHref(fields.url)
}
