import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { writtenThisBuild } from '../lib/buildStart'
import { htmlFiles } from '../lib/outputFiles'

// Astro writes this rule just before a page's first island, inside <body>, where HTML allows a
// <style> only as the first child of its parent; in <head> it means the same and is valid.
const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'

/** Moves Astro's island rule into <head>, so pages with islands pass the HTML checker. */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'talentregion:island-style-in-head',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          // A page kept from the last build had its rule moved then.
          if (!writtenThisBuild(fs.statSync(file).mtimeMs)) continue
          const html = fs.readFileSync(file, 'utf8')
          if (!html.includes(islandStyle)) continue
          const moved = html.replaceAll(islandStyle, '').replace('</head>', `${islandStyle}</head>`)
          fs.writeFileSync(file, moved)
        }
      },
    },
  }
}
