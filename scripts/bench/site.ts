import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from '../lib/environment'
import { generateSnapshot } from './generateSnapshot'
import { pageWeight } from './pageWeight'
import { watchPeakMemory } from './processMemory'
import { scriptArgs } from '../lib/args'

/**
 * `pnpm bench:site`: builds a generated snapshot (1,000 stories × 3 languages by default) and
 * prints pages per second, peak memory, Pagefind's time, and each template's weight. A
 * measurement, not a test: compare figures from one run on one machine.
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: { stories: { type: 'string', default: '1000' } },
})
const storyCount = Number(values.stories)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-bench-'))
const snapshotDir = path.join(work, 'snapshot')
const outDir = path.join(work, 'site')

console.log(`Generating a snapshot of ${storyCount} stories × 3 languages (not timed)…`)
const snapshot = await generateSnapshot(snapshotDir, storyCount)

const started = performance.now()
const child = spawn('pnpm', ['exec', 'astro', 'build'], {
  cwd: path.join(repoRoot, 'site'),
  env: {
    ...process.env,
    SNAPSHOT_DIR: snapshotDir,
    SITE_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
})
const peak = watchPeakMemory(child.pid!)
let log = ''
child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
const seconds = (performance.now() - started) / 1000
const peakBytes = peak()
if (code !== 0) {
  console.error(log)
  throw new Error(`astro build failed with exit code ${code}`)
}

const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0)
const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN)
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
console.log(
  `\nBuilt ${pages} pages in ${seconds.toFixed(1)} s: ${(pages / seconds).toFixed(0)} pages/s (Astro + Pagefind, wall clock)`,
)
console.log(`Peak memory (build process tree): ${(peakBytes / 1024 / 1024).toFixed(0)} MB`)
console.log(`Pagefind indexing: ${pagefindMs} ms`)
console.log('\nTemplate        HTML (brotli)   JS (raw)   JS (brotli)')
for (const [name, urlPath] of templates) {
  const weight = pageWeight(outDir, urlPath)
  console.log(
    `${name.padEnd(15)} ${kb(weight.htmlBrotli).padStart(13)} ${kb(weight.jsBytes).padStart(10)} ${kb(weight.jsBrotli).padStart(13)}`,
  )
}
fs.rmSync(work, { recursive: true, force: true })
