import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { jobStreamFeed } from '@talentregion/cms/jobFeeds/jobStreamFeed'
import { navFeed } from '@talentregion/cms/jobFeeds/navFeed'
import { syncFeed } from '@talentregion/cms/jobFeeds/syncFeed'

import {
  fixtureNumber,
  fixtureUuid,
  jobStreamAd,
  jobStreamRemoval,
  navEntry,
  navInactiveEntry,
  navItem,
  type FixtureAd,
} from '../../scripts/jobFeeds/fixtureAds'
import {
  emptyFixtureFeeds,
  startFixtureFeeds,
  type FixtureFeeds,
} from '../../scripts/jobFeeds/fixtureFeedServer'
import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload
let server: Awaited<ReturnType<typeof startFixtureFeeds>>
const employers: Record<string, number | string> = {}

const ad = (
  name: string,
  orgNumber: string | null,
  overrides: Partial<FixtureAd> = {},
): FixtureAd => ({
  name,
  title: `Stilling ${name}`,
  employerName: `Arbeidsgiver ${name}`,
  orgNumber,
  paragraphs: [`Om stillingen ${name}.`],
  place: 'Gjøvik',
  county: 'Innlandet',
  published: '2026-11-20',
  deadline: '2027-01-15',
  applyUrl: `https://apply.example/${name}`,
  extent: 'Heltid',
  ...overrides,
})

