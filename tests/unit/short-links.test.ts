import { pagePath, redirectProblems, redirectTargetProblem } from '@talentregion/shared/redirects'
import {
  codeAlphabet,
  codeLength,
  generateCode,
  normaliseCode,
} from '@talentregion/shared/shortCodes'
import { redirectsFile } from '@talentregion/shared/serving/redirectsFile'
import { parseAcceptLanguage, preferredLocale } from '@talentregion/shared/negotiate'
import { redirectIssues } from '../../site/src/lib/redirectCheck'
import { shortLink, shortLinks } from '../../site/src/lib/shortLinks'
import { describe, expect, test } from 'vitest'

import { snapshotFixture } from '../fixtures/snapshot'

describe('short codes', () => {
  test('use an alphabet without look-alikes (0/O, 1/I/L)', () => {
    expect(codeAlphabet).toHaveLength(31)
    expect(codeAlphabet).not.toMatch(/[01OIL]/)
    expect(new Set(codeAlphabet).size).toBe(codeAlphabet.length)
  })

  test('are case-insensitive and refuse anything else', () => {
    expect(normaliseCode(' abc234 ')).toBe('ABC234')
    expect(['ABC23O', 'ABC231', 'abc2l4', 'ABC23', 'ABC2345', '../x', '']).toEqual(
      ['ABC23O', 'ABC231', 'abc2l4', 'ABC23', 'ABC2345', '../x', ''].filter(
        (input) => normaliseCode(input) === null,
      ),
    )
  })

  test('are generated from the alphabet, never one that is taken, with every letter as likely', () => {
    const taken = new Set<string>()
    for (let i = 0; i < 2000; i++) taken.add(generateCode((code) => taken.has(code)))
    expect(taken.size).toBe(2000)
    for (const code of taken) expect(normaliseCode(code)).toBe(code)
    const counts = new Map<string, number>()
    for (const code of taken) for (const char of code) counts.set(char, (counts.get(char) ?? 0) + 1)
    const expected = (2000 * codeLength) / codeAlphabet.length
    for (const char of codeAlphabet) expect(counts.get(char)).toBeGreaterThan(expected * 0.6)
  })

  test('a taken code is skipped; an exhausted space says so', () => {
    const fixed = (value: number) => (bytes: Uint8Array) => bytes.fill(value)
    expect(generateCode(() => false, fixed(0))).toBe('222222')
    expect(() => generateCode(() => true, fixed(0))).toThrow(/nearly full/)
  })
})

describe('redirect targets', () => {
  test.each([
    '//evil.example/',
    '/\\evil.example',
    '/%5Cevil.example',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' /nb/',
    'https://evil.example/',
    '/nb/<script>',
    '/nb/"onmouseover="x',
    "/nb/'x",
    '/nb/../admin',
    '/nb/%2e%2e/admin',
    'nb/historier/',
    '/nb/\nSet-Cookie:x',
    '/%25%32%46%25%32%46evil.example',
    '',
  ])('%j is refused', (target) => {
    expect(redirectTargetProblem(target)).not.toBeNull()
  })

  test.each(['/nb/', '/nb/arbeidsgivere/', '/sv/kampanjer/flytta/?utm_source=qr', '/en/#top'])(
    '%s is allowed',
    (target) => {
      expect(redirectTargetProblem(target)).toBeNull()
    },
  )

  test('loops, shadowed pages and targets that are not pages are refused with the reason', () => {
    const pages = new Set(['/nb/', '/nb/arbeidsgivere/'])
    expect(
      redirectProblems(
        [
          { from: '/a', to: '/b' },
          { from: '/b', to: '/a/' },
          { from: '/nb/arbeidsgivere', to: '/nb/' },
          { from: '/jobb', to: '/nb/finnes-ikke/' },
          { from: '/ok', to: '/nb/arbeidsgivere/' },
          { from: '/chain', to: '/ok' },
        ],
        pages,
      ),
    ).toEqual([
      'Redirect /a → /b: leads in a loop back to /a/.',
      'Redirect /b → /a/: leads in a loop back to /b/.',
      'Redirect /nb/arbeidsgivere → /nb/: /nb/arbeidsgivere is a page of the site; a redirect would hide it.',
      'Redirect /jobb → /nb/finnes-ikke/: /nb/finnes-ikke/ is not a page of the site.',
    ])
    expect(pagePath('/jobb?x=1')).toBe('/jobb/')
  })

  test('the build refuses a placement target that is not a page, and /q/ as a vanity path', () => {
    const snapshot = snapshotFixture()
    expect(redirectIssues(snapshot)).toEqual([])
    snapshot.placements[1]!.target = '/nb/ingen-side/'
    snapshot.redirects.push({ from: '/q/abc', to: '/nb/' })
    expect(redirectIssues(snapshot)).toEqual([
      'Placement XYZ789: the target /nb/ingen-side/ is not a page of the site. Choose an existing page or clear it.',
      'Redirect /q/abc: /q/ is reserved for placement codes.',
    ])
  })
})

