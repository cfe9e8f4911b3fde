import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { markBuildStart, writtenThisBuild } from '../lib/buildStart'
import { outputFiles } from '../lib/outputFiles'

/**
 * When output is kept between builds (incremental builds), removes what this build did not
 * produce: the page of a story unpublished, deleted or renamed since, assets of old code, and
 * everything the later steps write afresh (sitemap, serving rules), so none of it can linger.
 * A file stays if Astro wrote it or kept it for a page of this build, or if it was written
 * since the build started. Runs before the other steps read the output. `kept` lists folders
 * another step keeps in step itself (the snapshot's media, the search index).
 */
export function staleOutput(kept: ReadonlySet<string>): AstroIntegration {
  let outDir: URL
  return {
    name: 'talentregion:stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir
      },
      'astro:build:start': () => markBuildStart(fileURLToPath(outDir)),
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir)
        const produced = new Set(
          [...assets.values()].flat().map((url) => path.relative(root, fileURLToPath(url))),
        )
        let rendered = 0
        let reused = 0
        let removed = 0
        for (const file of outputFiles(root, kept)) {
          const full = path.join(root, file)
          const stat = fs.statSync(full)
          const fresh = writtenThisBuild(stat.mtimeMs)
          if (produced.has(file)) {
            if (file.endsWith('.html')) {
              if (fresh) rendered += 1
              else reused += 1
            }
          } else if (!fresh) {
            fs.rmSync(full)
            removed += 1
          }
        }
        removeEmptyFolders(root)
        // The build script reads this line (scripts/site/buildSite.ts).
        logger.info(
          `${rendered} pages rendered, ${reused} reused; ${removed} files of the last build removed`,
        )
      },
    },
  }
}

function removeEmptyFolders(dir: string): boolean {
  let empty = true
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && removeEmptyFolders(full)) fs.rmdirSync(full)
    else empty = false
  }
  return empty
}
