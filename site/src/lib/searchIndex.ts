import fs from 'node:fs'
import path from 'node:path'

import { searchFolder } from '@talentregion/shared/outputFolders'
import { close, createIndex } from 'pagefind'

import { searchCopies } from './searchCopies'
import { syncFolder } from './syncFolder'

export interface SearchIndexReport {
  pages: number
  ms: number
}

/**
 * Indexes a built site with Pagefind, into its `pagefind/` folder. Pagefind splits the index by
 * `<html lang>`, so each language searches only its own pages. Norwegian and Swedish join words
 * ("byggingeniør"), which Pagefind cannot split; the index gets each page with its compounds
 * joined at the parts its language's Hunspell dictionary knows ("bygg_ingeniør"), so
 * "ingeniør" finds them; blocks are kept apart by a space so excerpts do not run words
 * together. The pages are not changed. An empty index is an error. Pagefind has no incremental
 * mode: it indexes every page each time, from search copies that with a `cacheDir` only changed
 * pages needed rewriting for, and files of its index that came out the same are left untouched.
 *
 * It runs after Astro has exited rather than as Astro's last step, so that Pagefind's memory
 * (about 0.7 GB for 10,000 pages) does not come on top of Astro's.
 */
export async function indexSearch(
  site: string,
  { cacheDir, log = console.log }: { cacheDir?: string; log?: (line: string) => void } = {},
): Promise<SearchIndexReport> {
  const started = performance.now()
  const { index, errors } = await createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  // Pagefind runs as a separate process: it is stopped whether indexing worked or not.
  const copies = await searchCopies(site, cacheDir)
  const written = path.join(site, `.${searchFolder}-new`)
  try {
    // Pagefind reads a folder of search copies three times faster than the same pages sent one
    // by one, and indexes them in the same order however they were written.
    const added = await index.addDirectory({ path: copies.dir })
    if (added.errors.length > 0) throw new Error(added.errors.join('; '))
    if (added.page_count === 0)
      throw new Error('Pagefind indexed no pages: the search index would be empty.')
    await index.writeFiles({ outputPath: written })
    syncFolder(written, path.join(site, searchFolder))
    const total = performance.now() - started
    const ms = (time: number) => `${Math.round(time)} ms`
    // The build script reads this line (scripts/bench/timedBuild.ts).
    log(
      `search: indexed ${added.page_count} pages in ${ms(total)} (dictionaries ${ms(copies.dictionariesMs)}, ${copies.written} search copies written in ${ms(copies.copiesMs)}, Pagefind ${ms(total - copies.dictionariesMs - copies.copiesMs)})`,
    )
    return { pages: added.page_count, ms: Math.round(total) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Building the search index failed: ${reason}`, { cause: error })
  } finally {
    copies.done()
    fs.rmSync(written, { recursive: true, force: true })
    await close()
  }
}
