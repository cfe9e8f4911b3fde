import type { Locale } from './locales'

/** The public job feeds jobs are read from: NAV's pam-stilling-feed and JobTech's JobStream. */
export const jobSources = ['nav', 'jobstream'] as const
export type JobSource = (typeof jobSources)[number]

/** The language each feed's ads are written in; they are shown as written, marked with it. */
export const jobSourceLanguage: Record<JobSource, Locale> = { nav: 'nb', jobstream: 'sv' }

/** The name a visitor reads for each source, in any language (they are proper names). */
export const jobSourceName: Record<JobSource, string> = {
  nav: 'NAV',
  jobstream: 'Arbetsförmedlingen',
}
