import type { Locale } from '@talentregion/shared/locales'
import type {
  Snapshot,
  SnapshotEmployer,
  SnapshotEvent,
  SnapshotMedia,
  SnapshotMunicipality,
  SnapshotCampaign,
  SnapshotStory,
  SnapshotToolkit,
} from '@talentregion/shared/schemas/snapshot'

import { loadSnapshot } from './snapshot'

/** Look-ups over the snapshot that templates share. */
export class Content {
  readonly media = new Map<string, SnapshotMedia>()
  readonly places = new Map<string, SnapshotMunicipality>()
  readonly stories = new Map<string, SnapshotStory>()
  readonly employers = new Map<string, SnapshotEmployer>()
  readonly events = new Map<string, SnapshotEvent>()
  readonly toolkits = new Map<string, SnapshotToolkit>()
  readonly campaigns = new Map<string, SnapshotCampaign>()

  constructor(readonly snapshot: Snapshot) {
    snapshot.media.forEach((item) => this.media.set(item.id, item))
    snapshot.municipalities.forEach((item) => this.places.set(item.id, item))
    snapshot.stories.forEach((item) => this.stories.set(item.id, item))
    snapshot.employers.forEach((item) => this.employers.set(item.id, item))
    snapshot.events.forEach((item) => this.events.set(item.id, item))
    snapshot.toolkits.forEach((item) => this.toolkits.set(item.id, item))
    snapshot.campaigns.forEach((item) => this.campaigns.set(item.id, item))
  }

  image(id: string | null): SnapshotMedia | null {
    return id ? (this.media.get(id) ?? null) : null
  }

  placeName(id: string | null): string | null {
    return id ? (this.places.get(id)?.name ?? null) : null
  }

  /** Stories written in this language, newest first. */
  storiesIn(locale: Locale): SnapshotStory[] {
    return this.snapshot.stories
      .filter((story) => story.translations[locale])
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  }

  employersIn(locale: Locale): SnapshotEmployer[] {
    return this.snapshot.employers
      .filter((employer) => employer.translations[locale])
      .sort((a, b) => a.name.localeCompare(b.name, locale))
  }

  toolkitsIn(locale: Locale): SnapshotToolkit[] {
    return this.snapshot.toolkits
      .filter((toolkit) => toolkit.translations[locale])
      .sort((a, b) =>
        a.translations[locale]!.name.localeCompare(b.translations[locale]!.name, locale),
      )
  }

  /** Events in this language, soonest first; past events after upcoming ones. */
  eventsIn(locale: Locale, now = new Date()): SnapshotEvent[] {
    const time = now.toISOString()
    return this.snapshot.events
      .filter((event) => event.translations[locale])
      .sort((a, b) => {
        const aPast = a.endsAt < time
        const bPast = b.endsAt < time
        return aPast === bPast ? a.startsAt.localeCompare(b.startsAt) : aPast ? 1 : -1
      })
  }
}

let content: Content | undefined

export function getContent(): Content {
  content ??= new Content(loadSnapshot())
  return content
}
