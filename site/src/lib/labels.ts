import { format, t, type UiStringKey } from '@talentregion/shared/i18n'
import type { Locale } from '@talentregion/shared/locales'
import { localeTags } from '@talentregion/shared/locales'
import type { SnapshotStory } from '@talentregion/shared/schemas/snapshot'

export const industryLabel = (locale: Locale, industry: string) =>
  t(locale, `industry.${industry}` as UiStringKey)
export const topicLabel = (locale: Locale, topic: string) =>
  t(locale, `topic.${topic}` as UiStringKey)
export const sizeLabel = (locale: Locale, size: string) => t(locale, `size.${size}` as UiStringKey)

/** "Moved from Oslo to Hamar", when the story says where from. */
export function movedLine(
  locale: Locale,
  story: SnapshotStory,
  placeName: string | null,
): string | null {
  const from = story.translations[locale]?.movedFrom
  return from && placeName ? format(locale, 'story.movedFrom', { from, to: placeName }) : null
}

// Making a formatter costs a hundred times formatting with one; a build formats thousands.
const formatters = new Map<string, Intl.DateTimeFormat>()

/** A date as people in this language write it, in the given time zone. */
export function formatDate(
  locale: Locale,
  iso: string,
  options: Intl.DateTimeFormatOptions,
  timeZone = 'Europe/Oslo',
): string {
  const key = JSON.stringify([locale, timeZone, options])
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeTags[locale], { timeZone, ...options })
    formatters.set(key, formatter)
  }
  return formatter.format(new Date(iso))
}

/**
 * A street address with its municipality, unless the address already names it: "Storgata 1,
 * 2212 Kongsvinger" stays as it is instead of gaining ", Kongsvinger".
 */
export function placeAddress(address: string, municipality: string | null): string {
  const named =
    municipality && address.toLocaleLowerCase().includes(municipality.toLocaleLowerCase())
  return [address, named ? null : municipality].filter(Boolean).join(', ')
}