describe('language negotiation for short links', () => {
  test.each([
    ['sv-SE,sv;q=0.9,en;q=0.8', ['nb', 'sv', 'en'], 'nb', 'sv'],
    ['de-DE,en;q=0.5', ['nb', 'sv', 'en'], 'nb', 'en'],
    ['sv-SE', ['nb', 'en'], 'en', 'en'],
    ['fi-FI', ['nb', 'sv'], 'nb', 'sv'],
    ['da', ['sv', 'en'], 'sv', 'sv'],
    ['', ['nb', 'sv', 'en'], 'sv', 'sv'],
  ] as const)('%j among %j (default %s) → %s', (header, available, fallback, expected) => {
    expect(preferredLocale(parseAcceptLanguage(header), fallback, available)).toBe(expected)
  })
})

describe('where a code leads', () => {
  const snapshot = snapshotFixture()

  test('to the campaign page in each of its languages, with UTM naming campaign, medium and placement', () => {
    expect(shortLink(snapshot, snapshot.placements[0]!)).toEqual({
      code: 'ABC234',
      fallback: 'nb',
      targets: {
        nb: '/nb/kampanjer/flytt-til-innlandet/?utm_source=qr&utm_medium=billboard&utm_campaign=flytt-til-innlandet&utm_content=ABC234',
        sv: '/sv/kampanjer/flytta-till-innlandet/?utm_source=qr&utm_medium=billboard&utm_campaign=flytt-til-innlandet&utm_content=ABC234',
      },
    })
  })

  test('to its own target when it has one, and home when its campaign is gone', () => {
    const [, own, gone] = shortLinks(snapshot)
    expect(own!.targets.nb).toBe(
      '/nb/arbeidsgivere/?utm_source=qr&utm_medium=bus&utm_campaign=flytt-til-innlandet&utm_content=XYZ789',
    )
    expect(gone).toEqual({
      code: 'GWNE22',
      fallback: 'nb',
      targets: { nb: '/nb/', sv: '/sv/', en: '/en/' },
    })
  })

  test('an ended campaign keeps its address (the page shows the follow-up)', () => {
    const ended = snapshotFixture()
    ended.campaigns[0]!.ended = true
    expect(shortLink(ended, ended.placements[0]!)).toEqual(
      shortLink(snapshot, snapshot.placements[0]!),
    )
  })

  test('static hosts get the same rules, per language and in both spellings (pinned)', () => {
    const lines = redirectsFile([], [shortLink(snapshot, snapshot.placements[2]!)]).split('\n')
    expect(lines.slice(0, 8)).toEqual([
      '/q/GWNE22 /nb/ 302 Language=nb',
      '/q/GWNE22 /sv/ 302 Language=sv',
      '/q/GWNE22 /en/ 302 Language=en',
      '/q/GWNE22 /nb/ 302',
      '/q/gwne22 /nb/ 302 Language=nb',
      '/q/gwne22 /sv/ 302 Language=sv',
      '/q/gwne22 /en/ 302 Language=en',
      '/q/gwne22 /nb/ 302',
    ])
  })
})
