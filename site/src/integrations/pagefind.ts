import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Locale } from '@talentregion/shared/locales'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

import { markCompounds, vocabulary, wordsOf } from '../lib/compounds'
import { htmlFiles } from '../lib/htmlFiles'
import { mapPageText, pageLocale, pageText, separateBlocks, withOwnTitle } from '../lib/searchText'

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
          const pages = htmlFiles(site).map((file) => {
            const html = fs.readFileSync(file, 'utf8')
            return { file, html, locale: pageLocale(html) }
          })
          // The words each language's pages use, from which the compounds' parts are known.
          const words = new Map<Locale, string[]>()
          for (const { html, locale } of pages) {
            if (!locale) continue
            const list = words.get(locale) ?? []
            for (const text of pageText(html)) for (const word of wordsOf(text)) list.push(word)
            words.set(locale, list)
          }
          const stems = new Map(
            [...words].map(([locale, list]) => [locale, vocabulary(list, locale)] as const),
          )
          let indexed = 0
          for (const { file, html, locale } of pages) {
            const known = locale ? stems.get(locale) : undefined
            const added = await index.addHTMLFile({
              sourcePath: path.relative(site, file),
              content: known
                ? withOwnTitle(
                    html,
                    separateBlocks(mapPageText(html, (text) => markCompounds(text, known))),
                  )
                : separateBlocks(html),
            })
            if (added.errors.length > 0)
              throw new Error(`Pagefind failed on ${file}: ${added.errors.join('; ')}`)
            indexed += 1
          }
          if (indexed === 0)
            throw new Error('Pagefind indexed no pages: the search index would be empty.')
          await index.writeFiles({ outputPath: `${site}/pagefind` })
          logger.info(`indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms`)
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
