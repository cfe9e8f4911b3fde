import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Locale } from '@talentregion/shared/locales'

import { markCompounds, vocabulary, wordsOf } from './compounds'
import { htmlFiles } from './outputFiles'
import { factsFile, PageFacts } from './pageFacts'
import {
  mapPageText,
  pageLocale,
  pageText,
  searchablePart,
  separateBlocks,
  withOwnTitle,
} from './searchText'

/** What the search copies need to know of a page without reading it again. */
interface PageWords {
  locale: Locale | null
  /** The words the page shows, each once, in lower case, separated by spaces. */
  words: string
  searchable: boolean
}

/** How each long word was marked last time, per language, and whether any page was searchable. */
interface Marks {
  searchable: boolean
  words: Partial<Record<Locale, Record<string, string>>>
}

export interface SearchCopies {
  /** The folder Pagefind indexes. */
  dir: string
  /** Search copies written by this build. */
  written: number
  /** Milliseconds learning the vocabulary, and writing copies. */
  vocabularyMs: number
  copiesMs: number
  /** Removes the folder unless it is kept for the next build. */
  done: () => void
}

// Change when PageWords or Marks change shape or meaning.
const format = 1

/**
 * The search copy of every page: its language and searchable part, with compounds joined at
 * parts the site's own vocabulary knows (see searchIndex.ts). With a build cache, the copies and
 * what they were made from are kept, and a copy is written again only when its page changed
 * or a word on it is now split differently (the vocabulary gained or lost a part of it), so the
 * copies are the same as a full build's while a one-page change rewrites a handful.
 */
export function searchCopies(site: string, cacheDir?: string): SearchCopies {
  const started = performance.now()
  const facts = new PageFacts<PageWords>(factsFile(cacheDir, 'search-pages'), format)
  const marksFile = factsFile(cacheDir, 'search-marks')
  const kept = marksFile && facts.hadCache ? readMarks(marksFile) : null
  const dir = marksFile
    ? path.join(path.dirname(marksFile), 'search-copies')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-search-'))
  if (!kept) fs.rmSync(dir, { recursive: true, force: true })

  const pages = htmlFiles(site).map((file) => ({ file, ...facts.of(file, readWords) }))
  const stems = new Map<Locale, Set<string>>()
  for (const { facts: page } of pages) {
    if (!page.locale) continue
    const known = stems.get(page.locale) ?? new Set<string>()
    vocabulary(page.words.split(' '), page.locale, known)
    stems.set(page.locale, known)
  }
  const searchable = pages.some((page) => page.facts.searchable)
  const learned = performance.now()

  const { seen, resplit } = remark(stems, kept)
  const all = !kept || kept.searchable !== searchable
  const uses = (words: string) => resplit.size > 0 && words.split(' ').some((w) => resplit.has(w))

  let written = 0
  for (const { file, facts: page, changed } of pages) {
    if (!all && !changed && !uses(page.words)) continue
    const copy = path.join(dir, path.relative(site, file))
    const locale = page.locale && stems.has(page.locale) ? page.locale : null
    const content = searchCopy(fs.readFileSync(file, 'utf8'), {
      searchable,
      stems: locale && stems.get(locale),
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
  if (marksFile) {
    // Marks first: stopped between the two, the next build finds the pages' facts of the build
    // before and reads the pages again, rather than trusting marks that lack their words.
    const words = Object.fromEntries(
      [...seen].map(([locale, marks]) => [locale, Object.fromEntries(marks)]),
    )
    fs.writeFileSync(marksFile, JSON.stringify({ searchable, words } satisfies Marks))
    facts.save()
  }
  return {
    dir,
    written,
    vocabularyMs: learned - started,
    copiesMs: performance.now() - learned,
    done: () => {
      if (!marksFile) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * How each word seen before is marked with the stems of now; words marked otherwise than last
 * time are the ones whose pages need new copies.
 */
function remark(
  stems: Map<Locale, Set<string>>,
  kept: Marks | null,
): { seen: Map<Locale, Map<string, string>>; resplit: Set<string> } {
  const seen = new Map<Locale, Map<string, string>>()
  const resplit = new Set<string>()
  for (const [locale, known] of stems) {
    const marks = new Map(Object.entries(kept?.words[locale] ?? {}))
    for (const [word, before] of marks) {
      const now = markCompounds(word, known)
      if (now === before) continue
      marks.set(word, now)
      resplit.add(word.toLocaleLowerCase())
    }
    seen.set(locale, marks)
  }
  return { seen, resplit }
}

/**
 * What Pagefind gets of a page: its searchable part (the whole page on a site that marks none)
 * with compounds marked by the stems of its language; null for a page with nothing to find.
 */
function searchCopy(
  html: string,
  {
    searchable,
    stems,
    seen,
  }: { searchable: boolean; stems?: Set<string> | null; seen?: Map<string, string> | null },
): string | null {
  const part = searchable ? searchablePart(html) : html
  if (part === null) return null
  if (!stems) return separateBlocks(part)
  const marked = mapPageText(part, (text) => markCompounds(text, stems, seen ?? undefined))
  return withOwnTitle(html, separateBlocks(marked))
}

function readWords(html: string): PageWords {
  const locale = pageLocale(html)
  const words = new Set<string>()
  for (const text of pageText(html)) for (const word of wordsOf(text)) words.add(word)
  return { locale, words: [...words].join(' '), searchable: searchablePart(html) !== null }
}

function readMarks(file: string): Marks | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Marks
  } catch {
    return null
  }
}