const changed = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00+01:00`

/** Adds ads to a NAV fixture feed, as the newest items. */
function publishOnNavOf(feeds: FixtureFeeds, ...ads: FixtureAd[]) {
  for (const item of ads) {
    const at = changed(feeds.nav.items.length % 60)
    feeds.nav.items.push(navItem(item, 'ACTIVE', at))
    feeds.nav.entries.set(fixtureUuid(item.name), navEntry(item, at))
  }
}

const publishOnNav = (...ads: FixtureAd[]) => publishOnNavOf(server.feeds, ...ads)

const nav = (timeoutMs = 2_000) => navFeed({ url: server.navUrl, timeoutMs })

const storedJobs = async (source: 'nav' | 'jobstream') =>
  (
    await payload.find({
      collection: 'jobs',
      where: { source: { equals: source } },
      depth: 0,
      pagination: false,
      sort: 'title',
    })
  ).docs

beforeAll(async () => {
  payload = await startPayload()
  const employer = async (
    name: string,
    country: 'NO' | 'SE',
    orgNumber: string,
    other: string[] = [],
  ) => {
    const created = await payload.create({
      collection: 'employers',
      data: {
        _status: 'published',
        name,
        industry: 'manufacturing',
        country,
        orgNumber,
        otherOrgNumbers: other.map((number) => ({ orgNumber: number })),
      },
      context: { skipSiteBuild: true },
    })
    employers[name] = created.id
  }
  await employer('Raufoss Presisjon', 'NO', '994580736', ['981930363'])
  await employer('Mjøsa Matverk', 'NO', '902157360')
  await employer('Ludvika Kraftteknik', 'SE', '552951-4548', ['556056-0863'])
})

afterAll(async () => {
  await server?.close()
  await stopPayload(payload)
})

describe('NAV: pam-stilling-feed', () => {
  beforeAll(async () => {
    server = await startFixtureFeeds({ ...emptyFixtureFeeds() })
    server.feeds.nav.pageSize = 3
    publishOnNav(
      ad('raufoss-1', '994580736'),
      ad('raufoss-sub', '981930363', { title: 'Operatør, underenhet' }),
      ad('unknown', '932245388'),
      ad('no-orgnr', null),
      ad('mjosa-1', '902157360', { place: 'Hamar' }),
    )
  })

  beforeEach(() => {
    server.feeds.requests.length = 0
  })

  test('the first run reads every page and stores the ads of our employers only', async () => {
    const run = await syncFeed(payload, nav())
    expect(run).toMatchObject({ outcome: 'ok', matched: 3, skipped: 0, error: null })
    const jobs = await storedJobs('nav')
    expect(jobs.map((job) => [job.title, job.employer, job.language])).toEqual([
      ['Operatør, underenhet', employers['Raufoss Presisjon'], 'nb'],
      ['Stilling mjosa-1', employers['Mjøsa Matverk'], 'nb'],
      ['Stilling raufoss-1', employers['Raufoss Presisjon'], 'nb'],
    ])
    const mjosa = jobs.find((job) => job.sourceId === fixtureUuid('mjosa-1'))!
    expect(mjosa).toMatchObject({
      place: 'Hamar',
      region: 'Innlandet',
      deadline: '2027-01-15T00:00:00.000Z',
      applyUrl: 'https://apply.example/mjosa-1',
      adUrl: `https://arbeidsplassen.example/stillinger/stilling/${fixtureUuid('mjosa-1')}`,
    })
    // Two pages of three items that share one, each read once.
    expect(server.feeds.requests.filter((path) => /\/api\/v1\/feed(\/|$)/.test(path))).toHaveLength(
      2,
    )
  })

  test('a run with nothing new asks with the ETag, gets 304 and reads no ad', async () => {
    const run = await syncFeed(payload, nav())
    expect(run).toMatchObject({ outcome: 'unchanged', read: 0 })
    expect(server.feeds.requests.filter((path) => !path.includes('publicToken'))).toHaveLength(1)
  })

  test('a rotated public token is fetched again after a 401, and the run goes on', async () => {
    // One reader across both runs, as a long-running CMS keeps it: the token it holds goes stale.
    const reader = nav()
    await syncFeed(payload, reader)
    server.feeds.nav.token = 'header.public-token-2.signature'
    publishOnNav(ad('raufoss-2', '994580736', { deadline: 'Snarest' }))
    const run = await syncFeed(payload, reader)
    expect(run).toMatchObject({ outcome: 'ok', matched: 1 })
    expect(server.feeds.requests.filter((path) => path.includes('publicToken'))).toHaveLength(2)
    const [job] = (await storedJobs('nav')).filter(
      (stored) => stored.sourceId === fixtureUuid('raufoss-2'),
    )
    expect([job?.deadline ?? null, job?.deadlineText]).toEqual([null, 'Snarest'])
  })

  test('an ad marked inactive is deleted; a malformed item is skipped with its id and reason', async () => {
    const closed = ad('raufoss-1', '994580736')
    server.feeds.nav.items.push(navItem(closed, 'INACTIVE', changed(40)))
    server.feeds.nav.entries.set(fixtureUuid('raufoss-1'), navInactiveEntry(closed, changed(40)))
    server.feeds.nav.items.push({ id: 'broken-item', date_modified: changed(41) })
    publishOnNav(ad('mjosa-2', '902157360'))
    const run = await syncFeed(payload, nav())
    expect(run).toMatchObject({ outcome: 'ok', removed: 1, matched: 1, skipped: 1 })
    expect(run.skippedItems.map((skip) => skip.itemId)).toEqual(['broken-item'])
    expect(run.skippedItems[0]?.reason).toContain('_feed_entry')
    const titles = (await storedJobs('nav')).map((job) => job.sourceId)
    expect(titles).not.toContain(fixtureUuid('raufoss-1'))
    expect(titles).toContain(fixtureUuid('mjosa-2'))
    const [state] = (
      await payload.find({ collection: 'job-feeds', where: { source: { equals: 'nav' } } })
    ).docs
    expect([state?.outcome, state?.skipped]).toEqual(['ok', 1])
    expect(state?.skippedItems?.map((skip) => skip.itemId)).toEqual(['broken-item'])
  })

  test('a 500 stops the run where it was; the next run resumes there and loses nothing', async () => {
    publishOnNav(ad('mjosa-3', '902157360'), ad('mjosa-4', '902157360'), ad('mjosa-5', '902157360'))
    server.feeds.faults.push({ path: new RegExp(fixtureUuid('mjosa-4')), kind: 500, times: 1 })
    const failed = await syncFeed(payload, nav())
    expect(failed.outcome).toBe('failed')
    expect(failed.error).toMatch(/HTTP 500/)
    const state = (
      await payload.find({ collection: 'job-feeds', where: { source: { equals: 'nav' } } })
    ).docs[0]
    expect([state?.outcome, state?.error]).toEqual(['failed', failed.error])

    const resumed = await syncFeed(payload, nav())
    expect(resumed.outcome).toBe('ok')
    const ids = (await storedJobs('nav')).map((job) => job.sourceId)
    expect(ids).toEqual(expect.arrayContaining(['mjosa-3', 'mjosa-4', 'mjosa-5'].map(fixtureUuid)))
  })

  test('a feed that does not answer ends the run after the time limit; the next run resumes', async () => {
    publishOnNav(ad('mjosa-6', '902157360'))
    server.feeds.faults.push({ path: /\/api\/v1\/feed/, kind: 'hang', times: 1 })
    const failed = await syncFeed(payload, nav(300))
    expect(failed.outcome).toBe('failed')
    expect(failed.error).toMatch(/no answer in 300 ms/)
    const resumed = await syncFeed(payload, nav())
    expect(resumed.outcome).toBe('ok')
    expect((await storedJobs('nav')).map((job) => job.sourceId)).toContain(fixtureUuid('mjosa-6'))
  })
  test('a page NAV no longer has sends the next run back to its starting point, not into errors', async () => {
    const [state] = (
      await payload.find({ collection: 'job-feeds', where: { source: { equals: 'nav' } } })
    ).docs
    await payload.update({
      collection: 'job-feeds',
      id: state!.id,
      data: { cursor: { address: server.navUrl, position: { pageId: 'gone-page' } } },
    })
    publishOnNav(ad('mjosa-after-gone', '902157360'))
    const run = await syncFeed(payload, nav())
    expect(run.outcome).toBe('ok')
    expect((await storedJobs('nav')).map((job) => job.sourceId)).toContain(
      fixtureUuid('mjosa-after-gone'),
    )
  })

  test('a feed moved to another address starts afresh, and the jobs read from the old one go', async () => {
    const moved = await startFixtureFeeds()
    try {
      publishOnNavOf(moved.feeds, ad('mjosa-moved', '902157360'))
      const run = await syncFeed(payload, navFeed({ url: moved.navUrl, timeoutMs: 2_000 }))
      expect(run.outcome).toBe('ok')
      expect((await storedJobs('nav')).map((job) => job.sourceId)).toEqual([
        fixtureUuid('mjosa-moved'),
      ])
    } finally {
      await moved.close()
    }
  })
})

