import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Releases } from '@talentregion/shared/releases'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

import { runBuild, type BuildResult } from '../publish/runBuild'
import { generateSnapshot } from './generateSnapshot'
import { watchPeakMemory } from './processMemory'
import { megabytes } from './timedBuild'

interface Measured extends BuildResult {
  peakBytes: number
  log: string[]
}

/** Pages a generated site of `stories` stories has besides theirs (lists, employers, events). */
const pagesPerStory = 3 + 3 / 24
const otherPages = 3 * (60 + 20) + 40

/**
 * Publishing at scale without a CMS: a generated snapshot of about `pages` pages and `images`
 * images is released once in full, then `runs` times after a one-story edit (its Swedish
 * title and excerpt, as the exporter would write them), then `runs` times again in full — each
 * through the real pipeline (build, release of links, checks, switch), timed from the snapshot
 * to the switch. The export is not part of it (see the README for its own figure).
 */
export async function generatedPublishes({
  pages,
  images,
  runs,
}: {
  pages: number
  images: number
  runs: number
}): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-publish-'))
  const snapshotDir = path.join(work, 'snapshot')
  const root = path.join(work, 'site')
  const stories = Math.max(1, Math.round((pages - otherPages) / pagesPerStory))
  console.log(`Generating ${stories} stories × 3 languages and ${images} images (not timed)…`)
  await generateSnapshot(snapshotDir, stories, images)
  const file = path.join(snapshotDir, 'snapshot.json')
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot

  const release = async (full: boolean): Promise<Measured> => {
    const peak = watchPeakMemory(process.pid)
    const log: string[] = []
    const result = await runBuild({
      root,
      exported: snapshotDir,
      source: () => Promise.reject(new Error('the benchmark builds a generated snapshot')),
      bucket: null,
      full,
      log: (line) => log.push(line),
    })
    return { ...result, peakBytes: peak(), log }
  }

  const first = await release(true)
  console.log(`First release: ${first.pages} pages in ${(first.liveMs / 1000).toFixed(1)} s`)
  const edits: Measured[] = []
  for (let run = 1; run <= runs; run++) {
    const story = snapshot.stories[(run * 7919) % snapshot.stories.length]!
    const sv = story.translations.sv!
    sv.title = `Mätning ${run} ${sv.title}`
    sv.excerpt = `Ändrad i körning ${run}. ${sv.excerpt}`
    fs.writeFileSync(file, JSON.stringify(snapshot))
    edits.push(await release(false))
    console.log(`edit ${run}: live after ${(edits.at(-1)!.liveMs / 1000).toFixed(1)} s`)
  }
  const fulls: Measured[] = []
  for (let run = 1; run <= runs; run++) {
    fulls.push(await release(true))
    console.log(`full ${run}: live after ${(fulls.at(-1)!.liveMs / 1000).toFixed(1)} s`)
  }

  printTable(first.pages, images, treeBytes(new Releases(root).liveDir()!), edits, fulls)
  console.log('\nWhere the time goes (the last edit, then the last full rebuild):')
  for (const line of [...edits.at(-1)!.log, ...fulls.at(-1)!.log]) console.log(`  ${line}`)
  fs.rmSync(work, { recursive: true, force: true })
}

/** The table of both kinds of publish: p50 and p95, pages rendered, Pagefind, disk, memory. */
function printTable(
  pages: number,
  images: number,
  siteBytes: number,
  edits: Measured[],
  fulls: Measured[],
): void {
  const quantile = (list: number[], q: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)]!
  const median = (list: Measured[], of: (result: Measured) => number) => quantile(list.map(of), 0.5)
  const row = (name: string, list: Measured[]) => {
    const seconds = list.map((result) => result.liveMs / 1000)
    const written = median(list, (result) => result.newBytes)
    console.log(
      [
        name.padEnd(16),
        quantile(seconds, 0.5).toFixed(1).padStart(6),
        quantile(seconds, 0.95).toFixed(1).padStart(6),
        String(median(list, (result) => result.rendered)).padStart(9),
        `${(median(list, (result) => result.searchIndexMs) / 1000).toFixed(1)} s`.padStart(9),
        `${(written / 1e6).toFixed(1)} MB (${((100 * written) / siteBytes).toFixed(2)} %)`.padStart(
          19,
        ),
        megabytes(Math.max(...list.map((result) => result.peakBytes))).padStart(9),
      ].join(' '),
    )
  }
  console.log(`\n${pages} pages, ${images} images; the site is ${megabytes(siteBytes)} on disk.`)
  console.log('publish            p50    p95  rendered  Pagefind     new bytes/release      peak')
  row('one-story edit', edits)
  row('full rebuild', fulls)
  console.log(
    '(seconds from snapshot to switch; rendered and Pagefind as medians; peak of the process tree)',
  )
}

/** Bytes of every file in a tree. */
function treeBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => fs.statSync(path.join(dir, file)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0)
}
