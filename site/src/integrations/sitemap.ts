import type { SitemapOptions } from '@astrojs/sitemap'

import { defaultAlternate, type SitePage } from '../lib/routes'

export interface AlternateLink {
  url: string
  lang: string
}

/**
 * Pages left out of the sitemap: the language chooser, search results, 404 pages, the thank-you
 * after an interest form, and the job
 * list narrowed to one place, industry or employer — the same ads again, on pages that come and
 * go with them — and the story list narrowed to a place, topic or industry (the same stories again).
 */
export function excludedFromSitemap(page: SitePage): boolean {
  return (
    page.kind === 'search' ||
    page.kind === 'notFound' ||
    page.kind === 'campaignThanks' ||
    Boolean(page.facet) ||
    Boolean(page.storyFacet)
  )
}

/**
 * For every page URL, its alternates in the other languages plus x-default. The stock i18n
 * option pairs only identical paths; our slugs and segments are translated, so the pairs come
 * from the site's own page list.
 */
export function sitemapAlternates(pages: SitePage[], site: string): Map<string, AlternateLink[]> {
  const origin = site.replace(/\/$/, '')
  const map = new Map<string, AlternateLink[]>()
  for (const page of pages) {
    if (excludedFromSitemap(page)) continue
    const links = Object.entries(page.alternates).map(([locale, path]) => ({
      url: `${origin}${path}`,
      lang: locale,
    }))
    const fallback = defaultAlternate(page.alternates)
    if (links.length > 1 && fallback) links.push({ url: `${origin}${fallback}`, lang: 'x-default' })
    map.set(`${origin}${page.path}`, links.length > 1 ? links : [])
  }
  return map
}

/** Options for @astrojs/sitemap: only our pages, each with its translated alternates. */
export function sitemapOptions(pages: () => SitePage[], site: string): NonNullable<SitemapOptions> {
  let alternates: Map<string, AlternateLink[]> | undefined
  const lookup = () => (alternates ??= sitemapAlternates(pages(), site))
  return {
    filter: (url) => lookup().has(url),
    serialize(item) {
      const links = lookup().get(item.url) ?? []
      return links.length > 0 ? { ...item, links } : { ...item, links: undefined }
    },
  }
}
