import { createHash } from 'node:crypto'

import type { Locale } from '@talentregion/shared/locales'

import { campaignAction, campaignJobs, campaignNextEvent, campaignStories } from './campaignAction'
import type { Content } from './content'
import { jobsPerPage, storiesPerPage, type SitePage } from './routes'

/**
 * Each page's cache key for Astro's incremental build: a digest of every piece of content the
 * page can show. Astro re-renders a page when its key or its code changed and copies the last
 * output otherwise, so a key must change whenever the page's HTML could: over-covering costs
 * a render, under-covering serves a stale page.
 *
 * A document's page shows the document and what it refers to, two steps deep (a story names an
 * employer, whose card shows its logo); the story list shows its slice of stories and its facets'
 * counts; a story shows the next story and its employers' counts of open positions; an employer
 * the stories about it; lists and the home page what they list
 * (events with whether each has ended, since "upcoming" moves with the clock). Every page also
 * shows the site-wide parts: settings, graphic profile, places, whether toolkits exist.
 */
export class PageKeys {
  private readonly digests = new Map<string, string>()

  constructor(
    private readonly content: Content,
    private readonly now = new Date(),
  ) {}

  keyOf(page: SitePage): string {
    return digest(
      [JSON.stringify(page), this.siteWide(page.locale), ...this.shown(page)].join('\n'),
    )
  }

  /** The documents a page shows, each as a digest. */
  private shown(page: SitePage): string[] {
    const { content } = this
    const { locale, docId } = page
    const stories = (list: readonly { id: string }[]) =>
      list.map((story) => this.document(['stories', story.id]))
    switch (page.kind) {
      case 'home':
        return [
          ...stories(content.storiesIn(locale).slice(0, 7)),
          ...(content.snapshot.settings.homeStory
            ? stories([{ id: content.snapshot.settings.homeStory }])
            : []),
          ...content
            .employersIn(locale)
            .slice(0, 6)
            .map((e) => this.document(['employers', e.id])),
          ...this.events(locale, 3),
          ...content
            .runningCampaignsIn(locale, this.now)
            .map((campaign) => this.document(['campaigns', campaign.id])),
        ]
      case 'stories':
        return this.storyList(page)
      case 'story':
        return this.story(locale, docId!)
      case 'employers':
        return content.employersIn(locale).map((e) => this.document(['employers', e.id]))
      case 'employer':
        return [
          this.document(['employers', docId!]),
          ...stories(content.storiesAbout(docId!)),
          ...content.jobsOf(docId!).map((job) => this.document(['jobs', job.id])),
        ]
      case 'jobs': {
        const number = page.pagination?.page ?? 1
        const shown = content
          .jobsFor(page.facet)
          .slice((number - 1) * jobsPerPage, number * jobsPerPage)
        return [this.facetSummary(), ...shown.map((job) => this.document(['jobs', job.id]))]
      }
      case 'events':
        return this.events(locale, Infinity)
      case 'event':
        return [this.document(['events', docId!])]
      case 'toolkits':
        return content.toolkitsIn(locale).map((toolkit) => this.document(['toolkits', toolkit.id]))
      case 'toolkit':
        return [this.document(['toolkits', docId!])]
      case 'campaign':
      case 'campaignThanks':
        return this.campaignShown(page)
      case 'search':
      case 'privacy':
      case 'accessibility':
      case 'notFound':
        return []
      default:
        return page.kind satisfies never
    }
  }

  /** A story list page: its facets' counts and its slice of the stories, whole or narrowed. */
  private storyList({ locale, pagination, storyFacet }: SitePage): string[] {
    const number = pagination?.page ?? 1
    const all = this.content.storiesFor(locale, storyFacet)
    const shown = all.slice((number - 1) * storiesPerPage, number * storiesPerPage)
    return [
      this.storyFacetSummary(locale),
      // The list says how many stories it holds in all.
      `count:${all.length}`,
      ...shown.map((story) => this.document(['stories', story.id])),
    ]
  }

  /**
   * A story, the next one, and each employer it names with how many open positions it has (a
   * link with the count, or "none right now").
   */
  private story(locale: Locale, id: string): string[] {
    const next = this.content.nextStoryIn(locale, id)
    const hiring = (this.content.stories.get(id)?.relatedEmployers ?? []).map(
      (employer) => `${employer}:${this.content.jobsOf(employer).length}`,
    )
    return [
      this.document(['stories', id]),
      ...(next ? [this.document(['stories', next.id])] : []),
      ...hiring,
    ]
  }

