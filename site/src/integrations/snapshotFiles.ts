import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { snapshotFolders } from '@talentregion/shared/outputFolders'

/**
 * Brings the snapshot's pre-encoded media and toolkit downloads into the release. Nothing is
 * re-encoded: image variants were made at upload, logo renditions and zips at export. Files
 * are named by their content, so one already in the output (kept from the last build) is left
 * as it is, a new one is linked (copied across file systems) and one no longer in the snapshot
 * is removed.
 */
export function snapshotFiles(snapshotDir: () => string): AstroIntegration {
  return {
    name: 'talentregion:snapshot-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const folder of snapshotFolders) {
          const from = path.join(snapshotDir(), folder)
          const to = path.join(fileURLToPath(dir), folder)
          // A snapshot written by hand (tests, benchmarks) may have no toolkit files.
          const wanted = new Set(await fs.readdir(from).catch(() => []))
          const present = new Set(await fs.readdir(to).catch(() => []))
          await fs.mkdir(to, { recursive: true })
          let added = 0
          for (const name of wanted) {
            if (present.has(name)) continue
            await fs
              .link(path.join(from, name), path.join(to, name))
              .catch(() => fs.copyFile(path.join(from, name), path.join(to, name)))
            added += 1
          }
          const gone = [...present].filter((name) => !wanted.has(name))
          await Promise.all(gone.map((name) => fs.rm(path.join(to, name))))
          if (wanted.size === 0) await fs.rm(to, { recursive: true, force: true })
          logger.info(`${folder}/: ${wanted.size} files (${added} new, ${gone.length} removed)`)
        }
      },
    },
  }
}
