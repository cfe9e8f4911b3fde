import { locales } from '@talentregion/shared/locales'
import type { APIRoute, GetStaticPaths } from 'astro'

import { eventCalendar } from '../lib/calendar'
import { getContent } from '../lib/content'
import { plainText } from '@talentregion/shared/plainText'
import { eventCalendarPath, eventPath } from '../lib/routes'
import { loadSnapshot } from '../lib/snapshot'

/** An .ics file beside every event page, in the page's language. */
export const getStaticPaths = (() =>
  loadSnapshot().events.flatMap((event) =>
    locales.flatMap((locale) => {
      const slug = event.translations[locale]?.slug
      return slug
        ? [
            {
              params: { path: eventCalendarPath(locale, slug).replace(/^\/|\.ics$/g, '') },
              props: { eventId: event.id, locale },
            },
          ]
        : []
    }),
  )) satisfies GetStaticPaths

export const GET: APIRoute = ({ props, site }) => {
  const content = getContent()
  const { eventId, locale } = props as { eventId: string; locale: (typeof locales)[number] }
  const event = content.events.get(eventId)!
  const text = event.translations[locale]!
  const body = eventCalendar({
    event,
    locale,
    url: new URL(eventPath(locale, text.slug), site).href,
    description: plainText(text.description),
    placeName: content.placeName(event.place.municipality),
  })
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
