import { expect, test } from 'vitest'

import { sitemapAlternates, sitemapOptions } from '../../site/src/integrations/sitemap'
import { buildPages } from '../../site/src/lib/routes'

import { snapshotFixture } from '../fixtures/snapshot'

const site = 'https://talent.example'
const pages = buildPages(snapshotFixture())

test('translated stories carry their translated alternates and x-default (pinned)', () => {
  const alternates = sitemapAlternates(pages, site)
  expect(alternates.get('https://talent.example/en/stories/life-by-lake-mjosa/')).toEqual([
    { url: 'https://talent.example/nb/historier/livet-ved-mjosa/', lang: 'nb' },
    { url: 'https://talent.example/sv/berattelser/livet-vid-mjosa/', lang: 'sv' },
    { url: 'https://talent.example/en/stories/life-by-lake-mjosa/', lang: 'en' },
    { url: 'https://talent.example/nb/historier/livet-ved-mjosa/', lang: 'x-default' },
  ])
  expect(alternates.get('https://talent.example/sv/evenemang/')).toEqual([
    { url: 'https://talent.example/nb/arrangementer/', lang: 'nb' },
    { url: 'https://talent.example/sv/evenemang/', lang: 'sv' },
    { url: 'https://talent.example/en/events/', lang: 'en' },
    { url: 'https://talent.example/nb/arrangementer/', lang: 'x-default' },
  ])
})

test('the sitemap lists every page except search, 404, the language chooser, job and story facets (pinned)', () => {
  expect([...sitemapAlternates(pages, site).keys()].sort()).toEqual([
    'https://talent.example/en/',
    'https://talent.example/en/accessibility/',
    'https://talent.example/en/employers/',
    'https://talent.example/en/employers/mjosa-kraft/',
    'https://talent.example/en/events/',
    'https://talent.example/en/events/job-fair/',
    'https://talent.example/en/jobs/',
    'https://talent.example/en/privacy/',
    'https://talent.example/en/stories/',
    'https://talent.example/en/stories/life-by-lake-mjosa/',
    'https://talent.example/en/toolkits/',
    'https://talent.example/en/toolkits/campaign-profile/',
    'https://talent.example/nb/',
    'https://talent.example/nb/arbeidsgivere/',
    'https://talent.example/nb/arbeidsgivere/mjosa-kraft/',
    'https://talent.example/nb/arrangementer/',
    'https://talent.example/nb/arrangementer/jobbmesse/',
    'https://talent.example/nb/historier/',
    'https://talent.example/nb/historier/bare-pa-norsk/',
    'https://talent.example/nb/historier/livet-ved-mjosa/',
    'https://talent.example/nb/kampanjer/flytt-til-innlandet/',
    'https://talent.example/nb/personvern/',
    'https://talent.example/nb/stillinger/',
    'https://talent.example/nb/tilgjengelighet/',
    'https://talent.example/nb/verktoykasser/',
    'https://talent.example/nb/verktoykasser/kampanjeprofil/',
    'https://talent.example/sv/',
    'https://talent.example/sv/arbetsgivare/',
    'https://talent.example/sv/arbetsgivare/mjosa-kraft/',
    'https://talent.example/sv/berattelser/',
    'https://talent.example/sv/berattelser/bara-pa-svenska/',
    'https://talent.example/sv/berattelser/livet-vid-mjosa/',
    'https://talent.example/sv/evenemang/',
    'https://talent.example/sv/integritet/',
    'https://talent.example/sv/jobb/',
    'https://talent.example/sv/kampanjer/flytta-till-innlandet/',
    'https://talent.example/sv/tillganglighet/',
  ])
})

test('the job list of employers where English is spoken is a page in every language, not in the sitemap', () => {
  const english = pages.filter((page) => page.facet?.facet === 'english').map((page) => page.path)
  expect(english).toEqual(['/nb/stillinger/engelsk/', '/sv/jobb/engelska/', '/en/jobs/english/'])
  const listed = sitemapAlternates(pages, site)
  expect(english.filter((path) => listed.has(`${site}${path}`))).toEqual([])
})

test('the story list narrowed by place, topic or industry is a page per language, not in the sitemap', () => {
  const narrowed = pages.filter((page) => page.storyFacet).map((page) => page.path)
  expect(narrowed).toContain('/nb/historier/sted/hamar/')
  expect(narrowed).toContain('/sv/berattelser/tema/flytta-hit/')
  expect(narrowed).toContain('/en/stories/industry/energy/')
  const listed = sitemapAlternates(pages, site)
  expect(narrowed.filter((path) => listed.has(`${site}${path}`))).toEqual([])
  const options = sitemapOptions(() => pages, site)
  expect(options.filter!(`${site}/nb/historier/sted/hamar/`)).toBe(false)
})

test('the serializer adds links to an item and filters out what is not ours', () => {
  const options = sitemapOptions(() => pages, site)
  const item = options.serialize!({ url: 'https://talent.example/sv/berattelser/bara-pa-svenska/' })
  expect(item).toEqual({
    url: 'https://talent.example/sv/berattelser/bara-pa-svenska/',
    links: [
      { url: 'https://talent.example/nb/historier/bare-pa-norsk/', lang: 'nb' },
      { url: 'https://talent.example/sv/berattelser/bara-pa-svenska/', lang: 'sv' },
      { url: 'https://talent.example/nb/historier/bare-pa-norsk/', lang: 'x-default' },
    ],
  })
  expect([
    options.filter!('https://talent.example/'),
    options.filter!('https://talent.example/nb/sok/'),
  ]).toEqual([false, false])
})
