import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

/**
 * Indexes the built site with Pagefind after Astro writes it. Pagefind splits the index by
 * `<html lang>`, so each language searches only its own pages. An empty index fails the build.
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
        const added = await index.addDirectory({ path: site })
        if (added.errors.length > 0) throw new Error(`Pagefind failed: ${added.errors.join('; ')}`)
        if (added.page_count === 0)
          throw new Error('Pagefind indexed no pages: the search index would be empty.')
        await index.writeFiles({ outputPath: `${site}/pagefind` })
        await close()
        logger.info(
          `indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
        )
      },
    },
  }
}
