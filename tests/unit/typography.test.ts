import { count } from '@talentregion/shared/i18n'
import { keepNumbersTogether, keepNumbersTogetherIn } from '@talentregion/shared/typography'
import { expect, test } from 'vitest'

const nbsp = '\u00a0'

test('numbers and their units are not split across lines', () => {
  expect(keepNumbersTogether('10 000 talenter innen 2030')).toBe(`10${nbsp}000 talenter innen 2030`)
  expect(keepNumbersTogether('4 000–5 000 personer')).toBe(`4${nbsp}000–5${nbsp}000 personer`)
  expect(keepNumbersTogether('+47 400 00 000')).toBe(`+47${nbsp}400${nbsp}00${nbsp}000`)
  expect(keepNumbersTogether('25 % flere, 40 km unna, 500 kr')).toBe(
    `25${nbsp}% flere, 40${nbsp}km unna, 500${nbsp}kr`,
  )
})

test('everything else is left as written', () => {
  for (const text of ['Storgata 10, 2317 Hamar', '3 mildere vintre', '2 minutter', '12 1234'])
    expect(keepNumbersTogether(text)).toBe(text)
})

test('every string of a snapshot-like value is mended, the rest kept', () => {
  expect(keepNumbersTogetherIn({ a: ['10 000'], b: 3, c: null, d: { e: '1 000 m' } })).toEqual({
    a: [`10${nbsp}000`],
    b: 3,
    c: null,
    d: { e: `1${nbsp}000${nbsp}m` },
  })
})

test('counted phrases follow each language’s plural rules and number format', () => {
  expect(count('nb', 'employers.count', 1)).toBe('1 arbeidsgiver')
  expect(count('nb', 'employers.count', 12)).toBe('12 arbeidsgivere')
  expect(count('sv', 'search.resultCount', 1)).toBe('1 träff')
  expect(count('sv', 'search.resultCount', 2000)).toBe(`2${nbsp}000 träffar`)
  expect(count('en', 'employers.count', 1)).toBe('1 employer')
  expect(count('en', 'search.resultCount', 0)).toBe('0 results')
})
