/** `#RRGGBB`, the form designers copy from a brand book. */
export const hexColourPattern = /^#[0-9A-Fa-f]{6}$/

/** `C,M,Y,K` percentages, e.g. `0,64,96,0`. */
export const cmykPattern = /^(100|[1-9]?\d),(100|[1-9]?\d),(100|[1-9]?\d),(100|[1-9]?\d)$/

export function validateHexColour(value: unknown): string | true {
  return typeof value === 'string' && hexColourPattern.test(value)
    ? true
    : 'Enter the colour as #RRGGBB, e.g. #0B5D4B.'
}

export function validateCmyk(value: unknown): string | true {
  if (value === undefined || value === null || value === '') return true
  return typeof value === 'string' && cmykPattern.test(value.replace(/\s/g, ''))
    ? true
    : 'Enter CMYK as four percentages separated by commas, e.g. 0,64,96,0.'
}
