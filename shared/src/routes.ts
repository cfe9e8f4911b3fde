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
