import { describe, expect, test } from 'vitest'

import { slugify, slugPattern } from '@talentregion/shared/slugify'

describe('slugify', () => {
  test.each([
    ['Æ', 'ae'],
    ['æ', 'ae'],
    ['Ø', 'o'],
    ['ø', 'o'],
    ['Å', 'a'],
    ['å', 'a'],
    ['Ä', 'a'],
    ['ä', 'a'],
    ['Ö', 'o'],
    ['ö', 'o'],
    ['Ü', 'u'],
    ['é', 'e'],
    ['ß', 'ss'],
  ])('%s becomes %s', (letter, expected) => {
    expect(slugify(letter)).toBe(expected)
  })

  test.each([
    ['Livet på Østlandet', 'livet-pa-ostlandet'],
    ['Flytta till Dalarna – nu!', 'flytta-till-dalarna-nu'],
    ['  10 000 talenter  ', '10-000-talenter'],
    ['Blåbærsyltetøy & Smørbrød', 'blabaersyltetoy-smorbrod'],
    ['Ångermanälven, Örebro och Malmö', 'angermanalven-orebro-och-malmo'],
  ])('"%s" → "%s"', (title, expected) => {
    expect(slugify(title)).toBe(expected)
  })

  test('long titles are cut at a word boundary within 80 characters', () => {
    const slug = slugify('Ein veldig lang tittel '.repeat(10))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(slugPattern)
  })

  test('a title with nothing sluggable gives an empty slug', () => {
    expect(slugify('!!! ???')).toBe('')
  })
})
