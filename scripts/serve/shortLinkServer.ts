import type { Locale } from '@talentregion/shared/locales'
import { parseAcceptLanguage, preferredLocale } from '@talentregion/shared/negotiate'
import { pagePath } from '@talentregion/shared/redirects'
import {
  readDeployFile,
  type Redirect,
  type ShortLink,
} from '@talentregion/shared/serving/deployFiles'
import { normaliseCode } from '@talentregion/shared/shortCodes'

interface ReleaseLinks {
  links: Map<string, ShortLink>
  redirects: Map<string, Redirect>
}

const loaded = new Map<string, ReleaseLinks>()

function releaseLinks(root: string): ReleaseLinks {
  let links = loaded.get(root)
  if (!links) {
    const data = readDeployFile(root, 'shortLinks') ?? { links: [], redirects: [] }
    links = {
      links: new Map(data.links.map((link) => [link.code, link])),
      redirects: new Map(data.redirects.map((redirect) => [pagePath(redirect.from), redirect])),
    }
    loaded.set(root, links)
  }
  return links
}

/**
 * Where a short code (`/q/abc234`, any case) or a vanity address sends this visitor, or null.
 * Codes go to the campaign page in the best of its languages for the browser's Accept-Language.
 */
export function shortLinkLocation(
  root: string,
  urlPath: string,
  acceptLanguage: string | undefined,
): { location: string; status: 302 } | null {
  const { links, redirects } = releaseLinks(root)
  const match = /^\/q\/([^/]+)\/?$/i.exec(urlPath)
  if (match) {
    const code = normaliseCode(match[1]!)
    const link = code ? links.get(code) : undefined
    if (!link) return null
    const available = Object.keys(link.targets) as Locale[]
    const locale = preferredLocale(parseAcceptLanguage(acceptLanguage), link.fallback, available)
    return { location: link.targets[locale] ?? link.targets[link.fallback]!, status: 302 }
  }
  const redirect = redirects.get(pagePath(urlPath))
  return redirect ? { location: redirect.to, status: 302 } : null
}
