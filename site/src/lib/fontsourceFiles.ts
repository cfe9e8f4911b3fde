import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { FontProvider } from 'astro'

const require = createRequire(import.meta.url)

/**
 * An Astro font provider for an installed Fontsource variable package: one face per subset asked
 * for, from the package's own files and unicode ranges, each marked with its subset so only the
 * ones a page needs at once (Latin) are preloaded. Nothing is fetched from the network.
 */
export function fontsourceFiles(): FontProvider<{ package: string }> {
  return {
    name: 'fontsource-files',
    resolveFont: ({ familyName, subsets, options }) => {
      if (!options) throw new Error(`Name the Fontsource package of ${familyName}`)
      const dir = path.dirname(require.resolve(`${options.package}/package.json`))
      const ranges = JSON.parse(fs.readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<
        string,
        string
      >
      const slug = path.basename(options.package)
      return {
        fonts: subsets.map((subset) => {
          const range = ranges[subset]
          if (!range) throw new Error(`${options.package} has no "${subset}" subset`)
          return {
            weight: [200, 900],
            style: 'normal',
            src: [
              {
                url: path.join(dir, 'files', `${slug}-${subset}-wght-normal.woff2`),
                format: 'woff2',
              },
            ],
            unicodeRange: range.split(','),
            meta: { subset },
          }
        }),
      }
    },
  }
}
