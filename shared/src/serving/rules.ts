import { locales } from '../locales'

/** What a browser or CDN may do with a file it has fetched. */
export const cachePolicies = {
  /** Named by its content: never changes under its name, so kept for a year. */
  immutable: 'public, max-age=31536000, immutable',
  /** Asked for again every time (a 304 when unchanged), so a new release shows at once. */
  revalidate: 'no-cache',
} as const

export type CachePolicy = keyof typeof cachePolicies

export interface ServingRule {
  /** The URL paths the rule covers: a folder, starting and ending with a slash. */
  prefix: `/${string}/`
  cache: CachePolicy
  /** Toolkit downloads: the download policy (no script, a sandbox) instead of the site's CSP. */
  download?: true
}

/**
 * The serving rules of a release, in one table: the built-in server applies them, and the same
 * table is written as `_headers` for static hosts and as an nginx server block. A path no rule
 * covers (pages, Pagefind's entry files, the favicon) is revalidated.
 */
export const servingRules: readonly ServingRule[] = [
  { prefix: '/_astro/', cache: 'immutable' },
  { prefix: '/media/', cache: 'immutable' },
  { prefix: '/files/', cache: 'immutable', download: true },
  // Pagefind names its chunks by their content; pagefind.js and its entry file keep their names.
  { prefix: '/pagefind/fragment/', cache: 'immutable' },
  { prefix: '/pagefind/index/', cache: 'immutable' },
  { prefix: '/pagefind/filter/', cache: 'immutable' },
]

/** The policy for everything no rule covers. */
export const defaultCache: CachePolicy = 'revalidate'

const ruleFor = (urlPath: string) => servingRules.find((rule) => urlPath.startsWith(rule.prefix))

/** The Cache-Control header for a path. */
export const cacheControl = (urlPath: string): string =>
  cachePolicies[ruleFor(urlPath)?.cache ?? defaultCache]

/** Whether a path is a download, served with the download policy instead of the site's. */
export const isDownload = (urlPath: string): boolean => ruleFor(urlPath)?.download === true

/** The 404 page for a path: the one of its language, or the multilingual one. */
export function notFoundPage(urlPath: string): string {
  const first = urlPath.split('/')[1]
  return locales.some((locale) => locale === first) ? `/${first}/404/` : '/404.html'
}
