/**
 * Just enough of Hunspell to tell which words a compound may be made of: a dictionary's words,
 * their affixes (prefix, suffix, both where the affix allows it) and its compound flags. No
 * spelling suggestions, no morphology.
 */

interface Affix {
  flag: string
  /** What the affix takes off the stem, and what it puts on instead. */
  strip: string
  add: string
  /** Flags the affixed form carries (Hunspell's continuation classes). */
  cont: string
  /** Whether a prefix and a suffix may both go on the same stem. */
  cross: boolean
  /** What the stem must look like next to the affix; null for anything. */
  condition: RegExp | null
}

/** The compound rules of an affix file that a decompounder needs. */
export interface CompoundFlags {
  /** A word that may stand anywhere in a compound (COMPOUNDFLAG). */
  any?: string
  /** Words (or affixed forms) that may stand first, inside or last (COMPOUNDBEGIN, …). */
  begin?: string
  middle?: string
  end?: string
  /** An affix that may stand inside a compound ("vård-s-"), COMPOUNDPERMITFLAG. */
  permit?: string
  /** A form that exists only inside compounds (ONLYINCOMPOUND). */
  onlyInCompound?: string
  /** Forms that are never words, or words only with an affix (FORBIDDENWORD, NEEDAFFIX). */
  forbidden?: string
  needAffix?: string
  /** The shortest part of a compound (COMPOUNDMIN), 3 when the file does not say. */
  shortest: number
}

/** One reading of a form: the flags of its stem, and of the affixes it carries. */
export interface Reading {
  flags: string
  cont: string
  prefixed: boolean
  suffixed: boolean
}

/** A Hunspell dictionary read into memory, looked up in lower case. */
export interface HunspellDictionary {
  compound: CompoundFlags
  /** Every way `form` (lower case) is a word of the dictionary. */
  readings: (form: string) => Reading[]
}

const has = (flags: string, flag: string | undefined) => flag !== undefined && flags.includes(flag)

/** Reads a dictionary from its `.aff` and `.dic` files (UTF-8, one-character flags). */
export function readHunspell(aff: string, dic: string): HunspellDictionary {
  const { compound, prefixes, suffixes } = readAffixes(aff)
  const words = readWords(dic)
  const longestSuffix = Math.max(0, ...[...suffixes.keys()].map((add) => add.length))
  const longestPrefix = Math.max(0, ...[...prefixes.keys()].map((add) => add.length))

  const stemFlags = (stem: string) => words.get(stem)

  function suffixReadings(form: string, readings: Reading[], prefix?: Affix) {
    for (let length = 0; length <= Math.min(longestSuffix, form.length - 1); length++) {
      const rules = suffixes.get(form.slice(form.length - length))
      if (!rules) continue
      for (const rule of rules) {
        if (prefix && !(rule.cross && prefix.cross)) continue
        const stem = form.slice(0, form.length - length) + rule.strip
        if (rule.condition && !rule.condition.test(stem)) continue
        const flags = stemFlags(stem)
        if (flags === undefined || !flags.includes(rule.flag)) continue
        if (prefix && !flags.includes(prefix.flag)) continue
        readings.push({
          flags,
          cont: rule.cont + (prefix?.cont ?? ''),
          prefixed: prefix !== undefined,
          suffixed: true,
        })
      }
    }
  }

  return {
    compound,
    readings(form) {
      const readings: Reading[] = []
      const own = stemFlags(form)
      if (own !== undefined && !has(own, compound.needAffix))
        readings.push({ flags: own, cont: '', prefixed: false, suffixed: false })
      suffixReadings(form, readings)
      for (let length = 1; length <= Math.min(longestPrefix, form.length - 1); length++) {
        for (const rule of prefixes.get(form.slice(0, length)) ?? []) {
          const stem = rule.strip + form.slice(length)
          if (rule.condition && !rule.condition.test(stem)) continue
          const flags = stemFlags(stem)
          if (flags?.includes(rule.flag))
            readings.push({ flags, cont: rule.cont, prefixed: true, suffixed: false })
          suffixReadings(stem, readings, rule)
        }
      }
      return readings.filter((reading) => !has(reading.flags + reading.cont, compound.forbidden))
    },
  }
}

function readAffixes(aff: string) {
  const compound: CompoundFlags = { shortest: 3 }
  const prefixes = new Map<string, Affix[]>()
  const suffixes = new Map<string, Affix[]>()
  const cross = new Map<string, boolean>()
  const keys: Record<string, keyof Omit<CompoundFlags, 'shortest'>> = {
    COMPOUNDFLAG: 'any',
    COMPOUNDBEGIN: 'begin',
    COMPOUNDMIDDLE: 'middle',
    COMPOUNDEND: 'end',
    COMPOUNDPERMITFLAG: 'permit',
    ONLYINCOMPOUND: 'onlyInCompound',
    FORBIDDENWORD: 'forbidden',
    NEEDAFFIX: 'needAffix',
  }
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/)
    const [directive, first, second, third, fourth] = fields
    if (!directive || !first) continue
    const key = keys[directive]
    if (key) compound[key] = first
    else if (directive === 'COMPOUNDMIN') compound.shortest = Number(first)
    else if ((directive === 'PFX' || directive === 'SFX') && second !== undefined) {
      // A header ("SFX f Y 2") says whether the affix combines; a rule follows it per line.
      if (fourth === undefined && /^\d+$/.test(third ?? '')) {
        cross.set(`${directive}${first}`, second === 'Y')
        continue
      }
      if (third === undefined) continue
      const [add = '', cont = ''] = third.split('/')
      const rule: Affix = {
        flag: first,
        strip: second === '0' ? '' : second.toLocaleLowerCase(),
        add: add === '0' ? '' : add.toLocaleLowerCase(),
        cont,
        cross: cross.get(`${directive}${first}`) ?? false,
        condition:
          fourth === undefined || fourth === '.'
            ? null
            : new RegExp(directive === 'SFX' ? `${fourth}$` : `^${fourth}`, 'u'),
      }
      const byAdd = directive === 'SFX' ? suffixes : prefixes
      byAdd.set(rule.add, [...(byAdd.get(rule.add) ?? []), rule])
    }
  }
  return { compound, prefixes, suffixes }
}

/** The dictionary's words in lower case, each with the flags of all its entries. */
function readWords(dic: string): Map<string, string> {
  const words = new Map<string, string>()
  const lines = dic.split('\n')
  // The first line is the number of entries; entries with a space are phrases ("ad hoc").
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '' || line.includes(' ') || line.includes('\t')) continue
    const slash = line.indexOf('/')
    const word = (slash === -1 ? line : line.slice(0, slash)).toLocaleLowerCase()
    const flags = slash === -1 ? '' : line.slice(slash + 1).trim()
    const before = words.get(word)
    words.set(word, before === undefined ? flags : before + flags)
  }
  return words
}
