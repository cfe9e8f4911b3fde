import { defaultLocale, locales, type Locale } from '@talentregion/shared/locales'
import {
  documentPath,
  englishJobsSegment,
  jobFacetSegments,
  jobFacets,
  sectionPath,
  storyFacetSegments,
  storyFacets,
  type JobFacet,
  type JobListFilter,
  type Section,
  type StoryFacet,
} from '@talentregion/shared/routes'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

import { englishSpokenJobs, jobFacetValues } from './jobFacets'
import { industryLabel, topicLabel } from './labels'
import { storyFacetValues } from './storyFacets'

/** Every kind of page the site renders. */
export type PageKind =
  | 'home'
  | 'stories'
  | 'story'
  | 'employers'
  | 'employer'
  | 'jobs'
  | 'events'
  | 'event'
  | 'toolkits'
  | 'toolkit'
  | 'campaign'
  | 'campaignThanks'
  | 'search'
  | 'privacy'
  | 'accessibility'
  | 'notFound'

/** One HTML page in one language, with the same page in the other languages it exists in. */
export interface SitePage {
  locale: Locale
  kind: PageKind
  path: string
  docId: string | null
  alternates: Partial<Record<Locale, string>>
  /** For paginated lists: which page this is (1-based) and how many there are. */
  pagination?: { page: number; pages: number }
  /** For the story list narrowed to one place, topic or industry: which (as stored). */
  storyFacet?: StoryFilter
  /**
   * For the job list narrowed to one place, industry or employer (which, by its slug), or to the
   * employers where English is spoken.
   */
  facet?: JobListFilter
}

/** A story list narrowed to one value of one facet: a municipality's slug, a topic, an industry. */
export interface StoryFilter {
  facet: StoryFacet
  value: string
}

/** Stories per list page: enough to browse, few enough for a phone. */
export const storiesPerPage = 24

/** Jobs per list page: a screenful of lines on a phone, many times over. */
export const jobsPerPage = 30

const pageSegment: Record<Locale, string> = { nb: 'side', sv: 'sida', en: 'page' }
const thanksSegment: Record<Locale, string> = { nb: 'takk', sv: 'tack', en: 'thank-you' }

export const homePath = (locale: Locale) => `/${locale}/`
export { sectionPath }
export const storyPath = (locale: Locale, slug: string) => documentPath(locale, 'stories', slug)
export const employerPath = (locale: Locale, slug: string) =>
  documentPath(locale, 'employers', slug)
export const eventPath = (locale: Locale, slug: string) => documentPath(locale, 'events', slug)
export const eventCalendarPath = (locale: Locale, slug: string) =>
  `${sectionPath(locale, 'events')}${slug}.ics`
export const toolkitPath = (locale: Locale, slug: string) => documentPath(locale, 'toolkits', slug)
export const campaignPath = (locale: Locale, slug: string) =>
  documentPath(locale, 'campaigns', slug)
/** Where the interest form leads once sent: /nb/kampanjer/<slug>/takk/ */
export const campaignThanksPath = (locale: Locale, slug: string) =>
  `${campaignPath(locale, slug)}${thanksSegment[locale]}/`
export const notFoundPath = (locale: Locale) => `/${locale}/404/`
/** Page n of a list at `base`: the base itself for the first, base + side/2/ after. */
const pagedPath = (locale: Locale, base: string, page: number) =>
  page <= 1 ? base : `${base}${pageSegment[locale]}/${page}/`

/**
 * Page n of the story list, whole or narrowed to one facet value: /nb/historier/,
 * /nb/historier/side/2/, /nb/historier/sted/hamar/, /sv/berattelser/tema/familj/sida/2/.
 * Places by their slug; topics and industries by their label in the language.
 */
export const storyListPath = (locale: Locale, page = 1, filter?: StoryFilter) => {
  const base = sectionPath(locale, 'stories')
  if (!filter) return pagedPath(locale, base, page)
  const { facet, value } = filter
  const slug =
    facet === 'topic'
      ? slugify(topicLabel(locale, value))
      : facet === 'industry'
        ? slugify(industryLabel(locale, value))
        : value
  return pagedPath(locale, `${base}${storyFacetSegments[locale][facet]}/${slug}/`, page)
}

/** A facet value in a URL: places and employers by their own names, industries in the language. */
function facetSlug(locale: Locale, { facet, value }: { facet: JobFacet; value: string }) {
  return facet === 'industry' ? slugify(industryLabel(locale, value)) : value
}

/** Where a narrowed job list lives under the job list: sted/hamar/, or engelsk/. */
function filterPath(locale: Locale, facet: JobListFilter) {
  return facet.facet === 'english'
    ? `${englishJobsSegment[locale]}/`
    : `${jobFacetSegments[locale][facet.facet]}/${facetSlug(locale, facet)}/`
}

