import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { checkRelease, internalReferences } from '../../scripts/publish/checks'
import { headersFile } from '@talentregion/shared/serving/headersFile'
import { nginxConfig } from '@talentregion/shared/serving/nginxConfig'
import { redirectsFile } from '@talentregion/shared/serving/redirectsFile'
import {
  cacheControl,
  cachePolicies,
  isDownload,
  notFoundPage,
  servingRules,
} from '@talentregion/shared/serving/rules'
import { contentSecurityPolicy } from '@talentregion/shared/serving/securityHeaders'
import { inlineScriptHashes } from '../../site/src/lib/inlineScriptHashes'
import { afterAll, describe, expect, test } from 'vitest'

describe('serving rules', () => {
  test('inline scripts are hashed; JSON-LD and external scripts are not', () => {
    const hashes = inlineScriptHashes([
      '<script>console.log(1)</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>',
      '<script>console.log(1)</script>',
    ])
    expect(hashes).toEqual(["'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='"])
  })

  test('the CSP allows this origin, hashed inline scripts and WebAssembly for Pagefind, nothing else (pinned)', () => {
    expect(contentSecurityPolicy(["'sha256-abc'"])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'",
    )
  })

  test.each([
    ['/_astro/index.Ab12.js', 'public, max-age=31536000, immutable'],
    ['/media/hero.0123456789.avif', 'public, max-age=31536000, immutable'],
    ['/files/logo.0123456789.svg', 'public, max-age=31536000, immutable'],
    ['/nb/historier/', 'no-cache'],
    ['/404.html', 'no-cache'],
    ['/favicon.svg', 'no-cache'],
    ['/pagefind/fragment/nb_3f2a1c.pf_fragment', 'public, max-age=31536000, immutable'],
    // Names that stay the same from release to release are asked for again each time.
    ['/pagefind/pagefind-entry.json', 'no-cache'],
    ['/pagefind/pagefind.js', 'no-cache'],
  ])('%s is cached as %s', (urlPath, expected) => {
    expect(cacheControl(urlPath)).toBe(expected)
  })

  test('the built-in server, _headers and nginx all render the one table of rules', () => {
    const headers = headersFile([])
    const nginx = nginxConfig([], [])
    for (const { prefix, cache, download } of servingRules) {
      const sample = `${prefix}x.0123456789.bin`
      expect(cacheControl(sample)).toBe(cachePolicies[cache])
      expect(isDownload(sample)).toBe(download === true)
      const block = headers.split('\n\n').find((entry) => entry.startsWith(`${prefix}*\n`))
      // Hosts join a header set by two matching blocks, so the catch-all's is detached first.
      expect(block).toContain(`  ! Cache-Control\n  Cache-Control: ${cachePolicies[cache]}`)
      expect(block?.includes('Content-Security-Policy: ')).toBe(download === true)
      const location = nginx.split(`    location ${prefix} {\n`)[1]?.split('\n    }')[0]
      expect(location).toContain(`add_header Cache-Control "${cachePolicies[cache]}" always;`)
      expect(location?.includes("default-src 'self'")).toBe(download !== true)
    }
    // What no rule covers is revalidated on every host.
    expect(cacheControl('/nb/')).toBe('no-cache')
    expect(headers).toMatch(/^\/\*\n(?: {2}.+\n)* {2}Cache-Control: no-cache\n/)
    expect(nginx).toMatch(/\n {4}add_header Cache-Control "no-cache" always;\n/)
  })

  test('toolkit downloads get a policy with no script and a sandbox, on every host', () => {
    expect([
      isDownload('/files/kit-nb.0123456789.zip'),
      isDownload('/files/logo.0123456789.svg'),
      isDownload('/nb/'),
    ]).toEqual([true, true, false])
    const policy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"
    expect(headersFile([])).toContain(
      `/files/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n  ! Content-Security-Policy\n  Content-Security-Policy: ${policy}`,
    )
    const nginxFiles = nginxConfig([], []).split('location /files/ {')[1]!.split('}')[0]!
    expect(nginxFiles).toContain(`add_header Content-Security-Policy "${policy}" always;`)
    expect(nginxFiles).not.toContain("default-src 'self'")
  })

  test('each language gets its own 404 page (pinned _redirects)', () => {
    expect(notFoundPage('/sv/finns-inte/')).toBe('/sv/404/')
    expect(notFoundPage('/elsewhere')).toBe('/404.html')
    expect(redirectsFile([{ from: '/gammel/', to: '/nb/', status: 301 }])).toBe(
      '/gammel/ /nb/ 301\n/nb/* /nb/404/index.html 404\n/sv/* /sv/404/index.html 404\n/en/* /en/404/index.html 404\n/* /404.html 404\n',
    )
  })
})

describe('release checks', () => {
  const made: string[] = []
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))
  const release = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-release-'))
    made.push(dir)
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), content)
    }
    return dir
  }
  const index = JSON.stringify({ languages: { nb: { page_count: 2 } } })

  test('internal links, sources and every srcset candidate are collected; other origins are not', () => {
    expect(
      internalReferences(
        '<a href="/nb/"></a><img src="/m/a.webp" srcset="/m/a-480.avif 480w, /m/a-960.avif 960w"><a href="//x.example/"><a href="https://x.example/">',
      ),
    ).toEqual(['/nb/', '/m/a.webp', '/m/a-480.avif', '/m/a-960.avif'])
  })

  test('a broken link, a missing image and an empty search index are reported', () => {
    const dir = release({
      'nb/index.html': '<a href="/nb/finnes-ikke/">x</a><img src="/media/borte.webp">',
      'pagefind/pagefind-entry.json': JSON.stringify({ languages: { nb: { page_count: 0 } } }),
    })
    expect(checkRelease(dir, { livePages: null })).toEqual([
      'Broken internal link or asset /nb/finnes-ikke/ (first seen on /nb/index.html)',
      'Broken internal link or asset /media/borte.webp (first seen on /nb/index.html)',
      'The search index is empty.',
    ])
  })

  test('losing more than a quarter of the live pages is held back unless confirmed', () => {
    const dir = release({
      'nb/index.html': '<a href="/nb/">x</a>',
      'pagefind/pagefind-entry.json': index,
    })
    expect(checkRelease(dir, { livePages: 2 })).toEqual([
      expect.stringMatching(/The new release has 1 pages, the live site 2/),
    ])
    expect(checkRelease(dir, { livePages: 2, confirmPageLoss: true })).toEqual([])
  })
})
