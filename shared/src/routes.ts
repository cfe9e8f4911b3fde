import type { Locale, Localized } from './locales'

/** The sections of the public site; each has a translated URL segment per language. */
export const sections = [
  'stories',
  'employers',
  'jobs',
  'events',
  'toolkits',
  'campaigns',
  'search',
  'privacy',
  'accessibility',
] as const

export type Section = (typeof sections)[number]

/** URL path segments in each language: /nb/historier/…, /sv/berattelser/…, /en/stories/… */
export const sectionSegments: Localized<Record<Section, string>> = {
  nb: {
    stories: 'historier',
    employers: 'arbeidsgivere',
    jobs: 'stillinger',
    events: 'arrangementer',
    toolkits: 'verktoykasser',
    campaigns: 'kampanjer',
    search: 'sok',
    privacy: 'personvern',
    accessibility: 'tilgjengelighet',
  },
  sv: {
    stories: 'berattelser',
    employers: 'arbetsgivare',
    jobs: 'jobb',
    events: 'evenemang',
    toolkits: 'verktygslador',
    campaigns: 'kampanjer',
    search: 'sok',
    privacy: 'integritet',
    accessibility: 'tillganglighet',
  },
  en: {
    stories: 'stories',
    employers: 'employers',
    jobs: 'jobs',
    events: 'events',
    toolkits: 'toolkits',
    campaigns: 'campaigns',
    search: 'search',
    privacy: 'privacy',
    accessibility: 'accessibility',
  },
}

/** A section's first page in one language: /sv/berattelser/ */
export const sectionPath = (locale: Locale, section: Section) =>
  `/${locale}/${sectionSegments[locale][section]}/`

/** One document's page in one language: /nb/historier/flyttet-til-hamar/ */
export const documentPath = (locale: Locale, section: Section, slug: string) =>
  `${sectionPath(locale, section)}${slug}/`

/** What the job list can be narrowed to; each value of each is a page of its own. */
export const jobFacets = ['place', 'industry', 'employer'] as const
export type JobFacet = (typeof jobFacets)[number]

/** The facets' URL segments: /nb/stillinger/kommune/hamar/, /sv/jobb/bransch/energy/ */
export const jobFacetSegments: Localized<Record<JobFacet, string>> = {
  nb: { place: 'sted', industry: 'bransje', employer: 'arbeidsgiver' },
  sv: { place: 'ort', industry: 'bransch', employer: 'arbetsgivare' },
  en: { place: 'place', industry: 'industry', employer: 'employer' },
}

/**
 * What the story list can be narrowed to: the story's municipality, its topics, the industries
 * of the employers it names. Each value of each is a page of its own in each language.
 */
export const storyFacets = ['place', 'topic', 'industry'] as const
export type StoryFacet = (typeof storyFacets)[number]

/** The story facets' URL segments: /nb/historier/sted/hamar/, /sv/berattelser/tema/familj/ */
export const storyFacetSegments: Localized<Record<StoryFacet, string>> = {
  nb: { place: 'sted', topic: 'tema', industry: 'bransje' },
  sv: { place: 'ort', topic: 'tema', industry: 'bransch' },
  en: { place: 'place', topic: 'topic', industry: 'industry' },
}

/**
 * The job list narrowed to the employers where English is a working language: a page of its own
 * in every language, beside the facets: /nb/stillinger/engelsk/, /en/jobs/english/
 */
export const englishJobsSegment: Localized<string> = {
  nb: 'engelsk',
  sv: 'engelska',
  en: 'english',
}

/** A narrowed job list: one value of a facet, or the employers where English is spoken. */
export type JobListFilter = { facet: JobFacet; value: string } | { facet: 'english' }