/**
 * Page n of the job list, whole or narrowed: /nb/stillinger/, /nb/stillinger/side/2/,
 * /nb/stillinger/sted/hamar/, /nb/stillinger/sted/hamar/side/2/, /nb/stillinger/engelsk/.
 */
export const jobListPath = (locale: Locale, page = 1, facet?: JobListFilter) => {
  const base = sectionPath(locale, 'jobs') + (facet ? filterPath(locale, facet) : '')
  return pagedPath(locale, base, page)
}

/** A job's place on its employer's page, where its text can be read: #job-nav-5b0c8e9a-… */
export const jobAnchor = (jobId: string) => `job-${jobId.replace(/[^a-zA-Z0-9-]+/g, '-')}`

const listKinds: Record<Section, PageKind> = {
  stories: 'stories',
  employers: 'employers',
  jobs: 'jobs',
  events: 'events',
  toolkits: 'toolkits',
  // Campaigns have landing pages only; the list of campaigns is not a page.
  campaigns: 'campaign',
  search: 'search',
  privacy: 'privacy',
  accessibility: 'accessibility',
}

/** A page that exists in every language (home, lists, search, statements). */
function everywhere(kind: PageKind, pathIn: (locale: Locale) => string): SitePage[] {
  const alternates = Object.fromEntries(locales.map((locale) => [locale, pathIn(locale)]))
  return locales.map((locale) => ({ locale, kind, path: pathIn(locale), docId: null, alternates }))
}

/** A document's pages: one per language it is translated into, each pointing at the others. */
function translated(
  kind: PageKind,
  docId: string,
  slugs: Partial<Record<Locale, string>>,
  pathFor: (locale: Locale, slug: string) => string,
): SitePage[] {
  const alternates = Object.fromEntries(
    locales.flatMap((locale) => {
      const slug = slugs[locale]
      return slug ? [[locale, pathFor(locale, slug)]] : []
    }),
  ) as Partial<Record<Locale, string>>
  return locales.flatMap((locale) => {
    const path = alternates[locale]
    return path ? [{ locale, kind, path, docId, alternates }] : []
  })
}

const slugsOf = (translations: Partial<Record<Locale, { slug: string }>>) =>
  Object.fromEntries(
    Object.entries(translations).map(([locale, t]) => [locale, t.slug]),
  ) as Partial<Record<Locale, string>>

/**
 * A list whose length differs by language, split into pages: page n exists in each language that
 * has that many, and points at page n in the others.
 */
function pagedInEach(
  kind: PageKind,
  counts: Partial<Record<Locale, number>>,
  pathOf: (locale: Locale, page: number) => string,
): SitePage[] {
  const pagesIn = Object.fromEntries(
    Object.entries(counts).map(([locale, count]) => [locale, Math.ceil(count / storiesPerPage)]),
  ) as Partial<Record<Locale, number>>
  const most = Math.max(0, ...Object.values(pagesIn))
  return Array.from({ length: most }, (_, i) => i + 1).flatMap((page) => {
    const present = locales.filter((locale) => page <= (pagesIn[locale] ?? 0))
    const alternates = Object.fromEntries(present.map((locale) => [locale, pathOf(locale, page)]))
    return present.map((locale) => ({
      locale,
      kind,
      path: pathOf(locale, page),
      docId: null,
      alternates,
      pagination: { page, pages: pagesIn[locale]! },
    }))
  })
}

/**
 * The story list in each language, whole (in every language, if empty) and narrowed to each
 * place, topic and industry that has stories in that language, each split into pages.
 */
function storyListPages(snapshot: Snapshot): SitePage[] {
  const whole: Partial<Record<Locale, number>> = {}
  const narrowed = new Map<
    string,
    { filter: StoryFilter; counts: Partial<Record<Locale, number>> }
  >()
  for (const locale of locales) {
    const stories = snapshot.stories.filter((story) => story.translations[locale])
    // An empty list is still a page (one that says so), unlike an empty facet value.
    whole[locale] = Math.max(1, stories.length)
    const values = storyFacetValues(locale, stories, snapshot)
    for (const facet of storyFacets)
      for (const { value, stories: found } of values[facet]) {
        const key = `${facet}:${value}`
        const list = narrowed.get(key) ?? { filter: { facet, value }, counts: {} }
        list.counts[locale] = found.length
        narrowed.set(key, list)
      }
  }
  return [
    ...pagedInEach('stories', whole, (locale, page) => storyListPath(locale, page)),
    ...[...narrowed.values()].flatMap(({ filter, counts }) =>
      pagedInEach('stories', counts, (locale, page) => storyListPath(locale, page, filter)).map(
        (page) => ({ ...page, storyFacet: filter }),
      ),
    ),
  ]
}