describe('Arbetsförmedlingen: JobStream', () => {
  let clock = new Date('2026-12-01T09:00:00Z')
  const stream = () =>
    jobStreamFeed({
      url: server.jobStreamUrl,
      apiKey: 'key-1',
      locationConceptIds: [],
      timeoutMs: 2_000,
      now: () => clock,
    })
  const swedish = (name: string, orgNumber: string) =>
    ad(name, orgNumber, {
      title: `Tjänst ${name}`,
      place: 'Ludvika',
      county: 'Dalarnas län',
      municipalityCode: '2084',
    })

  beforeAll(() => {
    server.feeds.jobstream.apiKey = 'key-1'
    server.feeds.jobstream.snapshot = [
      jobStreamAd(swedish('ludvika-1', '5529514548'), clock),
      jobStreamAd(swedish('ludvika-entity', '556056-0863'), clock),
      jobStreamAd(swedish('other', '5560360793'), clock),
    ]
  })

  test('the first run reads the snapshot; several numbers of one employer all match', async () => {
    const run = await syncFeed(payload, stream())
    expect(run).toMatchObject({ outcome: 'ok', read: 3, matched: 2 })
    const jobs = await storedJobs('jobstream')
    expect(
      jobs.map((job) => [job.title, job.employer, job.language, job.municipalityCode]),
    ).toEqual([
      ['Tjänst ludvika-1', employers['Ludvika Kraftteknik'], 'sv', '2084'],
      ['Tjänst ludvika-entity', employers['Ludvika Kraftteknik'], 'sv', '2084'],
    ])
    expect(server.feeds.requests.at(-1)).toBe('/jobstream/v2/snapshot')
  })

  test('later runs read the stream since the last one: a removal deletes, a change updates', async () => {
    const later = new Date('2026-12-01T09:30:00Z')
    server.feeds.jobstream.changes.push(
      { at: later, ad: jobStreamRemoval(swedish('ludvika-1', '5529514548'), later) },
      {
        at: later,
        ad: jobStreamAd(
          { ...swedish('ludvika-entity', '5560560863'), title: 'Tjänst, ny titel' },
          later,
        ),
      },
      { at: later, ad: { id: 'x1', headline: '' } },
    )
    clock = new Date('2026-12-01T10:00:00Z')
    const run = await syncFeed(payload, stream())
    expect(run).toMatchObject({ outcome: 'ok', removed: 1, matched: 1, skipped: 1 })
    expect(server.feeds.requests.at(-1)).toMatch(
      /^\/jobstream\/v2\/stream\?updated-after=2026-12-01T09%3A59%3A00$/,
    )
    expect((await storedJobs('jobstream')).map((job) => [job.sourceId, job.title])).toEqual([
      [fixtureNumber('ludvika-entity'), 'Tjänst, ny titel'],
    ])
  })

  test('a refused API key fails the run with the reason and keeps the position', async () => {
    server.feeds.jobstream.apiKey = 'key-2'
    const run = await syncFeed(payload, stream())
    expect(run.outcome).toBe('failed')
    expect(run.error).toMatch(/API key was refused/)
    const [state] = (
      await payload.find({ collection: 'job-feeds', where: { source: { equals: 'jobstream' } } })
    ).docs
    expect(state?.cursor).toEqual({
      address: server.jobStreamUrl,
      position: { updatedAfter: '2026-12-01T10:59:00' },
    })
  })
})

