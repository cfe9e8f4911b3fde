import { createHash } from 'node:crypto'

import type { Locale } from '@talentregion/shared/locales'

import { dictionaryLexicon, type Lexicon } from './compounds'
import { readHunspell } from './hunspell'

interface DictionaryFiles {
  aff: Uint8Array
  dic: Uint8Array
}

/**
 * The Hunspell dictionaries compounds are split with: Norwegian bokmål from the spell-norwegian
 * project, Swedish from Den stora svenska ordlistan, as packaged by wooorm/dictionaries.
 * English writes its compounds apart.
 */
const packages: Record<Locale, (() => Promise<{ default: DictionaryFiles }>) | null> = {
  nb: () => import('dictionary-nb'),
  sv: () => import('dictionary-sv'),
  en: null,
}

/** The compound lexicons of the site's languages, each read from its dictionary when first asked. */
export interface Lexicons {
  /** Tells the dictionaries apart: search copies made with others are made again. */
  fingerprint: string
  /** The lexicon of a language; null where its compounds are not split. */
  of: (locale: Locale) => Lexicon | null
  /** Milliseconds spent reading dictionaries so far. */
  readMs: () => number
}

/** Loads the dictionaries' files (they are read into lexicons only when a page needs one). */
export async function loadLexicons(): Promise<Lexicons> {
  const files = new Map<Locale, DictionaryFiles>()
  const hash = createHash('sha256')
  for (const [locale, load] of Object.entries(packages) as [Locale, (typeof packages)[Locale]][]) {
    if (!load) continue
    const { default: dictionary } = await load()
    files.set(locale, dictionary)
    hash.update(locale).update(dictionary.aff).update(dictionary.dic)
  }
  const lexicons = new Map<Locale, Lexicon>()
  let readMs = 0
  return {
    fingerprint: hash.digest('hex').slice(0, 16),
    of(locale) {
      const known = lexicons.get(locale)
      if (known) return known
      const dictionary = files.get(locale)
      if (!dictionary) return null
      const started = performance.now()
      const text = new TextDecoder()
      const lexicon = dictionaryLexicon(
        readHunspell(text.decode(dictionary.aff), text.decode(dictionary.dic)),
      )
      readMs += performance.now() - started
      lexicons.set(locale, lexicon)
      return lexicon
    },
    readMs: () => readMs,
  }
}
