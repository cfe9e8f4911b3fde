/**
 * Letters that Unicode decomposition does not turn into ASCII (ø, æ, ß…) or that Nordic readers
 * expect spelled a particular way. NFKD would leave ø and æ untouched.
 */
const transliterations: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  œ: 'oe',
  ł: 'l',
}

const maxLength = 80

/** Turns a title in any of our languages into a URL slug: lowercase ASCII words joined by '-'. */
export function slugify(input: string): string {
  const lowered = input.toLocaleLowerCase('nb')
  const transliterated = Array.from(lowered, (ch) => transliterations[ch] ?? ch).join('')
  const ascii = transliterated.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '')
}

/** What a valid slug looks like; editors who override one must match it. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
