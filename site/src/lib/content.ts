import type { Locale } from '@talentregion/shared/locales'
import type {
  Snapshot,
  SnapshotEmployer,
  SnapshotEvent,
  SnapshotJob,
  SnapshotMedia,
  SnapshotMunicipality,
  SnapshotCampaign,
  SnapshotStory,
  SnapshotToolkit,
} from '@talentregion/shared/schemas/snapshot'

import type { JobFacet, JobListFilter, StoryFacet } from '@talentregion/shared/routes'

import { englishSpokenJobs, jobFacetValues, type FacetValue } from './jobFacets'
import { loadSnapshot } from './snapshot'
import type { StoryFilter } from './routes'
import { storyFacetValues, type StoryFacetValue } from './storyFacets'

/** Look-ups over the snapshot that templates share. */
export class Content {
  readonly media = new Map<string, SnapshotMedia>()
  readonly places = new Map<string, SnapshotMunicipality>()
  readonly stories = new Map<string, SnapshotStory>()
  readonly employers = new Map<string, SnapshotEmployer>()
  readonly jobs = new Map<string, SnapshotJob>()
  readonly events = new Map<string, SnapshotEvent>()
  readonly toolkits = new Map<string, SnapshotToolkit>()
  readonly campaigns = new Map<string, SnapshotCampaign>()

  constructor(readonly snapshot: Snapshot) {
    snapshot.media.forEach((item) => this.media.set(item.id, item))
    snapshot.municipalities.forEach((item) => this.places.set(item.id, item))
    snapshot.stories.forEach((item) => this.stories.set(item.id, item))
    snapshot.employers.forEach((item) => this.employers.set(item.id, item))
    snapshot.jobs.forEach((item) => this.jobs.set(item.id, item))
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

  /** Stories written in this language, newest first. Shared: do not sort or change it. */
  storiesIn(locale: Locale): readonly SnapshotStory[] {
    return this.once(`stories:${locale}`, () =>
      this.snapshot.stories
        .filter((story) => story.translations[locale])
        .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)),
    )
  }

  /** The story after this one in its language's list (the first after the last); null if alone. */
  nextStoryIn(locale: Locale, id: string): SnapshotStory | null {
    const stories = this.storiesIn(locale)
    const positions = this.once(
      `positions:${locale}`,
      () => new Map(stories.map((story, index) => [story.id, index])),
    )
    const index = positions.get(id) ?? -1
    const next = stories[(index + 1) % stories.length]
    return next && next.id !== id ? next : null
  }

  /** Stories that name this employer, in snapshot order. */
  storiesAbout(employerId: string): readonly SnapshotStory[] {
    const byEmployer = this.once('storiesByEmployer', () =>
      grouped(this.snapshot.stories, (story) => story.relatedEmployers),
    )
    return byEmployer.get(employerId) ?? []
  }

  /** The story list's facets in this language, each value with its stories, newest first. */
  storyFacetsIn(locale: Locale): Record<StoryFacet, StoryFacetValue[]> {
    return this.once(`storyFacets:${locale}`, () =>
      storyFacetValues(locale, this.storiesIn(locale), this.snapshot),
    )
  }

  /** The stories of a list page in this language: all, or those of one facet value. */
  storiesFor(locale: Locale, filter?: StoryFilter): readonly SnapshotStory[] {
    if (!filter) return this.storiesIn(locale)
    const values = this.storyFacetsIn(locale)[filter.facet]
    return values.find((value) => value.value === filter.value)?.stories ?? []
  }

  employersIn(locale: Locale): readonly SnapshotEmployer[] {
    return this.once(`employers:${locale}`, () =>
      this.snapshot.employers
        .filter((employer) => employer.translations[locale])
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    )
  }

  /** The job list's facets and their values, each with its jobs. */
  jobFacets(): Record<JobFacet, FacetValue[]> {
    return this.once('jobFacets', () => jobFacetValues(this.snapshot))
  }

  /**
   * The jobs of a list page: all, those of one facet value, or those of the employers where
   * English is spoken; newest first.
   */
  jobsFor(facet?: JobListFilter): readonly SnapshotJob[] {
    if (!facet) return this.snapshot.jobs
    if (facet.facet === 'english')
      return this.once('englishJobs', () => englishSpokenJobs(this.snapshot))
    const { value: slug } = facet
    return this.jobFacets()[facet.facet].find((value) => value.slug === slug)?.jobs ?? []
  }

  /** An employer's open jobs, newest first. */
  jobsOf(employerId: string): readonly SnapshotJob[] {
    const byEmployer = this.once('jobsByEmployer', () =>
      grouped(this.snapshot.jobs, (job) => [job.employer]),
    )
    return byEmployer.get(employerId) ?? []
  }

  toolkitsIn(locale: Locale): readonly SnapshotToolkit[] {
    return this.once(`toolkits:${locale}`, () =>
      this.snapshot.toolkits
        .filter((toolkit) => toolkit.translations[locale])
        .sort((a, b) =>
          a.translations[locale]!.name.localeCompare(b.translations[locale]!.name, locale),
        ),
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

  /**
   * Campaigns running now in this language (started, not ended), the newest first: the menu
   * and the home page lead to them.
   */
  runningCampaignsIn(locale: Locale, now = new Date()): readonly SnapshotCampaign[] {
    const time = now.toISOString()
    return this.once(`running:${locale}:${time.slice(0, 10)}`, () =>
      this.snapshot.campaigns
        .filter((item) => item.translations[locale] && !item.ended && item.startsOn <= time)
        .sort((a, b) => b.startsOn.localeCompare(a.startsOn)),
    )
  }

  // Every page of a build asks for the same lists: each is made once, so a page costs the same
  // whether the site has a hundred stories or ten thousand.
  private readonly made = new Map<string, unknown>()

  private once<T>(key: string, make: () => T): T {
    if (!this.made.has(key)) this.made.set(key, make())
    return this.made.get(key) as T
  }
}

/** Items by each key they name, in their order; one pass, each list grown in place. */
function grouped<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

let content: Content | undefined

export function getContent(): Content {
  content ??= new Content(loadSnapshot())
  return content
}
