import type { HunspellDictionary, Reading } from './hunspell'

/**
 * The shortest part worth splitting off ("sol", "ski", "mat" in front; "hus", "dag" behind).
 * Shorter than the Norwegian dictionary's own minimum of four letters, which leaves "solkraft"
 * and "skiløypa" whole; two letters split particles off ("ut-danning").
 */
const shortestPart = 3

/** Letters Norwegian and Swedish put between the parts of a compound ("produksjon-s-ingeniør"). */
const linkingLetter = /[se]$/

/** What a compound may be made of, by one language's dictionary. */
export interface Lexicon {
  /** Whether `part` (lower case) may stand first, or inside, in front of another part. */
  before: (part: string, first: boolean) => boolean
  /** Whether `part` (lower case) may end a compound, inflected or not. */
  last: (part: string) => boolean
}

const has = (flags: string, flag: string | undefined) => flag !== undefined && flags.includes(flag)

/**
 * The parts of compounds a Hunspell dictionary allows, by its compound flags (Swedish:
 * COMPOUNDBEGIN, -MIDDLE, -END and its own linking forms, "vårds-", "kyrko-"; Norwegian:
 * COMPOUNDFLAG). The Norwegian dictionary lists compounds whole and has no linking forms, so
 * a word flagged for compounds may also take a linking s or e in front of another part
 * ("produksjons-ingeniør"), as may a word whose form with an s the dictionary lists itself
 * ("arbeids-").
 */
export function dictionaryLexicon(dictionary: HunspellDictionary): Lexicon {
  const { compound } = dictionary
  const plain = (reading: Reading) => !reading.prefixed && !reading.suffixed
  // Hunspell's rules: an affix inside a compound needs COMPOUNDPERMITFLAG, except a suffix on
  // a middle part and on the last one; a form that exists only in compounds never ends one.
  const mayStand = (reading: Reading, first: boolean) => {
    const flags = reading.flags + reading.cont
    if (!has(flags, compound.any) && !has(flags, first ? compound.begin : compound.middle))
      return false
    if (first ? reading.suffixed : reading.prefixed) return has(reading.cont, compound.permit)
    return true
  }
  const mayEnd = (reading: Reading) => {
    const flags = reading.flags + reading.cont
    if (!has(flags, compound.any) && !has(flags, compound.end)) return false
    if (reading.prefixed && !has(reading.cont, compound.permit)) return false
    return !has(reading.cont, compound.onlyInCompound)
  }
  const linked = (part: string, first: boolean) => {
    if (!linkingLetter.test(part) || part.length <= shortestPart) return false
    const stem = dictionary.readings(part.slice(0, -1)).filter(plain)
    if (stem.some((reading) => mayStand(reading, first))) return true
    return part.endsWith('s') && stem.length > 0 && dictionary.readings(part).some(plain)
  }
  return {
    before: remembered(
      (part: string, first: boolean) =>
        dictionary.readings(part).some((reading) => mayStand(reading, first)) ||
        linked(part, first),
    ),
    last: remembered((part: string) => dictionary.readings(part).some(mayEnd)),
  }
}

/**
 * A lookup that remembers its answers: the same parts come up in word after word. It forgets
 * them all now and then, so a large site does not keep every piece of every word.
 */
function remembered<Args extends [string, ...boolean[]]>(
  lookup: (...args: Args) => boolean,
): (...args: Args) => boolean {
  let answers = new Map<string, boolean>()
  return (...args) => {
    const key = args.join(' ')
    let answer = answers.get(key)
    if (answer === undefined) {
      if (answers.size >= 100_000) answers = new Map()
      answer = lookup(...args)
      answers.set(key, answer)
    }
    return answer
  }
}

/**
 * A compound's parts: the longest last part the dictionary knows ("intensivvårds" +
 * "sjuksköterska", so a search for "sjuksköterska" finds it), and in front of it as many parts
 * as the dictionary allows ("intensiv" + "vårds"), since every part's start is then found by
 * the start of a search word. Anything else comes back whole.
 */
export function compoundParts(word: string, lexicon: Lexicon): string[] {
  const lower = word.toLocaleLowerCase()
  const known = new Map<number, number[] | null>()
  // Where the front `lower.slice(0, end)` is cut into the most parts; null where it cannot be.
  const front = (end: number): number[] | null => {
    const before = known.get(end)
    if (before !== undefined) return before
    let best: number[] | null = lexicon.before(lower.slice(0, end), true) ? [] : null
    for (let cut = shortestPart; cut <= end - shortestPart; cut++) {
      if (!lexicon.before(lower.slice(cut, end), false)) continue
      const rest = front(cut)
      if (rest && (!best || rest.length + 1 > best.length)) best = [...rest, cut]
    }
    known.set(end, best)
    return best
  }
  for (let cut = shortestPart; cut <= lower.length - shortestPart; cut++) {
    if (!lexicon.last(lower.slice(cut))) continue
    const fronts = front(cut)
    if (!fronts) continue
    const cuts = [...fronts, cut]
    return [0, ...cuts].map((from, i) => word.slice(from, cuts[i]))
  }
  return [word]
}

/**
 * Where the search copy of a page joins a compound's parts. Pagefind indexes a word joined by
 * ASCII punctuation both whole and by its parts, so a search for "ingeniør" finds
 * "bygg_ingeniør"; an underscore, unlike a hyphen, never stands between letters in our prose,
 * so the excerpt a visitor sees can take it out again.
 */
const joint = '_'

/** Words this long or longer are looked at: shorter ones are seldom compounds of two words. */
const shortestCompound = 8

/**
 * Text with each compound's parts joined by the marker Pagefind splits at ("bygg_ingeniør").
 * `seen` keeps words already split: a site writes the same words again and again.
 */
export function markCompounds(
  text: string,
  lexicon: Lexicon,
  seen = new Map<string, string>(),
): string {
  return text.replace(new RegExp(`\\p{L}{${shortestCompound},}`, 'gu'), (word) => {
    let marked = seen.get(word)
    if (marked === undefined) {
      marked = compoundParts(word, lexicon).join(joint)
      seen.set(word, marked)
    }
    return marked
  })
}

/** Text from the search copy as the page wrote it ("byggingeniør"). */
export const unmarkCompounds = (text: string) =>
  text.replace(new RegExp(`(?<=\\p{L})${joint}(?=\\p{L})`, 'gu'), '')