  /** A campaign page shows its main action; its thank-you page the next steps it offers. */
  private campaignShown({ kind, locale, docId }: SitePage): string[] {
    const { content } = this
    const campaign = content.campaigns.get(docId!)
    if (!campaign) return []
    if (kind === 'campaign')
      return [
        this.document(['campaigns', campaign.id]),
        JSON.stringify(campaignAction(content, campaign, locale, this.now)),
        // The follow-up of an ended campaign leads to its job list.
        JSON.stringify(campaignJobs(content, campaign).facet ?? null),
      ]
    const event = campaignNextEvent(content, campaign, locale, this.now)
    return [
      this.document(['campaigns', campaign.id]),
      JSON.stringify(campaignJobs(content, campaign)),
      `stories:${content.storiesIn(locale).length}`,
      ...(event ? [this.document(['events', event.id])] : []),
      ...campaignStories(content, campaign, locale, 2).map((story) =>
        this.document(['stories', story.id]),
      ),
    ]
  }

  /** The first events of a language's list, which moves as events end. */
  private events(locale: Locale, count: number): string[] {
    const shown = this.content.eventsIn(locale, this.now).slice(0, count)
    return shown.map(
      (event) => `${this.document(['events', event.id])}:${event.endsAt < this.now.toISOString()}`,
    )
  }

  /** The facet links every job list shows: each value with its count, and the English list's. */
  private facetSummary(): string {
    return this.once('jobFacets', () => {
      const facets = this.content.jobFacets()
      return digest(
        JSON.stringify([
          ...Object.entries(facets).map(([facet, values]) => [
            facet,
            values.map((value) => [value.slug, value.name, value.jobs.length]),
          ]),
          ['english', this.content.jobsFor({ facet: 'english' }).length],
        ]),
      )
    })
  }

  /** The facet links every story list in a language shows: each value with its count. */
  private storyFacetSummary(locale: Locale): string {
    return this.once(`storyFacets:${locale}`, () =>
      digest(
        JSON.stringify(
          Object.entries(this.content.storyFacetsIn(locale)).map(([facet, values]) => [
            facet,
            values.map((value) => [value.value, value.name, value.stories.length]),
          ]),
        ),
      ),
    )
  }

  /** What every page shows besides its content: settings, brand, places, footer links. */
  private siteWide(locale: Locale): string {
    return this.once(`site:${locale}`, () => {
      const { snapshot } = this.content
      return digest(
        JSON.stringify([
          snapshot.settings,
          snapshot.graphicProfile,
          snapshot.municipalities,
          snapshot.cmsUrl,
          this.content.image(snapshot.settings.defaultSocialImage),
          this.content.toolkitsIn(locale).length > 0,
          // The menu names the campaigns running now.
          this.content
            .runningCampaignsIn(locale, this.now)
            .map((campaign) => [
              campaign.id,
              campaign.translations[locale]!.menuLabel,
              campaign.translations[locale]!.title,
              campaign.translations[locale]!.slug,
            ]),
        ]),
      )
    })
  }

  /** A document with everything it refers to, two steps deep. */
  private document(ref: Reference, depth = 2): string {
    const [collection, id] = ref
    return this.once(`${collection}:${id}:${depth}`, () => {
      const item = this.content[collection].get(id)
      const parts = [JSON.stringify(item ?? null)]
      if (item && depth > 0)
        for (const inner of referencesIn(item)) parts.push(this.document(inner, depth - 1))
      return digest(parts.join('\n'))
    })
  }

  private once(key: string, make: () => string): string {
    let value = this.digests.get(key)
    if (value === undefined) {
      value = make()
      this.digests.set(key, value)
    }
    return value
  }
}

type Collection =
  'stories' | 'employers' | 'jobs' | 'events' | 'toolkits' | 'campaigns' | 'media' | 'places'
type Reference = readonly [Collection, string]

/** The snapshot's reference fields (shared/src/schemas/snapshot.ts) and what they point at. */
const referenceFields: Record<string, Collection> = {
  heroImage: 'media',
  image: 'media',
  logo: 'media',
  imageBank: 'media',
  defaultSocialImage: 'media',
  municipality: 'places',
  municipalities: 'places',
  relatedEmployers: 'employers',
  employers: 'employers',
  employer: 'employers',
  featuredStories: 'stories',
  stories: 'stories',
  event: 'events',
}

const linkTargets: Record<string, Collection> = {
  stories: 'stories',
  employers: 'employers',
  events: 'events',
}

/**
 * What a document refers to: its reference fields, wherever they are nested (campaign blocks,
 * rich-text images), and rich-text links to other documents.
 */
function referencesIn(value: unknown, found: Reference[] = [], field = ''): Reference[] {
  const collection = referenceFields[field]
  if (collection && (typeof value === 'string' || typeof value === 'number'))
    found.push([collection, String(value)])
  else if (Array.isArray(value))
    value.forEach((item) => referencesIn(item, found, collection ? field : ''))
  else if (value && typeof value === 'object') {
    const { relationTo, value: target } = value as { relationTo?: unknown; value?: unknown }
    const linked = typeof relationTo === 'string' ? linkTargets[relationTo] : undefined
    if (linked && (typeof target === 'string' || typeof target === 'number'))
      found.push([linked, String(target)])
    for (const [name, item] of Object.entries(value)) referencesIn(item, found, name)
  }
  return found
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')
