import path from 'node:path'

import { repoRoot } from '../lib/environment'
import { run } from '../lib/run'

export interface BuildSiteOptions {
  /** Folder with snapshot.json and media/. */
  snapshotDir: string
  /** Where the static site is written. */
  outDir: string
  /** The public origin, for canonical URLs, hreflang and the sitemap. */
  siteUrl?: string
}

/** Builds the static site from a snapshot with Astro (Pagefind indexes it as the last step). */
export async function buildSite({
  snapshotDir,
  outDir,
  siteUrl = 'http://127.0.0.1:4321',
}: BuildSiteOptions): Promise<void> {
  await run('pnpm', ['exec', 'astro', 'build', '--silent'], {
    cwd: path.join(repoRoot, 'site'),
    env: {
      ...process.env,
      SNAPSHOT_DIR: snapshotDir,
      SITE_OUT_DIR: outDir,
      SITE_URL: siteUrl,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  })
}
