import type { Locale } from '@talentregion/shared/locales'

/**
 * Endings a Norwegian or Swedish noun takes (definite, plural), so "ingeniører" also teaches
 * the stem "ingeniør". English compounds are written apart and get none.
 */
const inflections: Record<Locale, string[]> = {
  nb: ['ene', 'ane', 'er', 'ar', 'en', 'et', 'a', 'e'],
  sv: ['erna', 'arna', 'orna', 'na', 'er', 'ar', 'or', 'en', 'et', 'n'],
  en: [],
}

/**
 * The shortest part worth splitting off ("bygg", "jobb"), in front and behind: shorter ones
 * split too much ("inn-landet", "sam-arbeid").
 */
const shortestPart = 4

/** The words a text is made of, in lower case. */
export const wordsOf = (text: string) => text.toLocaleLowerCase().match(/\p{L}+/gu) ?? []

/**
 * The stems the site's own pages use in one language: every word of four letters or more, and
 * the same word without its inflection ending. Parts of compounds are looked up here, so the
 * decompounder knows only words the site itself writes (no dictionary to keep).
 */
export function vocabulary(
  words: Iterable<string>,
  locale: Locale,
  stems = new Set<string>(),
): Set<string> {
  for (const word of words) {
    if (word.length < shortestPart) continue
    stems.add(word)
    for (const ending of inflections[locale])
      if (word.endsWith(ending) && word.length - ending.length >= shortestPart)
        stems.add(word.slice(0, -ending.length))
  }
  return stems
}

/** Letters Norwegian and Swedish put between the parts of a compound ("produksjon-s-ingeniør"). */
const linkingLetters = ['s', 'e']

const isStem = (part: string, stems: ReadonlySet<string>) =>
  stems.has(part) ||
  linkingLetters.some((letter) => part.endsWith(letter) && stems.has(part.slice(0, -1)))

/** A tail this long is distinctive enough ("ingeniør", "företag") to split off on its own. */
const distinctiveTail = 6

/**
 * A compound's parts, trying the longest known tail first: "byggingeniører" → ["bygg",
 * "ingeniører"], "produktionsingenjör" → ["produktions", "ingenjör"]. A short tail is split off
 * only when the front is a known stem too (it may end in a linking s or e), so "ordningen" is
 * not cut into "ordn" and "ingen". Anything else comes back whole.
 */
export function compoundParts(word: string, stems: ReadonlySet<string>): string[] {
  return split(word, stems) ?? [word]
}

function split(word: string, stems: ReadonlySet<string>): string[] | null {
  const lower = word.toLocaleLowerCase()
  for (let cut = shortestPart; cut <= lower.length - shortestPart; cut++) {
    // Inside a longer compound the tail may carry a linking letter too ("civil-ingenjörs-examen").
    const tail = lower.slice(cut)
    if (!isStem(tail, stems)) continue
    const head = word.slice(0, cut)
    const headParts = isStem(head.toLocaleLowerCase(), stems) ? [head] : split(head, stems)
    if (headParts) return [...headParts, word.slice(cut)]
    if (tail.length >= distinctiveTail) return [head, word.slice(cut)]
  }
  return null
}

/**
 * Where the search copy of a page joins a compound's parts. Pagefind indexes a word joined by
 * ASCII punctuation both whole and by its parts, so a search for "ingeniør" finds
 * "bygg_ingeniør"; an underscore, unlike a hyphen, never stands between letters in our prose,
 * so the excerpt a visitor sees can take it out again.
 */
const joint = '_'

/**
 * Text with each compound's parts joined by the marker Pagefind splits at ("bygg_ingeniør").
 * `seen` keeps words already split with these stems: a site writes the same words again and
 * again.
 */
export function markCompounds(
  text: string,
  stems: ReadonlySet<string>,
  seen = new Map<string, string>(),
): string {
  return text.replace(/\p{L}{8,}/gu, (word) => {
    let marked = seen.get(word)
    if (marked === undefined) {
      marked = compoundParts(word, stems).join(joint)
      seen.set(word, marked)
    }
    return marked
  })
}

/** Text from the search copy as the page wrote it ("byggingeniør"). */
export const unmarkCompounds = (text: string) =>
  text.replace(new RegExp(`(?<=\\p{L})${joint}(?=\\p{L})`, 'gu'), '')
