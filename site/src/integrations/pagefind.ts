import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

import { searchFolder } from '../lib/outputFolders'
import { searchCopies } from '../lib/searchCopies'
import { syncFolder } from '../lib/syncFolder'

/**
 * Indexes the built site with Pagefind after Astro writes it. Pagefind splits the index by
 * `<html lang>`, so each language searches only its own pages. Norwegian and Swedish join words
 * ("byggingeniør"), which Pagefind cannot split; the index gets each page with its compounds
 * joined at parts the site's own vocabulary knows ("bygg_ingeniør"), so "ingeniør" finds
 * them; blocks are kept apart by a space so excerpts do not run words together. The pages on
 * disk are not changed. An empty index fails the build. Pagefind has no incremental mode: it
 * indexes every page each time, from search copies only changed pages needed rewriting for,
 * and files of its index that came out the same are left untouched in the output.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'talentregion:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const site = fileURLToPath(dir)
        const { index, errors } = await createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        // Pagefind runs as a separate process: it is stopped whether indexing worked or not.
        const copies = searchCopies(site)
        const written = path.join(site, `.${searchFolder}-new`)
        try {
          // Pagefind reads a folder of search copies three times faster than the same pages sent
          // one by one, and indexes them in the same order however they were written.
          const added = await index.addDirectory({ path: copies.dir })
          if (added.errors.length > 0) throw new Error(added.errors.join('; '))
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no pages: the search index would be empty.')
          await index.writeFiles({ outputPath: written })
          syncFolder(written, path.join(site, searchFolder))
          const ms = (time: number) => `${Math.round(time)} ms`
          logger.info(
            `indexed ${added.page_count} pages in ${ms(performance.now() - started)} (vocabulary ${ms(copies.vocabularyMs)}, ${copies.written} search copies written in ${ms(copies.copiesMs)}, Pagefind ${ms(performance.now() - started - copies.vocabularyMs - copies.copiesMs)})`,
          )
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(`Building the search index failed: ${reason}`, { cause: error })
        } finally {
          copies.done()
          fs.rmSync(written, { recursive: true, force: true })
          await close()
        }
      },
    },
  }
}
