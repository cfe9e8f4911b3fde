import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { cmsUrl, dataDir, siteUrl } from '@talentregion/shared/environment'

import type { Story } from '@talentregion/cms/types'

import { openPayload } from '../lib/payload'
import type { DemoLogin } from '../seed/credentials'
import { defaultLocale } from '@talentregion/shared/locales'
import { scriptArgs } from '../lib/args'
import { generatedPublishes } from './generatedPublishes'

/**
 * `pnpm bench:publish` — with `npm start` running: publishes a change to a story over the CMS's
 * REST API as the demo editor, times until the public site shows it, and repeats. Prints p50
 * and p95 and how many pages each rebuild rendered. `--generate 1000` first adds 1,000 stories
 * in three languages (≈3,000 pages) and `--cleanup` removes them afterwards.
 * `--pages 10000 --images 3000` needs no CMS: it measures a generated site of that size
 * (bench/generatedPublishes.ts).
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    runs: { type: 'string', default: '5' },
    generate: { type: 'string', default: '0' },
    cleanup: { type: 'boolean', default: false },
    cms: { type: 'string', default: cmsUrl() },
    site: { type: 'string', default: siteUrl() },
    pages: { type: 'string' },
    images: { type: 'string', default: '3000' },
  },
})
if (values.pages) {
  await generatedPublishes({
    pages: Number(values.pages),
    images: Number(values.images),
    runs: Number(values.runs),
  })
  process.exit(0)
}
const logins = JSON.parse(
  fs.readFileSync(path.join(dataDir(), 'demo-logins.json'), 'utf8'),
) as DemoLogin[]
const login = async (role: DemoLogin['role']) => {
  const account = logins.find((entry) => entry.role === role)!
  const response = await fetch(`${values.cms}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  return ((await response.json()) as { token: string }).token
}

const generated = Number(values.generate)
if (generated > 0) {
  const { payload } = await openPayload()
  const started = performance.now()
  for (let i = 0; i < generated; i++) {
    const doc = await payload.create({
      collection: 'stories',
      locale: defaultLocale,
      data: {
        _status: 'published',
        title: `Benchmark-historie ${i}`,
        excerpt: 'Generert for måling',
      },
      context: { skipSiteBuild: true },
    })
    for (const locale of ['sv', 'en'] as const) {
      await payload.update({
        collection: 'stories',
        id: doc.id,
        locale,
        data: { _status: 'published', title: `Benchmark ${locale} ${i}` },
        context: { skipSiteBuild: true },
      })
    }
  }
  console.log(
    `Generated ${generated} stories in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  await payload.destroy()
}

const editor = await login('editor')
const admin = await login('admin')
const target = (
  (await (await fetch(`${values.cms}/api/stories?limit=1&sort=-publishedAt&depth=0`)).json()) as {
    docs: Pick<Story, 'id'>[]
  }
).docs[0]!
const latencies: number[] = []
for (let run = 1; run <= Number(values.runs); run++) {
  const marker = `Målt publisering ${Date.now()}`
  const started = performance.now()
  const response = await fetch(`${values.cms}/api/stories/${target.id}?locale=nb`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editor}` },
    body: JSON.stringify({ excerpt: marker, _status: 'published' }),
  })
  if (!response.ok) throw new Error(`Publishing failed: HTTP ${response.status}`)
  for (;;) {
    const html = await (await fetch(`${values.site}/nb/historier/`)).text()
    if (html.includes(marker) || (await storyPageHas(marker))) break
    if (performance.now() - started > 300_000)
      throw new Error('The change did not go live within five minutes')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  latencies.push((performance.now() - started) / 1000)
  console.log(`run ${run}: live after ${latencies.at(-1)!.toFixed(1)} s`)
}

async function storyPageHas(marker: string): Promise<boolean> {
  const story = (await (
    await fetch(`${values.cms}/api/stories/${target.id}?locale=nb&depth=0`)
  ).json()) as { slug: string }
  return (await (await fetch(`${values.site}/nb/historier/${story.slug}/`)).text()).includes(marker)
}

const sorted = [...latencies].sort((a, b) => a - b)
const quantile = (q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
const builds = (await (
  await fetch(`${values.cms}/api/site-builds?limit=${latencies.length}&sort=-createdAt&depth=0`, {
    headers: { Authorization: `JWT ${admin}` },
  })
).json()) as {
  docs: { pages?: number; durationMs?: number; status: string; log?: string | null }[]
}
// The build's log says how many pages it rendered; the others were kept from the last build.
const rendered = (log?: string | null) => /build: (\d+) pages rendered/.exec(log ?? '')?.[1] ?? '?'
console.log(
  `\nPublish → live over ${latencies.length} publishes: p50 ${quantile(0.5).toFixed(1)} s, p95 ${quantile(0.95).toFixed(1)} s`,
)
console.log(
  `Pages rendered per rebuild: ${builds.docs.map((build) => `${rendered(build.log)} of ${build.pages ?? '?'}`).join(', ')}`,
)
console.log(
  `Build durations: ${builds.docs.map((build) => `${((build.durationMs ?? 0) / 1000).toFixed(1)} s`).join(', ')}`,
)

if (values.cleanup && generated > 0) {
  const { payload } = await openPayload()
  await payload.delete({
    collection: 'stories',
    where: { title: { like: 'Benchmark-historie' } },
    context: { skipSiteBuild: true },
  })
  console.log('Removed the generated stories (the next publish rebuilds without them).')
  await payload.destroy()
}
