import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Locale } from '@talentregion/shared/locales'

import { type Lexicon, markCompounds } from './compounds'
import { loadLexicons } from './dictionaries'
import { htmlFiles } from './outputFiles'
import { factsFile, PageFacts } from './pageFacts'
import { mapPageText, pageLocale, searchablePart, separateBlocks, withOwnTitle } from './searchText'

/** What the search copies need to know of a page without reading it again. */
interface PageSearch {
  searchable: boolean
}

/** What the last build's copies were made with. */
interface Made {
  searchable: boolean
  dictionaries: string
}

export interface SearchCopies {
  /** The folder Pagefind indexes. */
  dir: string
  /** Search copies written by this build. */
  written: number
  /** Milliseconds loading and reading dictionaries, and writing copies. */
  dictionariesMs: number
  copiesMs: number
  /** Removes the folder unless it is kept for the next build. */
  done: () => void
}

// Change when PageSearch or Made change shape or meaning, or compounds are split otherwise.
const format = 2

/**
 * The search copy of every page: its language and searchable part, with compounds joined at
 * the parts its language's dictionary knows (see searchIndex.ts). With a build cache, the
 * copies are kept, and a copy is written again only when its page changed: a page's copy
 * depends on the page and the dictionaries alone, so the copies are the same as a full
 * build's while a one-page change rewrites one.
 */
export async function searchCopies(site: string, cacheDir?: string): Promise<SearchCopies> {
  const started = performance.now()
  const lexicons = await loadLexicons()
  const loaded = performance.now()
  const facts = new PageFacts<PageSearch>(factsFile(cacheDir, 'search-pages'), format)
  const madeFile = factsFile(cacheDir, 'search-made')
  const made = madeFile && facts.hadCache ? readMade(madeFile) : null
  const dir = madeFile
    ? path.join(path.dirname(madeFile), 'search-copies')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-search-'))
  if (!made) fs.rmSync(dir, { recursive: true, force: true })

  const pages = htmlFiles(site).map((file) => ({
    file,
    ...facts.of(file, (html) => ({ searchable: searchablePart(html) !== null })),
  }))
  const searchable = pages.some((page) => page.facts.searchable)
  const all = !made || made.searchable !== searchable || made.dictionaries !== lexicons.fingerprint

  const seen = new Map<Locale, Map<string, string>>()
  let written = 0
  for (const { file, changed } of pages) {
    if (!all && !changed) continue
    const copy = path.join(dir, path.relative(site, file))
    const html = fs.readFileSync(file, 'utf8')
    const locale = pageLocale(html)
    const lexicon = locale && lexicons.of(locale)
    if (locale && !seen.has(locale)) seen.set(locale, new Map())
    const content = searchCopy(html, {
      searchable,
      lexicon,
      seen: locale && seen.get(locale),
    })
    if (content === null) {
      fs.rmSync(copy, { force: true })
      continue
    }
    fs.mkdirSync(path.dirname(copy), { recursive: true })
    fs.writeFileSync(copy, content)
    written += 1
  }
  for (const gone of facts.gone())
    fs.rmSync(path.join(dir, path.relative(site, gone)), { force: true })
  if (madeFile) {
    // This first: stopped between the two, the next build finds the pages' facts of the build
    // before and writes every copy again, rather than trusting copies it did not finish.
    fs.writeFileSync(
      madeFile,
      JSON.stringify({ searchable, dictionaries: lexicons.fingerprint } satisfies Made),
    )
    facts.save()
  }
  const dictionariesMs = loaded - started + lexicons.readMs()
  return {
    dir,
    written,
    dictionariesMs,
    copiesMs: performance.now() - started - dictionariesMs,
    done: () => {
      if (!madeFile) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * What Pagefind gets of a page: its searchable part (the whole page on a site that marks none)
 * with compounds marked by its language's lexicon; null for a page with nothing to find.
 */
function searchCopy(
  html: string,
  {
    searchable,
    lexicon,
    seen,
  }: { searchable: boolean; lexicon?: Lexicon | null; seen?: Map<string, string> | null },
): string | null {
  const part = searchable ? searchablePart(html) : html
  if (part === null) return null
  if (!lexicon) return separateBlocks(part)
  const marked = mapPageText(part, (text) => markCompounds(text, lexicon, seen ?? undefined))
  return withOwnTitle(html, separateBlocks(marked))
}

function readMade(file: string): Made | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Made
  } catch {
    return null
  }
}
