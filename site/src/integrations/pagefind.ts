import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Locale } from '@talentregion/shared/locales'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

import { markCompounds, vocabulary, wordsOf } from '../lib/compounds'
import { htmlFiles } from '../lib/htmlFiles'
import {
  mapPageText,
  pageLocale,
  pageText,
  searchablePart,
  separateBlocks,
  withOwnTitle,
} from '../lib/searchText'

/**
 * Indexes the built site with Pagefind after Astro writes it. Pagefind splits the index by
 * `<html lang>`, so each language searches only its own pages. Norwegian and Swedish join words
 * ("byggingeniør"), which Pagefind cannot split; the index gets each page with its compounds
 * joined at parts the site's own vocabulary knows ("bygg_ingeniør"), so "ingeniør" finds
 * them; blocks are kept apart by a space so excerpts do not run words together. The pages on
 * disk are not changed. An empty index fails the build.
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
        try {
          const files = htmlFiles(site)
          // The words each language's pages use, from which the compounds' parts are known.
          // Pages are read twice rather than held: ten thousand pages are hundreds of megabytes.
          const stems = new Map<Locale, Set<string>>()
          let searchable = false
          for (const file of files) {
            const html = fs.readFileSync(file, 'utf8')
            searchable ||= searchablePart(html) !== null
            const locale = pageLocale(html)
            if (!locale) continue
            const known = stems.get(locale) ?? new Set<string>()
            for (const text of pageText(html)) vocabulary(wordsOf(text), locale, known)
            stems.set(locale, known)
          }
          const learned = performance.now()
          const seen = new Map<Locale, Map<string, string>>()
          const searchCopy = (html: string): string | null => {
            // A site without a marked searchable part has every page indexed whole.
            const part = searchable ? searchablePart(html) : html
            if (part === null) return null
            const locale = pageLocale(html)
            const known = locale ? stems.get(locale) : undefined
            if (!locale || !known) return separateBlocks(part)
            if (!seen.has(locale)) seen.set(locale, new Map())
            const marked = mapPageText(part, (text) => markCompounds(text, known, seen.get(locale)))
            return withOwnTitle(html, separateBlocks(marked))
          }
          // Pagefind reads a folder of search copies three times faster than the same pages sent
          // one by one, and indexes them in the same order however they were written.
          const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-search-'))
          let indexed = 0
          let copied = 0
          try {
            for (const file of files) {
              const content = searchCopy(fs.readFileSync(file, 'utf8'))
              if (content === null) continue
              const copy = path.join(copies, path.relative(site, file))
              fs.mkdirSync(path.dirname(copy), { recursive: true })
              fs.writeFileSync(copy, content)
            }
            copied = performance.now()
            const added = await index.addDirectory({ path: copies })
            if (added.errors.length > 0) throw new Error(added.errors.join('; '))
            indexed = added.page_count
          } finally {
            fs.rmSync(copies, { recursive: true, force: true })
          }
          if (indexed === 0)
            throw new Error('Pagefind indexed no pages: the search index would be empty.')
          await index.writeFiles({ outputPath: `${site}/pagefind` })
          const ms = (from: number, to: number) => `${Math.round(to - from)} ms`
          const done = performance.now()
          logger.info(
            `indexed ${indexed} pages in ${ms(started, done)} (vocabulary ${ms(started, learned)}, search copies ${ms(learned, copied)}, Pagefind ${ms(copied, done)})`,
          )
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(`Building the search index failed: ${reason}`, { cause: error })
        } finally {
          await close()
        }
      },
    },
  }
}
