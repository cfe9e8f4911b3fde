import { describe, expect, test } from 'vitest'

import {
  buildPages,
  defaultAlternate,
  employerPath,
  eventCalendarPath,
  sectionPath,
  storyPath,
  switchTarget,
} from '../../site/src/lib/routes'

import { snapshotFixture } from '../fixtures/snapshot'

describe('paths in every language', () => {
  test.each([
    ['nb', '/nb/historier/a/', '/nb/arbeidsgivere/b/', '/nb/sok/', '/nb/arrangementer/c.ics'],
    ['sv', '/sv/berattelser/a/', '/sv/arbetsgivare/b/', '/sv/sok/', '/sv/evenemang/c.ics'],
    ['en', '/en/stories/a/', '/en/employers/b/', '/en/search/', '/en/events/c.ics'],
  ] as const)('%s', (locale, story, employer, search, calendar) => {
    expect([
      storyPath(locale, 'a'),
      employerPath(locale, 'b'),
      sectionPath(locale, 'search'),
      eventCalendarPath(locale, 'c'),
    ]).toEqual([story, employer, search, calendar])
  })
})

describe('the page list', () => {
  const pages = buildPages(snapshotFixture())
  const find = (path: string) => pages.find((page) => page.path === path)

  test('a translated story has a page in each of its languages, each pointing at the others', () => {
    expect(find('/sv/berattelser/livet-vid-mjosa/')?.alternates).toEqual({
      nb: '/nb/historier/livet-ved-mjosa/',
      sv: '/sv/berattelser/livet-vid-mjosa/',
      en: '/en/stories/life-by-lake-mjosa/',
    })
  })

  test('a story not written in English has no English page', () => {
    const story = pages.filter((page) => page.docId === 's2')
    expect(story.map((page) => page.path)).toEqual([
      '/nb/historier/bare-pa-norsk/',
      '/sv/berattelser/bara-pa-svenska/',
    ])
  })

  test('the language switch goes to the same story, or to the list when there is no translation', () => {
    const page = find('/nb/historier/bare-pa-norsk/')!
    expect([switchTarget(page, 'sv'), switchTarget(page, 'en')]).toEqual([
      { path: '/sv/berattelser/bara-pa-svenska/', samePage: true },
      { path: '/en/stories/', samePage: false },
    ])
  })

  test('x-default is the Norwegian page, or the first language the page exists in', () => {
    expect(defaultAlternate({ sv: '/sv/x/', en: '/en/x/' })).toBe('/sv/x/')
    expect(defaultAlternate({ nb: '/nb/x/', en: '/en/x/' })).toBe('/nb/x/')
  })

  test('every path is unique', () => {
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length)
  })
})

describe('the story list is paginated', () => {
  const many = snapshotFixture()
  const template = many.stories[0]!
  many.stories = Array.from({ length: 30 }, (_, i) => ({
    ...template,
    id: `s${i}`,
    translations: {
      nb: { ...template.translations.nb!, slug: `nb-${i}` },
      ...(i < 20 ? { en: { ...template.translations.en!, slug: `en-${i}` } } : {}),
    },
  }))
  const lists = buildPages(many).filter((page) => page.kind === 'stories')

  test('24 stories a page, with a translated page segment', () => {
    expect(lists.map((page) => page.path)).toEqual([
      '/nb/historier/',
      '/sv/berattelser/',
      '/en/stories/',
      '/nb/historier/side/2/',
    ])
    expect(lists.map((page) => page.pagination)).toEqual([
      { page: 1, pages: 2 },
      { page: 1, pages: 1 },
      { page: 1, pages: 1 },
      { page: 2, pages: 2 },
    ])
  })
})
