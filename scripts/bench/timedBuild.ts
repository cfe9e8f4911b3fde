import { spawn } from 'node:child_process'
import path from 'node:path'

import { repoRoot } from '../lib/environment'
import { readBuildReport } from '../site/buildSite'
import { watchPeakMemory } from './processMemory'

export interface TimedBuild {
  seconds: number
  /** Peak resident memory of the whole process tree (Astro, then the search index). */
  peakBytes: number
  log: string
}

/**
 * Runs the site's build in site/ (or `astro build` of another Astro project, `root`) on a snapshot, timing it and
 * sampling its memory. With `cacheDir`, the build is incremental into the same `outDir`.
 */
export async function timedBuild(options: {
  snapshotDir: string
  outDir: string
  cacheDir?: string
  root?: string
}): Promise<TimedBuild> {
  const started = performance.now()
  // The product's build is Astro, then its search index (site/package.json); plain Astro's, Astro.
  const args = options.root ? ['exec', 'astro', 'build', '--root', options.root] : ['run', 'build']
  const child = spawn('pnpm', args, {
    cwd: path.join(repoRoot, 'site'),
    env: {
      ...process.env,
      SNAPSHOT_DIR: options.snapshotDir,
      SITE_OUT_DIR: options.outDir,
      SITE_CACHE_DIR: options.cacheDir ?? '',
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
    console.error(log.slice(-4000))
    throw new Error(`astro build failed with exit code ${code}`)
  }
  return { seconds, peakBytes, log }
}

/** Figures the product's build prints: pages built, rendered and reused, Pagefind's time. */
export function buildFigures(log: string) {
  const { rendered = NaN, reused = NaN, searchIndexMs = NaN } = readBuildReport(log)
  return {
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
    rendered,
    reused,
    pagefindMs: searchIndexMs,
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
