import fs from 'node:fs'
import path from 'node:path'

/**
 * The folder Astro builds into and its cache, kept between builds so that a build renders only
 * the pages whose content or code changed (Astro's incremental build). Releases are linked
 * from it, never built in it. Anything doubtful about it (a damaged cache manifest, output
 * without a cache, a build that failed half-way) means a full build, logged.
 */
export class WorkTree {
  readonly outDir: string
  readonly cacheDir: string
  /** Image files as the last export wrote them (scripts/export/uploadCache.ts). */
  readonly uploadsDir: string
  /** Each page's links by its content, for the checks (scripts/publish/pageReferences.ts). */
  readonly referencesFile: string

  constructor(root: string) {
    this.outDir = path.join(root, 'build', 'site')
    this.cacheDir = path.join(root, 'build', 'cache')
    this.uploadsDir = path.join(root, 'build', 'uploads')
    this.referencesFile = path.join(root, 'build', 'page-references.json')
  }

  /** Checks the tree before a build; starts it afresh (a full build) when it cannot be trusted. */
  prepare(log: (line: string) => void, { full = false } = {}): void {
    const problem = full ? 'a full build was asked for' : this.problem()
    if (problem) {
      this.reset()
      log(`build: full build (${problem})`)
    }
  }

  /** Forgets the built pages, so the next build renders every page. */
  reset(): void {
    for (const dir of [this.outDir, this.cacheDir]) fs.rmSync(dir, { recursive: true, force: true })
  }

  private problem(): string | null {
    const manifest = path.join(this.cacheDir, 'incremental-build.json')
    const hasOutput = fs.existsSync(this.outDir)
    if (!fs.existsSync(manifest))
      return hasOutput ? 'the build cache is missing' : 'no earlier build to reuse'
    try {
      const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { routes?: unknown }
      if (!parsed.routes || typeof parsed.routes !== 'object') return 'the build cache is damaged'
    } catch {
      return 'the build cache is damaged'
    }
    return null
  }
}
