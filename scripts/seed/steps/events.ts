import type { Municipality } from '@talentregion/cms/types'
import { defaultLocale } from '@talentregion/shared/locales'
import { slugify } from '@talentregion/shared/slugify'

import { events } from '../content/events'
import { createTranslated, existing } from '../createTranslated'
import { lexical } from '../lexical'
import type { SeedRun } from '../seedRun'
import type { Library } from './library'

/** The events, in their region's time zone. */
export async function seedEvents(
  { payload, log }: SeedRun,
  placeId: (name: string) => Municipality['id'],
  { photo }: Library,
): Promise<void> {
  for (const [index, event] of events.entries()) {
    const title = event.title[defaultLocale]
    if (await existing(payload, 'events', { slug: { equals: slugify(title) } })) continue
    const image = await photo(
      `event-${index + 1}-${event.scene}`,
      event.scene,
      3000 + index,
      event.imageAlt,
    )
    await createTranslated(payload, 'events', {
      data: {
        _status: 'published',
        title,
        description: lexical(event.description[defaultLocale]),
        image,
        startsAt: event.startsAt,
        startsAt_tz: event.timeZone,
        endsAt: event.endsAt,
        endsAt_tz: event.timeZone,
        place: { ...event.place, municipality: placeId(event.place.municipality) },
        registrationUrl: event.registrationUrl,
      },
      translate: (locale) => ({
        _status: 'published',
        title: event.title[locale],
        description: lexical(event.description[locale]),
      }),
    })
    log(`event ${index + 1}/${events.length}: ${title}`)
  }
}
