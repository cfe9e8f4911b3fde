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

describe('the job list', () => {
  const withJobs = (count: number) => {
    const snapshot = snapshotFixture()
    const [job] = snapshot.jobs
    snapshot.jobs = Array.from({ length: count }, (_, i) => ({
      ...job!,
      id: `nav:${i}`,
      place: i % 2 ? 'Hamar' : 'Gjøvik',
    }))
    return buildPages(snapshot).filter((page) => page.kind === 'jobs')
  }

  test('exists in every language, whole and for each place, industry and employer with jobs', () => {
    const paths = withJobs(2)
      .filter((page) => page.locale === 'nb')
      .map((page) => page.path)
    expect(paths).toEqual([
      '/nb/stillinger/',
      '/nb/stillinger/sted/gjovik/',
      '/nb/stillinger/sted/hamar/',
      '/nb/stillinger/bransje/energi/',
      '/nb/stillinger/arbeidsgiver/mjosa-kraft/',
    ])
    const hamar = withJobs(2).find((page) => page.path === '/sv/jobb/ort/hamar/')
    expect(hamar?.alternates).toEqual({
      nb: '/nb/stillinger/sted/hamar/',
      sv: '/sv/jobb/ort/hamar/',
      en: '/en/jobs/place/hamar/',
    })
  })

  test('is split into pages of 30, each facet on its own', () => {
    const pages = withJobs(62).filter((page) => page.locale === 'en')
    expect(pages.filter((page) => !page.facet).map((page) => [page.path, page.pagination])).toEqual(
      [
        ['/en/jobs/', { page: 1, pages: 3 }],
        ['/en/jobs/page/2/', { page: 2, pages: 3 }],
        ['/en/jobs/page/3/', { page: 3, pages: 3 }],
      ],
    )
    expect(pages.find((page) => page.path === '/en/jobs/place/hamar/page/2/')?.pagination).toEqual({
      page: 2,
      pages: 2,
    })
  })

  test('is there, empty, when no employer has jobs', () => {
    expect(withJobs(0).map((page) => page.path)).toEqual([
      '/nb/stillinger/',
      '/sv/jobb/',
      '/en/jobs/',
    ])
  })
})
