import fs from 'node:fs'

import { internalReferences } from './checks'

/**
 * The internal links and assets of each page, by the page's content digest (from the file
 * store), kept between releases: the checks read only pages whose content is new, and still
 * look up every link of every page in the new release.
 */
export class PageReferences {
  private readonly last: Record<string, string[]>
  private readonly current: Record<string, string[]> = {}

  constructor(
    private readonly file: string,
    private readonly digests: ReadonlyMap<string, string>,
  ) {
    this.last = readCache(file)
  }

  /** The references of a page (path in the release), read from it only when its content is new. */
  of(page: string, read: () => string): string[] {
    const digest = this.digests.get(page)
    if (!digest) return internalReferences(read())
    const references = this.last[digest] ?? internalReferences(read())
    this.current[digest] = references
    return references
  }

  /** Keeps the references of this release's pages for the next. */
  save(): void {
    fs.writeFileSync(`${this.file}.new`, JSON.stringify(this.current))
    fs.renameSync(`${this.file}.new`, this.file)
  }
}

function readCache(file: string): Record<string, string[]> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>
  } catch {
    // None yet, or damaged: every page is read.
    return {}
  }
}