/**
 * The job list in every language (the ads keep their own; the page around them is translated),
 * whole and narrowed to each place, industry and employer that has jobs, each split into pages.
 * The list of employers where English is spoken is there even when it is empty, like the whole
 * list: it is an address worth linking to from a campaign.
 */
function jobListPages(snapshot: Snapshot): SitePage[] {
  const values = jobFacetValues(snapshot)
  const lists: { facet: JobListFilter | undefined; count: number }[] = [
    { facet: undefined, count: snapshot.jobs.length },
    ...jobFacets.flatMap((facet) =>
      values[facet].map((value) => ({
        facet: { facet, value: value.slug },
        count: value.jobs.length,
      })),
    ),
    { facet: { facet: 'english' }, count: englishSpokenJobs(snapshot).length },
  ]
  return lists.flatMap(({ facet, count }) => {
    const pages = Math.max(1, Math.ceil(count / jobsPerPage))
    return Array.from({ length: pages }, (_, i) => i + 1).flatMap((page) =>
      everywhere('jobs', (locale) => jobListPath(locale, page, facet)).map((sitePage) => ({
        ...sitePage,
        pagination: { page, pages },
        ...(facet ? { facet } : {}),
      })),
    )
  })
}

/** The toolkit list, in each language some toolkit is written in. */
function toolkitListPages(snapshot: Snapshot): SitePage[] {
  const present = locales.filter((locale) =>
    snapshot.toolkits.some((toolkit) => toolkit.translations[locale]),
  )
  const alternates = Object.fromEntries(
    present.map((locale) => [locale, sectionPath(locale, 'toolkits')]),
  )
  return present.map((locale) => ({
    locale,
    kind: 'toolkits' as const,
    path: sectionPath(locale, 'toolkits'),
    docId: null,
    alternates,
  }))
}

/**
 * The whole site as a list of pages. Routing, the language switcher, hreflang and the sitemap
 * all read this one list, so they cannot disagree about which translations exist.
 */
export function buildPages(snapshot: Snapshot): SitePage[] {
  return [
    ...everywhere('home', homePath),
    ...storyListPages(snapshot),
    ...(Object.keys(listKinds) as Section[])
      .filter((section) => !['stories', 'jobs', 'toolkits', 'campaigns'].includes(section))
      .flatMap((section) =>
        everywhere(listKinds[section], (locale) => sectionPath(locale, section)),
      ),
    ...snapshot.stories.flatMap((story) =>
      translated('story', story.id, slugsOf(story.translations), storyPath),
    ),
    ...snapshot.employers.flatMap((employer) =>
      translated(
        'employer',
        employer.id,
        Object.fromEntries(
          Object.keys(employer.translations).map((locale) => [locale, employer.slug]),
        ),
        employerPath,
      ),
    ),
    ...jobListPages(snapshot),
    ...snapshot.events.flatMap((event) =>
      translated('event', event.id, slugsOf(event.translations), eventPath),
    ),
    ...toolkitListPages(snapshot),
    ...snapshot.toolkits.flatMap((toolkit) =>
      translated('toolkit', toolkit.id, slugsOf(toolkit.translations), toolkitPath),
    ),
    ...snapshot.campaigns.flatMap((campaign) =>
      translated('campaign', campaign.id, slugsOf(campaign.translations), campaignPath),
    ),
    ...snapshot.campaigns.flatMap((campaign) =>
      translated('campaignThanks', campaign.id, slugsOf(campaign.translations), campaignThanksPath),
    ),
    ...everywhere('notFound', notFoundPath),
  ]
}

/** The `x-default` alternate: the default language's version, else the first that exists. */
export function defaultAlternate(alternates: Partial<Record<Locale, string>>): string | undefined {
  return alternates[defaultLocale] ?? locales.map((locale) => alternates[locale]).find(Boolean)
}

/** Where a language switch from this page leads: the same page, or that language's section. */
export function switchTarget(page: SitePage, locale: Locale): { path: string; samePage: boolean } {
  const same = page.alternates[locale]
  if (same) return { path: same, samePage: true }
  const section: Partial<Record<PageKind, Section>> = {
    // A narrowed or later page of the story list that a language lacks: its whole list.
    stories: 'stories',
    story: 'stories',
    employer: 'employers',
    event: 'events',
  }
  const fallback = section[page.kind]
  return { path: fallback ? sectionPath(locale, fallback) : homePath(locale), samePage: false }
}
