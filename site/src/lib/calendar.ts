import type { Locale } from '@talentregion/shared/locales'
import type { SnapshotEvent } from '@talentregion/shared/schemas/snapshot'

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
}

/** Folds a content line at 75 octets, as RFC 5545 requires, without splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current)
      current = char
    } else {
      current += char
    }
  }
  parts.push(current)
  return parts.join('\r\n ')
}

interface CalendarOptions {
  event: SnapshotEvent
  locale: Locale
  url: string
  description: string
  placeName: string | null
}

/** One event as an iCalendar file that phones and calendar programs import. */
export function eventCalendar({
  event,
  locale,
  url,
  description,
  placeName,
}: CalendarOptions): string {
  const text = event.translations[locale]
  if (!text)
    throw new Error(`events/${event.id} has no ${locale} translation for its calendar file`)
  const location = [event.place.name, event.place.address, placeName].filter(Boolean).join(', ')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talentregion//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:event-${event.id}@talentregion`,
    // When the event was last changed, not when the site was built: a rebuild of unchanged
    // content gives the same file, and calendars see a new stamp only when something changed.
    `DTSTAMP:${stamp(event.updatedAt)}`,
    `DTSTART:${stamp(event.startsAt)}`,
    `DTEND:${stamp(event.endsAt)}`,
    `SUMMARY:${escapeText(text.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText(location)}`,
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
