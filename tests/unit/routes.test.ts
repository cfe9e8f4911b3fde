import { describe, expect, test } from 'vitest'

import {
  buildPages,
  defaultAlternate,
  employerPath,
  eventCalendarPath,
  sectionPath,
  storyListPath,
  storyPath,
  switchTarget,
} from '../../site/src/lib/routes'
import { Content } from '../../site/src/lib/content'

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

/** The fixture with 30 copies of its first story: all in Norwegian, the first 20 in English. */
function thirtyStories() {
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
  return many
}

describe('the story list is paginated', () => {
  const many = thirtyStories()
  const lists = buildPages(many).filter((page) => page.kind === 'stories' && !page.storyFacet)

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

  test('exists in every language, whole, for each place, industry and employer with jobs, and for English-speaking employers', () => {
    const paths = withJobs(2)
      .filter((page) => page.locale === 'nb')
      .map((page) => page.path)
    expect(paths).toEqual([
      '/nb/stillinger/',
      '/nb/stillinger/sted/gjovik/',
      '/nb/stillinger/sted/hamar/',
      '/nb/stillinger/bransje/energi/',
      '/nb/stillinger/arbeidsgiver/mjosa-kraft/',
      '/nb/stillinger/engelsk/',
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
    expect(pages.find((page) => page.path === '/en/jobs/english/page/3/')?.pagination).toEqual({
      page: 3,
      pages: 3,
    })
  })

  test('narrowed to employers where English is spoken, has a translated address in every language', () => {
    const english = withJobs(2).find((page) => page.path === '/sv/jobb/engelska/')
    expect([english?.facet, english?.alternates]).toEqual([
      { facet: 'english' },
      { nb: '/nb/stillinger/engelsk/', sv: '/sv/jobb/engelska/', en: '/en/jobs/english/' },
    ])
  })

  test('is there, empty, when no employer has jobs, whole and for English-speaking employers', () => {
    expect(withJobs(0).map((page) => page.path)).toEqual([
      '/nb/stillinger/',
      '/sv/jobb/',
      '/en/jobs/',
      '/nb/stillinger/engelsk/',
      '/sv/jobb/engelska/',
      '/en/jobs/english/',
    ])
  })

  test('for English-speaking employers holds their jobs, not the others', () => {
    const snapshot = snapshotFixture()
    const [employer] = snapshot.employers
    const [job] = snapshot.jobs
    snapshot.employers.push({ ...employer!, id: 'e2', slug: 'other', englishAtWork: false })
    snapshot.jobs.push({ ...job!, id: 'nav:other', employer: 'e2' })
    const english = new Content(snapshot).jobsFor({ facet: 'english' })
    expect(english.map((item) => item.id)).toEqual([job!.id])
  })
})

describe('the story list narrowed by place, topic and industry', () => {
  const narrowed = (snapshot = snapshotFixture()) =>
    buildPages(snapshot).filter((page) => page.kind === 'stories' && page.storyFacet)

  test('has a page for each municipality, topic and employer industry its stories name', () => {
    expect(narrowed().map((page) => [page.path, page.storyFacet])).toEqual([
      ['/nb/historier/sted/hamar/', { facet: 'place', value: 'hamar' }],
      ['/sv/berattelser/ort/hamar/', { facet: 'place', value: 'hamar' }],
      ['/en/stories/place/hamar/', { facet: 'place', value: 'hamar' }],
      ['/nb/historier/tema/flytte-hit/', { facet: 'topic', value: 'moving' }],
      ['/sv/berattelser/tema/flytta-hit/', { facet: 'topic', value: 'moving' }],
      ['/en/stories/topic/moving-here/', { facet: 'topic', value: 'moving' }],
      ['/nb/historier/bransje/energi/', { facet: 'industry', value: 'energy' }],
      ['/sv/berattelser/bransch/energi/', { facet: 'industry', value: 'energy' }],
      ['/en/stories/industry/energy/', { facet: 'industry', value: 'energy' }],
    ])
    expect(narrowed()[1]?.alternates).toEqual({
      nb: '/nb/historier/sted/hamar/',
      sv: '/sv/berattelser/ort/hamar/',
      en: '/en/stories/place/hamar/',
    })
  })

  test('exists only in the languages that have stories for that value', () => {
    const snapshot = snapshotFixture()
    snapshot.stories[1]!.topics = ['family']
    const family = narrowed(snapshot).filter((page) => page.storyFacet?.value === 'family')
    expect(switchTarget(family[0]!, 'en')).toEqual({ path: '/en/stories/', samePage: false })
    expect(family.map((page) => [page.path, page.alternates])).toEqual([
      [
        '/nb/historier/tema/familie/',
        { nb: '/nb/historier/tema/familie/', sv: '/sv/berattelser/tema/familj/' },
      ],
      [
        '/sv/berattelser/tema/familj/',
        { nb: '/nb/historier/tema/familie/', sv: '/sv/berattelser/tema/familj/' },
      ],
    ])
  })

  test('is split into pages of 24 in each language on its own', () => {
    const many = thirtyStories()
    const hamar = narrowed(many).filter((page) => page.storyFacet?.facet === 'place')
    expect(hamar.map((page) => [page.path, page.pagination])).toEqual([
      ['/nb/historier/sted/hamar/', { page: 1, pages: 2 }],
      ['/en/stories/place/hamar/', { page: 1, pages: 1 }],
      ['/nb/historier/sted/hamar/side/2/', { page: 2, pages: 2 }],
    ])
    expect(storyListPath('sv', 3, { facet: 'topic', value: 'family' })).toBe(
      '/sv/berattelser/tema/familj/sida/3/',
    )
  })

  test('holds the stories of that value in that language, newest first', () => {
    const snapshot = snapshotFixture()
    const [first] = snapshot.stories
    snapshot.stories.push(
      { ...first!, id: 's3', publishedAt: '2026-12-01T10:00:00.000Z', relatedEmployers: [] },
      { ...first!, id: 's4', municipality: null, topics: [] },
    )
    const content = new Content(snapshot)
    const ids = (filter: Parameters<Content['storiesFor']>[1]) =>
      content.storiesFor('en', filter).map((story) => story.id)
    expect([
      ids({ facet: 'place', value: 'hamar' }),
      ids({ facet: 'topic', value: 'moving' }),
      ids({ facet: 'industry', value: 'energy' }),
    ]).toEqual([
      ['s3', 's1'],
      ['s3', 's1'],
      ['s1', 's4'],
    ])
  })
})
