import fs from 'node:fs'
import path from 'node:path'

/** Where a build step keeps facts between incremental builds: in the build cache folder. */
export const factsFile = (cacheDir: string | undefined, name: string): string | null =>
  cacheDir ? path.join(cacheDir, 'talentregion', `${name}.json`) : null

/** What tells a file's content without reading it: a page Astro kept keeps all three. */
const stampOf = (stat: fs.Stats) => `${stat.size}:${stat.mtimeMs}:${stat.ino}`

interface Entry<T> {
  stamp: string
  facts: T
}

interface Stored<T> {
  format: number
  pages: Record<string, Entry<T>>
}

/**
 * Facts a build step reads from each page of the output (its words, its inline scripts),
 * kept in the build cache between incremental builds, so a page Astro kept from the last
 * build is not read again. A page is known by its path in the output and its stamp. `format`
 * names the shape and meaning of the facts: change it with the code that reads them. Without
 * a cache file (a full or preview build) nothing is kept.
 */
export class PageFacts<T> {
  private readonly last: Map<string, Entry<T>>
  private readonly current = new Map<string, Entry<T>>()

  constructor(
    private readonly file: string | null,
    private readonly format: number,
  ) {
    this.last = new Map(Object.entries(this.load()))
  }

  /** The facts of a page, read from it only when it changed since the last build. */
  of(page: string, read: (html: string) => T): { facts: T; changed: boolean } {
    const stamp = stampOf(fs.statSync(page))
    const known = this.last.get(page)
    const entry =
      known?.stamp === stamp ? known : { stamp, facts: read(fs.readFileSync(page, 'utf8')) }
    this.current.set(page, entry)
    return { facts: entry.facts, changed: entry !== known }
  }

  /** Pages of the last build that this build did not ask about: they are gone. */
  gone(): string[] {
    return [...this.last.keys()].filter((page) => !this.current.has(page))
  }

  /** Whether facts were kept from a last build (false: everything was read afresh). */
  get hadCache(): boolean {
    return this.last.size > 0
  }

  /** Keeps this build's facts for the next; written whole, then renamed into place. */
  save(): void {
    if (!this.file) return
    const stored: Stored<T> = { format: this.format, pages: Object.fromEntries(this.current) }
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    fs.writeFileSync(`${this.file}.new`, JSON.stringify(stored))
    fs.renameSync(`${this.file}.new`, this.file)
  }

  private load(): Record<string, Entry<T>> {
    if (!this.file) return {}
    try {
      const stored = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Stored<T>
      return stored.format === this.format ? stored.pages : {}
    } catch {
      // Missing or damaged: every page is read again, as in a full build.
      return {}
    }
  }
}
