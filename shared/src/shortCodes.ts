/**
 * Placement short codes: what people type from a poster or a QR code reads. No characters that
 * look alike (0/O, 1/I/L), so a code read aloud or typed from a photo still works; codes are
 * case-insensitive and stored in capitals.
 */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const codeLength = 6

const codePattern = new RegExp(`^[${codeAlphabet}]{${codeLength}}$`)

/** A code as typed or scanned (`abc234`, ` ABC234 `) in its stored form, or null if it is none. */
export function normaliseCode(input: string): string | null {
  const code = input.trim().toUpperCase()
  return codePattern.test(code) ? code : null
}

/**
 * A new random code that `taken` does not know. Random rather than sequential, so codes do not
 * reveal how many placements a campaign has or invite guessing the next one.
 */
export function generateCode(
  taken: (code: string) => boolean,
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    // 248 is the largest multiple of 31 below 256: rejecting the rest keeps every letter equally likely.
    const picked: string[] = []
    while (picked.length < codeLength) {
      for (const byte of random(new Uint8Array(codeLength * 2))) {
        if (byte < 248 && picked.length < codeLength) picked.push(codeAlphabet[byte % 31]!)
      }
    }
    const code = picked.join('')
    if (!taken(code)) return code
  }
  throw new Error(
    'Could not find a free short code in 100 attempts; the code space is nearly full.',
  )
}

/** The spellings a static host gets a rule or page for: as printed, and as typed on a phone. */
export const codeSpellings = (code: string) => [code, code.toLowerCase()]

/** The short URL printed on a placement: `https://site/q/ABC234`. */
export const shortPath = (code: string) => `/q/${code}`
