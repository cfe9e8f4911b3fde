import { defaultLocale, isLocale, locales, type Locale } from './locales'

/** Swedish and Danish readers understand Norwegian better than English; nn reads nb. */
const related: Record<string, Locale> = { no: 'nb', nn: 'nb', da: 'nb', fi: 'sv' }

/**
 * The best of the available languages (all of ours unless a page exists in fewer) for a
 * browser's preference list (navigator.languages or parsed Accept-Language), else the fallback.
 */
export function preferredLocale(
  preferences: readonly string[],
  fallback: Locale = defaultLocale,
  available: readonly Locale[] = locales,
): Locale {
  for (const preference of preferences) {
    const primary = preference.toLowerCase().split(/[-_]/)[0] ?? ''
    if (isLocale(primary) && available.includes(primary)) return primary
    const near = related[primary]
    if (near && available.includes(near)) return near
  }
  return fallback
}

/** Accept-Language parsed into tags, best first by q-value. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return []
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean)
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag)
}
