import { spawn } from 'node:child_process'
import path from 'node:path'

import { siteUrl as configuredSiteUrl } from '@talentregion/shared/environment'
import { indexSearch } from '@talentregion/site/searchIndex'

import { repoRoot } from '../lib/environment'
import { withLock } from '../lib/lock'

export interface BuildSiteOptions {
  /** Folder with snapshot.json and media/. */
  snapshotDir: string
  /** Where the static site is written. */
  outDir: string
  /** The public origin, for canonical URLs, hreflang and the sitemap. */
  siteUrl?: string
  /** A private preview of a draft: a "not published" band on every page, no publication dates. */
  preview?: boolean
  /**
   * Astro's cache for an incremental build into the same `outDir` as last time: unchanged pages
   * are kept, not rendered. Without it every page is rendered into an emptied `outDir`.
   */
  cacheDir?: string
}

/** How many pages Astro rendered, how many it kept from the last build, Pagefind's time. */
export interface SiteBuildReport {
  rendered: number
  reused: number
  searchIndexMs: number
}

/** What the build's output says of it (site/src: integrations/staleOutput, lib/searchIndex). */
export function readBuildReport(output: string): Partial<SiteBuildReport> {
  const counts = /(\d+) pages rendered, (\d+) reused/.exec(output)
  const search = /search: indexed \d+ pages in (\d+) ms/.exec(output)
  return {
    ...(counts && { rendered: Number(counts[1]), reused: Number(counts[2]) }),
    ...(search && { searchIndexMs: Number(search[1]) }),
  }
}

const siteDir = path.join(repoRoot, 'site')

/**
 * Builds the static site from a snapshot with Astro, then indexes it for search in this process
 * once Astro has exited (site/src/lib/searchIndex.ts), so their memory does not add up.
 * Astro keeps generated files and caches inside site/, so builds on one machine (a queued
 * publish and a preview, say) take turns. A failure reports the end of Astro's output.
 */
export function buildSite({
  snapshotDir,
  outDir,
  siteUrl = configuredSiteUrl(),
  preview = false,
  cacheDir,
}: BuildSiteOptions): Promise<SiteBuildReport> {
  return withLock(path.join(siteDir, 'node_modules', '.talentregion-build.lock'), async () => {
    const report = await astroBuild({ snapshotDir, outDir, siteUrl, preview, cacheDir })
    const search = await indexSearch(outDir, { cacheDir, log: () => {} })
    return { ...report, searchIndexMs: search.ms }
  })
}

/** `astro build`, with what its output says of the pages rendered and reused. */
function astroBuild({
  snapshotDir,
  outDir,
  siteUrl,
  preview,
  cacheDir,
}: Required<Omit<BuildSiteOptions, 'cacheDir'>> & Pick<BuildSiteOptions, 'cacheDir'>) {
  return new Promise<SiteBuildReport>((resolve, reject) => {
    // The package's own astro, not `pnpm exec`, which adds a quarter of a second.
    const child = spawn(path.join(siteDir, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // The same Node as this process runs on.
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        SNAPSHOT_DIR: snapshotDir,
        SITE_OUT_DIR: outDir,
        SITE_URL: siteUrl,
        SITE_PREVIEW: preview ? '1' : '',
        SITE_CACHE_DIR: cacheDir ?? '',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    })
    let output = ''
    const report: SiteBuildReport = { rendered: 0, reused: 0, searchIndexMs: 0 }
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
      Object.assign(report, readBuildReport(output))
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(report)
      else {
        const tail = output.trim().split('\n').slice(-15).join('\n')
        reject(new Error(`astro build failed (${signal ?? `exit ${code}`}):\n${tail}`))
      }
    })
  })
}
