import { jobStreamFeed } from '@talentregion/cms/jobFeeds/jobStreamFeed'
import { navFeed } from '@talentregion/cms/jobFeeds/navFeed'
import { syncFeed } from '@talentregion/cms/jobFeeds/syncFeed'

import {
  fixtureUuid,
  jobStreamAd,
  navEntry,
  navInactiveEntry,
  navItem,
  type FixtureAd,
} from '../../jobFeeds/fixtureAds'
import { emptyFixtureFeeds, startFixtureFeeds } from '../../jobFeeds/fixtureFeedServer'
import { demoAds, type DemoAd } from '../content/jobAds'
import type { SeedRun } from '../seedRun'

const dayMs = 24 * 60 * 60 * 1000

function fixtureAd(ad: DemoAd, today: Date): FixtureAd {
  const day = (offset: number) => new Date(+today + offset * dayMs).toISOString().slice(0, 10)
  return {
    name: `demo-${ad.name}`,
    title: ad.title,
    employerName: ad.employerName,
    orgNumber: ad.orgNumber,
    paragraphs: ad.paragraphs,
    place: ad.place,
    county: ad.county,
    municipalityCode: ad.municipalityCode,
    published: day(-ad.publishedDaysAgo),
    deadline: typeof ad.deadline === 'number' ? day(ad.deadline) : ad.deadline,
    applyUrl: `https://jobs.${ad.employerName.toLowerCase().replace(/[^a-z]+/g, '-')}.example/apply/${ad.name}`,
    extent: ad.extent,
  }
}

/** The demo's feeds: every demo ad in its feed's format, plus a closed ad and a broken item. */
function demoFeeds(today: Date) {
  const feeds = emptyFixtureFeeds()
  feeds.nav.pageSize = 5
  const changed = (minutes: number) =>
    new Date(+today - 60 * 60_000 + minutes * 60_000).toISOString()
  demoAds.forEach((demo, index) => {
    const ad = fixtureAd(demo, today)
    if (demo.feed === 'jobstream') {
      if (!demo.closed) feeds.jobstream.snapshot.push(jobStreamAd(ad, today))
      return
    }
    feeds.nav.items.push(navItem(ad, 'ACTIVE', changed(index)))
    feeds.nav.entries.set(fixtureUuid(ad.name), navEntry(ad, changed(index)))
    if (demo.closed) {
      feeds.nav.items.push(navItem(ad, 'INACTIVE', changed(30 + index)))
      feeds.nav.entries.set(fixtureUuid(ad.name), navInactiveEntry(ad, changed(30 + index)))
    }
  })
  feeds.nav.items.push({ id: fixtureUuid('demo-broken-item'), date_modified: changed(59) })
  return feeds
}

/**
 * Open positions for the demo employers, read from fixture feeds in NAV's and JobStream's own
 * formats by the same sync a configured feed uses, on a loopback port that lives for the seed.
 */
export async function seedJobs({ payload, log }: SeedRun): Promise<void> {
  const server = await startFixtureFeeds(demoFeeds(new Date()))
  try {
    const readers = [
      navFeed({ url: server.navUrl, timeoutMs: 10_000 }),
      jobStreamFeed({ url: server.jobStreamUrl, locationConceptIds: [], timeoutMs: 10_000 }),
    ]
    for (const reader of readers) {
      const run = await syncFeed(payload, reader)
      log(`jobs from the ${reader.source} fixtures: ${run.matched} matched, ${run.skipped} skipped`)
    }
  } finally {
    await server.close()
  }
}
