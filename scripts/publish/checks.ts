import fs from 'node:fs'
import path from 'node:path'

import { foldersWithoutPages } from '@talentregion/shared/outputFolders'

/** Every HTML file of a built site, as paths relative to its folder. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = []
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name)
      if (entry.isDirectory()) {
        if (relative !== '' || !foldersWithoutPages.has(entry.name)) walk(child)
      } else if (entry.name.endsWith('.html')) {
        found.push(child)
      }
    }
  }
  walk('')
  return found
}

/** How many pages a built site has (HTML files, 404 pages included). */
export const countPages = (dir: string) => htmlFiles(dir).length

/** Site-relative links and assets in a page: href, src and every srcset candidate. */
export function internalReferences(html: string): string[] {
  const references = new Set<string>()
  for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) references.add(match[1]!)
  for (const match of html.matchAll(/\ssrcset="([^"]+)"/g)) {
    match[1]!.split(',').forEach((candidate) => references.add(candidate.trim().split(/\s+/)[0]!))
  }
  return [...references].filter(
    (reference) => reference.startsWith('/') && !reference.startsWith('//'),
  )
}

function exists(dir: string, reference: string): boolean {
  const pathname = decodeURIComponent(reference.split(/[?#]/)[0]!)
  const target = path.join(dir, pathname)
  if (!target.startsWith(dir)) return false
  if (pathname.endsWith('/')) return fs.existsSync(path.join(target, 'index.html'))
  return fs.existsSync(target)
}

export interface CheckOptions {
  /** Pages in the live release, to compare against; null before the first release. */
  livePages: number | null
  /** An editor confirmed that a large drop in pages is intended. */
  confirmPageLoss?: boolean
  /** The share of pages a release may lose before it is held back. */
  maxLoss?: number
  /** A page's internal references, given the page and how to read it (default: read it). */
  referencesOf?: (page: string, read: () => string) => string[]
}

/**
 * Checks a built release before it may go live: no broken internal link or asset, no
 * suspicious loss of pages against the live site, and a search index with pages in it.
 * Returns the problems found; an empty list means the release may go live.
 */
export function checkRelease(
  dir: string,
  {
    livePages,
    confirmPageLoss = false,
    maxLoss = 0.25,
    referencesOf = (_page, read) => internalReferences(read()),
  }: CheckOptions,
): string[] {
  const problems: string[] = []
  const pages = htmlFiles(dir)
  const broken = new Map<string, string>()
  // Pages share most of their links (navigation, styles, fonts): each is looked up once.
  const found = new Set<string>()
  for (const page of pages) {
    const read = () => fs.readFileSync(path.join(dir, page), 'utf8')
    for (const reference of referencesOf(page, read)) {
      if (found.has(reference) || broken.has(reference)) continue
      if (exists(dir, reference)) found.add(reference)
      else broken.set(reference, `/${page}`)
    }
  }
  for (const [reference, page] of [...broken].slice(0, 20)) {
    problems.push(`Broken internal link or asset ${reference} (first seen on ${page})`)
  }
  if (broken.size > 20) problems.push(`…and ${broken.size - 20} more broken links`)
  if (livePages !== null && !confirmPageLoss && pages.length < livePages * (1 - maxLoss)) {
    problems.push(
      `The new release has ${pages.length} pages, the live site ${livePages}: more than ${Math.round(maxLoss * 100)} % would disappear. ` +
        'If that is intended, start the build again with "confirm page loss".',
    )
  }
  const entry = path.join(dir, 'pagefind', 'pagefind-entry.json')
  const languages = fs.existsSync(entry)
    ? Object.values(
        (
          JSON.parse(fs.readFileSync(entry, 'utf8')) as {
            languages: Record<string, { page_count: number }>
          }
        ).languages,
      )
    : []
  if (languages.reduce((sum, language) => sum + language.page_count, 0) === 0) {
    problems.push('The search index is empty.')
  }
  return problems
}
