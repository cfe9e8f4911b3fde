import type { Locale, Localized } from './locales'

/** The sections of the public site; each has a translated URL segment per language. */
export const sections = [
  'stories',
  'employers',
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
