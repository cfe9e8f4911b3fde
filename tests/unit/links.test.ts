import { expect, test } from 'vitest'

import { safeHref } from '../../site/src/lib/links'
import { parseAcceptLanguage, preferredLocale } from '@talentregion/shared/negotiate'

test.each([
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\u0000script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/path',
  '/\\evil.example',
  'file:///etc/passwd',
  '',
  42,
])('%j is not a safe link', (href) => {
  expect(safeHref(href)).toBeNull()
})

test.each([
  ['https://example.no/jobb', 'https://example.no/jobb'],
  ['http://example.no', 'http://example.no/'],
  ['mailto:hei@example.no', 'mailto:hei@example.no'],
  ['tel:+4740000000', 'tel:+4740000000'],
  ['/nb/historier/', '/nb/historier/'],
  ['#main', '#main'],
])('%s is kept as %s', (href, expected) => {
  expect(safeHref(href)).toBe(expected)
})

test.each([
  [['sv-SE', 'en'], 'sv'],
  [['en-GB', 'nb'], 'en'],
  [['nn-NO'], 'nb'],
  [['da-DK', 'en'], 'nb'],
  [['de-DE', 'fr'], 'nb'],
  [[], 'nb'],
] as const)('browser languages %j choose %s', (preferences, expected) => {
  expect(preferredLocale(preferences)).toBe(expected)
})

test('Accept-Language is ordered by q-value', () => {
  expect(parseAcceptLanguage('de;q=0.5, sv-SE, en;q=0.8, *;q=0.1, fr;q=0')).toEqual([
    'sv-SE',
    'en',
    'de',
  ])
})
