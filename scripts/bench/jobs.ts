import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { jobStreamFeed } from '@talentregion/cms/jobFeeds/jobStreamFeed'
import { navFeed } from '@talentregion/cms/jobFeeds/navFeed'
import { syncFeed } from '@talentregion/cms/jobFeeds/syncFeed'
import type { FeedReader } from '@talentregion/cms/jobFeeds/feedJob'
import { isValidNorwegianOrgNumber } from '@talentregion/shared/orgnr'
import { parseSnapshot } from '@talentregion/shared/schemas/parseSnapshot'

import { readJobs } from '../export/jobs'
import { scriptArgs } from '../lib/args'
import { openPayload } from '../lib/payload'
import { fixtureUuid, jobStreamAd, navEntry, navItem, type FixtureAd } from '../jobFeeds/fixtureAds'
import { emptyFixtureFeeds, startFixtureFeeds } from '../jobFeeds/fixtureFeedServer'
import { generateSnapshot } from './generateSnapshot'
import { watchPeakMemory } from './processMemory'
import { buildFigures, megabytes, timedBuild } from './timedBuild'

/**
 * `pnpm bench:jobs`: the job sync reading a 10,000-ad fixture feed in each format (NAV's pages and
 * ads, JobStream's snapshot) from a loopback server, a fifth of the ads from 60 employers we
 * profile; then the site's full build of a generated snapshot without jobs and with the 2,000
 * matched NAV jobs. Prints time, ads per second, peak memory and the build time the jobs add.
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    ads: { type: 'string', default: '10000' },
    stories: { type: 'string', default: '300' },
  },
})
const adCount = Number(values.ads)
const employerCount = 60

/** A valid Norwegian organisation number made from a counter: the first check digit that holds. */
function norwegianNumber(n: number): string {
  for (let base = 90_000_000 + n * 97; ; base++) {
    for (let check = 0; check <= 9; check++) {
      if (isValidNorwegianOrgNumber(`${base}${check}`)) return `${base}${check}`
    }
  }
}

const places = [
  'Hamar',
  'Gjøvik',
  'Lillehammer',
  'Elverum',
  'Kongsvinger',
  'Ludvika',
  'Falun',
  'Borlänge',
]
const today = new Date().toISOString().slice(0, 10)
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
function ad(feed: string, i: number): FixtureAd {
  const ours = i % 5 === 0
  return {
    name: `bench-${feed}-${i}`,
    title: `Stilling nummer ${i}`,
    employerName: ours ? `Arbeidsgiver ${i % employerCount}` : `Annen arbeidsgiver ${i}`,
    orgNumber: ours ? norwegianNumber(i % employerCount) : norwegianNumber(1000 + (i % 5000)),
    paragraphs: ['Vi søker en ny medarbeider til et team i vekst.', 'Fast stilling, full tid.'],
    place: places[i % places.length]!,
    county: 'Innlandet',
    published: today,
    deadline: inAMonth,
    applyUrl: `https://jobs.example/apply/${i}`,
    extent: 'Heltid',
  }
}

async function timedSync(
  payload: Awaited<ReturnType<typeof openPayload>>['payload'],
  reader: FeedReader,
) {
  const peak = watchPeakMemory(process.pid, 50)
  const started = performance.now()
  const run = await syncFeed(payload, reader)
  const seconds = (performance.now() - started) / 1000
  return { run, seconds, peak: peak() }
}

const { payload } = await openPayload()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-bench-jobs-'))
try {
  const employerIds: (number | string)[] = []
  for (let i = 0; i < employerCount; i++) {
    const created = await payload.create({
      collection: 'employers',
      data: {
        _status: 'published',
        name: `Arbeidsgiver ${i}`,
        industry: 'manufacturing',
        country: 'NO',
        orgNumber: norwegianNumber(i),
      },
      context: { skipSiteBuild: true },
    })
    employerIds.push(created.id)
  }
  const feeds = emptyFixtureFeeds()
  const changed = new Date().toISOString()
  for (let i = 0; i < adCount; i++) {
    const nav = ad('nav', i)
    feeds.nav.items.push(navItem(nav, 'ACTIVE', changed))
    feeds.nav.entries.set(fixtureUuid(nav.name), navEntry(nav, changed))
    feeds.jobstream.snapshot.push(jobStreamAd(ad('jobstream', i), new Date()))
  }
  const server = await startFixtureFeeds(feeds)
  const readers = [
    navFeed({ url: server.navUrl, timeoutMs: 30_000 }),
    jobStreamFeed({ url: server.jobStreamUrl, locationConceptIds: [], timeoutMs: 60_000 }),
  ]
  console.log(
    `\nSync of ${adCount.toLocaleString('en')} ads per feed (${employerCount} employers, a fifth of the ads theirs)`,
  )
  console.log('feed        seconds   ads/s   matched   skipped   peak (process)')
  for (const reader of readers) {
    const { run, seconds, peak } = await timedSync(payload, reader)
    console.log(
      `${reader.source.padEnd(10)} ${seconds.toFixed(1).padStart(8)} ${Math.round(
        run.read / seconds,
      )
        .toString()
        .padStart(
          7,
        )} ${String(run.matched).padStart(9)} ${String(run.skipped).padStart(9)}   ${megabytes(peak)}`,
    )
  }
  const again = await timedSync(payload, readers[0]!)
  console.log(
    `nav again (nothing new: one conditional request): ${(again.seconds * 1000).toFixed(0)} ms, ${again.run.outcome}`,
  )
  await server.close()

  // The matched NAV jobs, as the export writes them, on a generated site's employers.
  const { docs } = await payload.find({
    collection: 'jobs',
    where: { source: { equals: 'nav' } },
    depth: 0,
    pagination: false,
  })
  const benchIds = new Map(employerIds.map((id, i) => [String(id), `e${i}`]))
  const jobs = readJobs(docs as never, new Set(benchIds.keys())).map((job) => ({
    ...job,
    employer: benchIds.get(job.employer)!,
  }))
  const without = path.join(work, 'without')
  const snapshot = await generateSnapshot(without, Number(values.stories))
  const withJobs = path.join(work, 'with')
  fs.cpSync(without, withJobs, { recursive: true })
  fs.writeFileSync(
    path.join(withJobs, 'snapshot.json'),
    JSON.stringify(parseSnapshot({ ...snapshot, jobs })),
  )
  console.log(
    `\nFull site build, ${values.stories} stories × 3 languages, without and with ${jobs.length.toLocaleString('en')} jobs`,
  )
  console.log('snapshot       pages   seconds   peak')
  for (const [name, dir] of [
    ['without jobs', without],
    ['with jobs', withJobs],
    ['without jobs', without],
    ['with jobs', withJobs],
  ] as const) {
    const build = await timedBuild({ snapshotDir: dir, outDir: path.join(work, `site-${name}`) })
    const { pages } = buildFigures(build.log)
    console.log(
      `${name.padEnd(13)} ${String(pages).padStart(6)} ${build.seconds.toFixed(1).padStart(9)}   ${megabytes(build.peakBytes)}`,
    )
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true })
  await payload.destroy()
}
