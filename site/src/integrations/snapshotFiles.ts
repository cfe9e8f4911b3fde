import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

/**
 * Copies the snapshot's pre-encoded media and toolkit downloads into the release. Nothing is
 * re-encoded: image variants were made at upload, logo renditions and zips at export.
 */
export function snapshotFiles(snapshotDir: () => string): AstroIntegration {
  return {
    name: 'talentregion:snapshot-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const folder of ['media', 'files']) {
          const from = path.join(snapshotDir(), folder)
          const to = path.join(fileURLToPath(dir), folder)
          // A snapshot written by hand (tests, benchmarks) may have no toolkit files.
          if (!(await fs.stat(from).catch(() => null))) continue
          await fs.cp(from, to, { recursive: true })
          logger.info(`copied ${(await fs.readdir(to)).length} files to ${folder}/`)
        }
      },
    },
  }
}
