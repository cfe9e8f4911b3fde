const nbsp = '\u00a0'

// "10 000", "4 000–5 000", "+47 400 00 000": a digit, a space, and a group of three digits.
const digitGroup = /(\d) (?=\d{3}(?!\d))/g
// "25 %", "40 km", "500 kr", "3 mil": a number and the unit after it.
const numberAndUnit =
  /(\d) (?=(?:%|‰|km|m²|m|kg|kr|NOK|SEK|EUR|mil|min|kWh|MWh|MW|GW)(?![\p{L}\d]))/gu

// "+47 400 00 000", "+46 23 10 00 00": a phone number's groups after its country code.
const phoneNumber = /\+\d{1,3}(?: \d{2,4})+/g

/**
 * Text with non-breaking spaces where a line break would split a number ("10 000" across two
 * lines, a phone number) or part a number from its unit. Everything else is left as written.
 */
export function keepNumbersTogether(text: string): string {
  return text
    .replace(phoneNumber, (number) => number.replaceAll(' ', nbsp))
    .replace(digitGroup, `$1${nbsp}`)
    .replace(numberAndUnit, `$1${nbsp}`)
}

/** The same, for every string in a value (a snapshot, say); objects and arrays are copied. */
export function keepNumbersTogetherIn<T>(value: T): T {
  if (typeof value === 'string') return keepNumbersTogether(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => keepNumbersTogetherIn(item)) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, keepNumbersTogetherIn(item)]),
    ) as T
  return value
}
