import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

/**
 * Copies the snapshot's pre-encoded media into the release. Nothing is re-encoded: the AVIF and
 * WebP variants were made once, when the image was uploaded.
 */
export function snapshotMedia(snapshotDir: () => string): AstroIntegration {
  return {
    name: 'talentregion:snapshot-media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const from = path.join(snapshotDir(), 'media')
        const to = path.join(fileURLToPath(dir), 'media')
        await fs.cp(from, to, { recursive: true })
        logger.info(`copied ${(await fs.readdir(to)).length} media files`)
      },
    },
  }
}
