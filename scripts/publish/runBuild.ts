import fs from 'node:fs'
import path from 'node:path'

import { SnapshotError } from '@talentregion/shared/schemas/parseSnapshot'

import { buildSnapshot } from '../export/buildSnapshot'
import { UploadCache } from '../export/uploadCache'
import type { ContentSource } from '../export/source'
import { buildSite } from '../site/buildSite'
import { checkRelease, countPages } from './checks'
import { PageReferences } from './pageReferences'
import type { BuildStage } from '@talentregion/shared/builder'
import { Releases } from '@talentregion/shared/releases'
import { BucketReleases } from '@talentregion/shared/siteBucket'
import { FileStore } from '@talentregion/shared/fileStore'

import { stopwatch } from '../lib/stopwatch'
import { publishToBucket } from './publishToBucket'
import { WorkTree } from './workTree'

/** A build that did not go live; the live site is untouched. */
export class BuildFailure extends Error {
  constructor(
    readonly stage: BuildStage,
    readonly details: string[],
    options?: { cause?: unknown },
  ) {
    super(
      `Site build failed while ${stageNames[stage]}:\n${details.map((line) => `  - ${line}`).join('\n')}`,
      options,
    )
    this.name = 'BuildFailure'
  }
}

const stageNames: Record<BuildStage, string> = {
  export: 'exporting the content snapshot',
  build: 'building the site',
  checks: 'checking the new release',
  switch: 'switching the live site',
}

export interface BuildOptions {
  /** The folder holding releases/ and the current link. */
  root: string
  /** Where content is read from; it is opened only when the build starts. */
  source: () => Promise<ContentSource>
  /** A snapshot folder already exported (benchmarks): built as it is and left in place. */
  exported?: string
  siteUrl?: string
  /** Complete releases to keep for rollback. */
  keep?: number
  confirmPageLoss?: boolean
  /** Where releases are published besides the local folder: SITE_S3_BUCKET unless given. */
  bucket?: BucketReleases | null
  /** Render every page, not only those whose content or code changed. */
  full?: boolean
  log?: (line: string) => void
}

export interface BuildResult {
  releaseId: string
  pages: number
  durationMs: number
  /** From the start to the switch: when visitors got the new release (old ones pruned after). */
  liveMs: number
  /** Pages Astro rendered; the others were kept from the last build. */
  rendered: number
  /** Pagefind's share of the build: it indexes the whole site every time. */
  searchIndexMs: number
  /** Bytes of files no earlier release had, the disk a release costs besides its links. */
  newBytes: number
}

/**
 * Export → Astro build (of the changed pages) into the work tree → Pagefind → a new release
 * folder of links into the file store → checks → atomic switch, in the site bucket too when
 * one is configured. Any failure leaves the live release exactly as it was
 * and throws a BuildFailure naming the stage and, for bad content, the document, language and
 * field.
 */
export async function runBuild({
  root,
  source,
  siteUrl,
  keep = 5,
  confirmPageLoss = false,
  bucket = BucketReleases.fromEnvironment(),
  full = false,
  exported,
  log = () => {},
}: BuildOptions): Promise<BuildResult> {
  const started = performance.now()
  const took = stopwatch()
  const releases = new Releases(root)
  const store = new FileStore(path.join(root, 'store'))
  const work = new WorkTree(root)
  const id = releases.newId()
  const dir = releases.pathOf(id)
  const snapshotDir = exported ?? path.join(root, 'work', id)
  let stage: BuildStage = 'export'
  try {
    if (!exported) {
      log(`export: reading published content`)
      const uploads = new UploadCache(work.uploadsDir)
      const snapshot = await buildSnapshot(await source(), snapshotDir, uploads)
      log(
        `export: ${snapshot.stories.length} stories, ${snapshot.employers.length} employers, ${snapshot.events.length} events (${took()})`,
      )
    }
    stage = 'build'
    work.prepare(log, { full })
    const { rendered, searchIndexMs } = await buildSite({
      snapshotDir,
      outDir: work.outDir,
      cacheDir: work.cacheDir,
      siteUrl,
    }).catch((error: unknown) => {
      // Half-written output could be taken for a page of this content next time.
      work.reset()
      throw error
    })
    log(`build: ${rendered} pages rendered, search index ${searchIndexMs} ms (${took()})`)
    const linked = store.linkTree(work.outDir, dir)
    const pages = countPages(dir)
    log(
      `release ${id}: ${pages} pages; ${linked.newFiles} of ${linked.files} files new (${(linked.newBytes / 1e6).toFixed(1)} MB) (${took()})`,
    )
    stage = 'checks'
    checkBeforeSwitch(dir, { releases, work, digests: linked.digests, confirmPageLoss })
    log(`checks: passed (${took()})`)
    stage = 'switch'
    releases.markComplete(id)
    // The bucket first: if it refuses the release, neither it nor the local site changes.
    if (bucket) await publishToBucket(bucket, { id, dir, keep, log })
    releases.activate(id)
    const liveMs = Math.round(performance.now() - started)
    const removed = releases.prune(keep)
    store.sweep()
    log(
      `live: ${id}${removed.length ? `; removed old releases ${removed.join(', ')}` : ''} (${took()})`,
    )
    return {
      releaseId: id,
      pages,
      durationMs: Math.round(performance.now() - started),
      liveMs,
      rendered,
      searchIndexMs,
      newBytes: linked.newBytes,
    }
  } catch (error) {
    releases.discard(id)
    if (error instanceof BuildFailure) throw error
    throw new BuildFailure(stage, failureDetails(error), { cause: error })
  } finally {
    if (!exported) fs.rmSync(snapshotDir, { recursive: true, force: true })
  }
}

/** The release's checks against the live site; a page read for the last release is not read again. */
function checkBeforeSwitch(
  dir: string,
  {
    releases,
    work,
    digests,
    confirmPageLoss,
  }: { releases: Releases; work: WorkTree; digests: Map<string, string>; confirmPageLoss: boolean },
): void {
  const liveDir = releases.liveDir()
  const references = new PageReferences(work.referencesFile, digests)
  const problems = checkRelease(dir, {
    livePages: liveDir && fs.existsSync(liveDir) ? countPages(liveDir) : null,
    confirmPageLoss,
    referencesOf: (page, read) => references.of(page, read),
  })
  if (problems.length > 0) throw new BuildFailure('checks', problems)
  references.save()
}

/** What went wrong, for the editor: bad content names its document, language and field. */
function failureDetails(error: unknown): string[] {
  if (error instanceof SnapshotError)
    return error.issues.map(
      (issue) =>
        `${issue.document}${issue.locale ? ` [${issue.locale}]` : ''} ${issue.field}: ${issue.message}`,
    )
  return [error instanceof Error ? error.message : String(error)]
}
