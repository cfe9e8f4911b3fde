import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

/**
 * When output is kept between builds (incremental builds), removes what this build did not
 * produce: the page of a story unpublished, deleted or renamed since, assets of old code, and
 * everything the later steps write afresh (search index, sitemap, serving rules), so none of
 * it can linger. A file stays if Astro wrote it or kept it for a page of this build, or if it
 * was written since the build started. Runs before the other steps read the output.
 * `kept` lists folders another step keeps in step itself (the snapshot's media).
 */
export function staleOutput(kept: readonly string[]): AstroIntegration {
  let started = 0
  let outDir: URL
  return {
    name: 'talentregion:stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir
      },
      'astro:build:start': () => {
        // The file system's own clock, which may tick more coarsely than Date.now().
        const marker = path.join(fileURLToPath(outDir), '.build-started')
        fs.mkdirSync(path.dirname(marker), { recursive: true })
        fs.writeFileSync(marker, '')
        started = fs.statSync(marker).mtimeMs
        fs.rmSync(marker)
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir)
        const produced = new Set(
          [...assets.values()].flat().map((url) => path.relative(root, fileURLToPath(url))),
        )
        let rendered = 0
        let reused = 0
        let removed = 0
        for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (kept.some((folder) => file === folder || file.startsWith(`${folder}${path.sep}`)))
            continue
          const full = path.join(root, file)
          const stat = fs.statSync(full)
          if (!stat.isFile()) continue
          const fresh = stat.mtimeMs >= started
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
