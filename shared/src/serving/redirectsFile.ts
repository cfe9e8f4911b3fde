import { locales } from '../locales'
import { codeSpellings } from '../shortCodes'
import type { Redirect, ShortLink } from './deployFiles'

/** `_redirects`: the site's redirects, the short codes, then each language's 404 page. */
export function redirectsFile(redirects: Redirect[], shortLinks: ShortLink[] = []): string {
  return [
    ...redirects.map(({ from, to, status }) => `${from} ${to} ${status}`),
    // Short codes: the visitor's language where the host supports Language conditions.
    ...shortLinks.flatMap(({ code, targets, fallback }) =>
      codeSpellings(code).flatMap((variant) => [
        ...Object.entries(targets).map(
          ([locale, to]) => `/q/${variant} ${to} 302 Language=${locale}`,
        ),
        `/q/${variant} ${targets[fallback]} 302`,
      ]),
    ),
    ...locales.map((locale) => `/${locale}/* /${locale}/404/index.html 404`),
    '/* /404.html 404',
    '',
  ].join('\n')
}