describe('jobs on the site', () => {
  test('a sync that changes what the site shows queues one build, saying which feeds', async () => {
    const { syncJobFeeds } = await import('@talentregion/cms/jobFeeds/syncJobFeeds')
    const { createLocalReq } = await import('payload')
    // Back on the first fixture feed (the test before moved it), then two new ads.
    await syncFeed(payload, nav())
    publishOnNav(ad('mjosa-build-1', '902157360'), ad('mjosa-build-2', '902157360'))
    const before = await payload.count({ collection: 'site-builds' })
    const runs = await syncJobFeeds(await createLocalReq({}, payload), [nav()])
    expect(runs.nav?.changed).toBe(2)
    const builds = await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1 })
    expect((await payload.count({ collection: 'site-builds' })).totalDocs).toBe(
      before.totalDocs + 1,
    )
    expect([builds.docs[0]?.cause, builds.docs[0]?.change]).toEqual([
      'jobs',
      { person: '', title: 'NAV' },
    ])
  })

  test('a job an editor hides is not read by visitors, nor by the export', async () => {
    const [job] = await storedJobs('nav')
    await payload.update({
      collection: 'jobs',
      id: job!.id,
      data: { hidden: true },
      context: { skipSiteBuild: true },
    })
    const visible = await payload.find({
      collection: 'jobs',
      overrideAccess: false,
      pagination: false,
    })
    expect(visible.docs.map((doc) => doc.id)).not.toContain(job!.id)
    expect(visible.docs.length).toBeGreaterThan(0)
  })
})
