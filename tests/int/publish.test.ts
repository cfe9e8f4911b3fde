import fs from 'node:fs'
import path from 'node:path'

import { navFeed } from '@talentregion/cms/jobFeeds/navFeed'
import { syncFeed } from '@talentregion/cms/jobFeeds/syncFeed'

import {
  fixtureUuid,
  navEntry,
  navInactiveEntry,
  navItem,
  type FixtureAd,
} from '../../scripts/jobFeeds/fixtureAds'
import { startFixtureFeeds } from '../../scripts/jobFeeds/fixtureFeedServer'
import { BuildFailure, runBuild } from '../../scripts/publish/runBuild'
import { localSource } from '../../scripts/export/localSource'
import { restSource } from '../../scripts/export/restSource'
import { Releases } from '@talentregion/shared/releases'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph, siteSettings } from './helpers/content'
import { searchIndexText } from './helpers/searchIndex'
import { startPayload, stopPayload } from './helpers/payload'
import { createUser, type TestUser } from './helpers/users'

let payload: Payload
let editor: TestUser
const root = () => path.join(process.env.DATA_DIR!, 'site')
const releases = () => new Releases(root())
const build = (options: { confirmPageLoss?: boolean } = {}) =>
  runBuild({ root: root(), source: () => Promise.resolve(localSource(payload)), ...options })

/** A published story in all three languages. */
async function story(title: string) {
  const created = await payload.create({
    collection: 'stories',
    locale: 'nb',
    data: {
      _status: 'published',
      title,
      excerpt: `${title} ingress`,
      body: paragraph(`${title} brødtekst`),
    },
    context: { skipSiteBuild: true },
  })
  for (const locale of ['sv', 'en'] as const) {
    await payload.update({
      collection: 'stories',
      id: created.id,
      locale,
      data: { _status: 'published', title: `${title} ${locale}` },
      context: { skipSiteBuild: true },
    })
  }
  return created
}

beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
  await siteSettings(payload)
  for (let i = 1; i <= 8; i++) await story(`Fast historie nummer ${i}`)
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('build → release → switch', () => {
  test('publishing a story puts it in a new live release, its sitemap and its search index', async () => {
    await story('Nyheten fra Hamar')
    const result = await build()
    const live = releases().liveDir()!
    expect(result.releaseId).toBe(releases().live())
    expect(fs.existsSync(path.join(live, 'nb/historier/nyheten-fra-hamar/index.html'))).toBe(true)
    expect(fs.readFileSync(path.join(live, 'sitemap-0.xml'), 'utf8')).toContain(
      '/nb/historier/nyheten-fra-hamar/',
    )
    expect(searchIndexText(live)).toContain('nyheten-fra-hamar')
  })

  test('unpublishing removes the page from the next release, the sitemap and the search index', async () => {
    const gone = await story('Snart borte')
    await build()
    await payload.update({
      collection: 'stories',
      id: gone.id,
      data: { _status: 'draft' },
      context: { skipSiteBuild: true },
    })
    await build()
    const live = releases().liveDir()!
    expect(fs.existsSync(path.join(live, 'nb/historier/snart-borte/index.html'))).toBe(false)
    expect(fs.readFileSync(path.join(live, 'sitemap-0.xml'), 'utf8')).not.toContain('snart-borte')
    expect(searchIndexText(live)).not.toContain('snart-borte')
  })

  test('a job that closes at its feed is gone from the next release: list, employer page, search', async () => {
    await payload.create({
      collection: 'employers',
      data: {
        _status: 'published',
        name: 'Hamar Maskin',
        industry: 'manufacturing',
        country: 'NO',
        orgNumber: '994580736',
      },
      context: { skipSiteBuild: true },
    })
    const ad: FixtureAd = {
      name: 'publish-test-ad',
      title: 'Sveiser til verkstedet',
      employerName: 'Hamar Maskin AS',
      orgNumber: '994580736',
      paragraphs: ['Vi søker en sveiser.'],
      place: 'Hamar',
      county: 'Innlandet',
      published: new Date().toISOString().slice(0, 10),
      deadline: 'Snarest',
      applyUrl: 'https://hamar-maskin.example/apply',
      extent: 'Heltid',
    }
    const feeds = await startFixtureFeeds()
    const uuid = fixtureUuid(ad.name)
    const reader = navFeed({ url: feeds.navUrl, timeoutMs: 5_000 })
    try {
      const opened = new Date(Date.now() - 60_000).toISOString()
      feeds.feeds.nav.items.push(navItem(ad, 'ACTIVE', opened))
      feeds.feeds.nav.entries.set(uuid, navEntry(ad, opened))
      await syncFeed(payload, reader)
      await build()
      const open = releases().liveDir()!
      const employerPage = path.join(open, 'nb/arbeidsgivere/hamar-maskin/index.html')
      expect(fs.readFileSync(employerPage, 'utf8')).toContain('Sveiser til verkstedet')
      expect(fs.readFileSync(path.join(open, 'sv/jobb/index.html'), 'utf8')).toContain(
        'Sveiser til verkstedet',
      )
      expect(searchIndexText(open)).toContain('sveiser')

      // The same ad again, a minute later: NAV's ETag (its id) is unchanged, its time is not.
      const closedAt = new Date().toISOString()
      feeds.feeds.nav.items.push(navItem(ad, 'INACTIVE', closedAt))
      feeds.feeds.nav.entries.set(uuid, navInactiveEntry(ad, closedAt))
      expect(await syncFeed(payload, reader)).toMatchObject({ removed: 1 })
      await build()
      const closed = releases().liveDir()!
      expect(
        fs.readFileSync(path.join(closed, 'nb/arbeidsgivere/hamar-maskin/index.html'), 'utf8'),
      ).not.toContain('Sveiser')
      expect(fs.readFileSync(path.join(closed, 'sv/jobb/index.html'), 'utf8')).not.toContain(
        'Sveiser',
      )
      expect(searchIndexText(closed)).not.toContain('sveiser')
    } finally {
      await feeds.close()
    }
  })

  test('a CMS that stops answering during the export changes nothing live, and says why', async () => {
    const before = releases().live()
    const attempt = runBuild({
      root: root(),
      source: () => restSource({ baseUrl: 'http://127.0.0.1:9' }),
    })
    await expect(attempt).rejects.toBeInstanceOf(BuildFailure)
    await expect(attempt).rejects.toThrow(/while exporting the content snapshot/)
    expect(releases().live()).toBe(before)
  })

  test('a release that would lose more than a quarter of its pages is refused unless confirmed', async () => {
    const before = releases().live()
    const stories = await payload.find({
      collection: 'stories',
      where: { title: { like: 'Fast historie' } },
      limit: 100,
    })
    for (const doc of stories.docs) {
      await payload.update({
        collection: 'stories',
        id: doc.id,
        data: { _status: 'draft' },
        context: { skipSiteBuild: true },
      })
    }
    const refused = build()
    await expect(refused).rejects.toThrow(/more than 25 % would disappear/)
    expect(releases().live()).toBe(before)
    const confirmed = await build({ confirmPageLoss: true })
    expect(releases().live()).toBe(confirmed.releaseId)
  })

  test('rolling back in the admin makes an earlier release live again', async () => {
    const kept = releases().list()
    expect(kept.length).toBeGreaterThanOrEqual(2)
    const older = kept[1]!
    const record = await payload.create({
      collection: 'site-builds',
      data: {
        action: 'build',
        status: 'succeeded',
        releaseId: older,
        cause: 'rebuild',
        change: { person: 'Test' },
      },
      context: { queuedBySystem: true },
    })
    await payload.create({
      collection: 'site-builds',
      data: { action: 'rollback', rollbackTo: record.id },
      user: editor.user,
      overrideAccess: false,
    })
    expect(releases().live()).toBe(older)
  })
})
