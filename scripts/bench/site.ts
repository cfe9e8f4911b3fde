import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from '../lib/environment'
import { scriptArgs } from '../lib/args'
import { generateSnapshot } from './generateSnapshot'
import { pageWeight } from './pageWeight'
import { buildFigures, megabytes, timedBuild, type TimedBuild } from './timedBuild'

/**
 * `pnpm bench:site`: builds a generated snapshot (1,000 stories × 3 languages by default) with
 * the product and, in the same run, a plain Astro site of the same pages (site/bench/plain),
 * alternating, and prints both with their ratio, peak memory, Pagefind's time and each
 * template's weight. A measurement, not a test: compare figures from one run on one machine.
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    stories: { type: 'string', default: '1000' },
    images: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
  },
})
const storyCount = Number(values.stories)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-bench-'))
const snapshotDir = path.join(work, 'snapshot')
const outDir = path.join(work, 'site')
const plainDir = path.join(work, 'plain')

console.log(
  `Generating a snapshot of ${storyCount} stories × 3 languages, ${values.images} images (not timed)…`,
)
const snapshot = await generateSnapshot(snapshotDir, storyCount, Number(values.images))

const product: TimedBuild[] = []
const plain: TimedBuild[] = []
for (let round = 1; round <= Number(values.rounds); round++) {
  plain.push(
    await timedBuild({
      snapshotDir,
      outDir: plainDir,
      root: path.join(repoRoot, 'site/bench/plain'),
    }),
  )
  product.push(await timedBuild({ snapshotDir, outDir }))
  console.log(
    `round ${round}: product ${product.at(-1)!.seconds.toFixed(1)} s, plain Astro ${plain.at(-1)!.seconds.toFixed(1)} s`,
  )
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!
const { pages, pagefindMs } = buildFigures(product.at(-1)!.log)
const plainPages = Number(/(\d+) page\(s\) built/.exec(plain.at(-1)!.log)?.[1] ?? 0)
const productSeconds = median(product.map((build) => build.seconds))
const plainSeconds = median(plain.map((build) => build.seconds))
const withoutSearch = productSeconds - pagefindMs / 1000
console.log(`\n                 pages   seconds   ms/page   peak memory`)
const row = (name: string, count: number, seconds: number, peak: number) =>
  console.log(
    `${name.padEnd(16)} ${String(count).padStart(6)} ${seconds.toFixed(1).padStart(9)} ${((seconds * 1000) / count).toFixed(2).padStart(9)} ${megabytes(peak).padStart(13)}`,
  )
row('product', pages, productSeconds, Math.max(...product.map((build) => build.peakBytes)))
row('plain Astro', plainPages, plainSeconds, Math.max(...plain.map((build) => build.peakBytes)))
console.log(
  `\nProduct ÷ plain Astro: ${(productSeconds / plainSeconds).toFixed(2)}× (wall clock, medians of ${product.length}); without Pagefind's ${pagefindMs} ms: ${(withoutSearch / plainSeconds).toFixed(2)}×`,
)

const story = snapshot.stories[0]!
const employer = snapshot.employers[0]!
const event = snapshot.events[0]!
const templates: [string, string][] = [
  ['home', 'nb/'],
  ['story list', 'nb/historier/'],
  ['story', `nb/historier/${story.translations.nb!.slug}/`],
  ['employer list', 'nb/arbeidsgivere/'],
  ['employer', `nb/arbeidsgivere/${employer.slug}/`],
  ['event list', 'nb/arrangementer/'],
  ['event', `nb/arrangementer/${event.translations.nb!.slug}/`],
  ['search', 'nb/sok/'],
  ['404', 'nb/404/'],
]
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log('\nTemplate        HTML (brotli)   JS (raw)   JS (brotli)')
for (const [name, urlPath] of templates) {
  const weight = pageWeight(outDir, urlPath)
  console.log(
    `${name.padEnd(15)} ${kb(weight.htmlBrotli).padStart(13)} ${kb(weight.jsBytes).padStart(10)} ${kb(weight.jsBrotli).padStart(13)}`,
  )
}
fs.rmSync(work, { recursive: true, force: true })
