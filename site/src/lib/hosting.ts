import { createHash } from 'node:crypto'

import { downloadSecurityPolicy } from '@talentregion/shared/downloadPolicy'
import { locales } from '@talentregion/shared/locales'
import { codeSpellings } from '@talentregion/shared/shortCodes'

import type { ShortLink } from './shortLinks'

/**
 * The serving rules of a release, in one place: the built-in server applies them, and the same
 * rules are written as _headers / _redirects (static hosts) and an nginx config.
 */

/** SHA-256 hashes (CSP form) of the inline scripts in the given pages (JSON-LD excluded). */
export function inlineScriptHashes(pages: string[]): string[] {
  const hashes = new Set<string>()
  for (const html of pages) {
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(match[1]!)) continue
      hashes.add(`'sha256-${createHash('sha256').update(match[2]!).digest('base64')}'`)
    }
  }
  return [...hashes].sort()
}

/**
 * Content-Security-Policy for the public site: everything from our own origin, inline scripts
 * only by hash (Astro's island loader), WebAssembly for Pagefind, no framing. The CMS's origin
 * may only receive: the interest form posts there and landing pages report visits there.
 */
export function contentSecurityPolicy(
  scriptHashes: string[],
  cmsOrigin: string | null = null,
): string {
  const cms = cmsOrigin ? ` ${cmsOrigin}` : ''
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    // Focal points are inline style attributes; no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${cms}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${cms}`,
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Toolkit downloads live under /files/; SVG anywhere is treated the same. */
export const isDownload = (urlPath: string) =>
  urlPath.startsWith('/files/') || urlPath.toLowerCase().endsWith('.svg')

export function securityHeaders(
  scriptHashes: string[],
  cmsOrigin: string | null = null,
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes, cmsOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/**
 * How long browsers and CDNs may keep a file. Hashed assets never change under their name, so
 * they are cached for a year; HTML and entry points are revalidated so a new release shows at once.
 */
export function cacheControl(urlPath: string): string {
  if (/^\/(_astro|media|files)\//.test(urlPath)) return 'public, max-age=31536000, immutable'
  if (/^\/pagefind\/(fragment|index|filter)\//.test(urlPath))
    return 'public, max-age=31536000, immutable'
  if (urlPath.endsWith('/') || urlPath.endsWith('.html')) return 'no-cache'
  return 'public, max-age=300, must-revalidate'
}

export interface Redirect {
  from: string
  to: string
  status: 301 | 302
}

/** The 404 page for a path: the one of its language, or the multilingual one. */
export function notFoundPage(urlPath: string): string {
  const first = urlPath.split('/')[1]
  return locales.some((locale) => locale === first) ? `/${first}/404/` : '/404.html'
}

/** `_headers` for Netlify, Cloudflare Pages and similar hosts. */
export function headersFile(scriptHashes: string[], cmsOrigin: string | null = null): string {
  const security = Object.entries(securityHeaders(scriptHashes, cmsOrigin))
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')
  return [
    `/*\n${security}\n  Cache-Control: no-cache`,
    '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    '/media/*\n  Cache-Control: public, max-age=31536000, immutable',
    `/files/*\n  Cache-Control: public, max-age=31536000, immutable\n  ! Content-Security-Policy\n  Content-Security-Policy: ${downloadSecurityPolicy}`,
    '/pagefind/*\n  Cache-Control: public, max-age=300, must-revalidate',
    '',
  ].join('\n\n')
}

/** `_redirects`: the site's redirects, then each language's 404 page. */
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

/** An nginx server block serving a release folder with the same rules. */
export function nginxConfig(
  scriptHashes: string[],
  redirects: Redirect[],
  root = '/srv/talentregion/current',
  cmsOrigin: string | null = null,
): string {
  const security = Object.entries(securityHeaders(scriptHashes, cmsOrigin))
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n')
  const redirectBlocks = redirects.map(
    ({ from, to, status }) => `    location = ${from} { return ${status} ${to}; }`,
  )
  const notFound = locales.map(
    (locale) =>
      `    location /${locale}/ {\n        try_files $uri $uri/ =404;\n        error_page 404 /${locale}/404/index.html;\n    }`,
  )
  return `# Generated with each release; include it in the server block for the site's host name.
server {
    listen 80;
    root ${root};
    index index.html;
    charset utf-8;
    gzip on;
    gzip_types text/css application/javascript text/javascript application/json image/svg+xml text/calendar application/xml;
    location ~ /\\. { deny all; }
    # The static-host rule files travel in the release but are not part of the site.
    location ~ ^/_(headers|redirects)$ { return 404; }
${security}
    add_header Cache-Control "no-cache" always;
    location ~ ^/(_astro|media)/ {
${security}
        add_header Cache-Control "public, max-age=31536000, immutable" always;
    }
    location /files/ {
${security.replace(/Content-Security-Policy "[^"]*"/, `Content-Security-Policy "${downloadSecurityPolicy}"`)}
        add_header Cache-Control "public, max-age=31536000, immutable" always;
    }
${redirectBlocks.join('\n')}
${notFound.join('\n')}
    error_page 404 /404.html;
}
`
}
