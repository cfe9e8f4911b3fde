import { locales, type Locale } from '@talentregion/shared/locales'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

import { buildPages, type PageKind } from './routes'

/** A page that stands for its template: what audits, validators and screenshots look at. */
export interface SamplePage {
  template: PageKind | 'chooser'
  locale: Locale | null
  path: string
}

/**
 * One page of every template in every language, plus the language chooser at `/`: the first
 * page the site builds of each kind (the first list page, the newest story, and so on).
 */
export function samplePages(snapshot: Snapshot): SamplePage[] {
  const pages = buildPages(snapshot)
  const kinds = [...new Set(pages.map((page) => page.kind))]
  return [
    { template: 'chooser', locale: null, path: '/' },
    ...kinds.flatMap((kind) =>
      locales.flatMap((locale) => {
        const page = pages.find(
          (candidate) => candidate.kind === kind && candidate.locale === locale,
        )
        return page ? [{ template: kind, locale, path: page.path }] : []
      }),
    ),
  ]
}
