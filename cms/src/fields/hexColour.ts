import type { PayloadRequest } from 'payload'

import { message } from '../config/adminMessages'

/** `#RRGGBB`, the form designers copy from a brand book. */
export const hexColourPattern = /^#[0-9A-Fa-f]{6}$/

/** `C,M,Y,K` percentages, e.g. `0,64,96,0`. */
export const cmykPattern = /^(100|[1-9]?\d),(100|[1-9]?\d),(100|[1-9]?\d),(100|[1-9]?\d)$/

export function validateHexColour(value: unknown, { req }: { req: PayloadRequest }): string | true {
  return typeof value === 'string' && hexColourPattern.test(value)
    ? true
    : message(req, 'hexColour')
}

export function validateCmyk(value: unknown, { req }: { req: PayloadRequest }): string | true {
  if (value === undefined || value === null || value === '') return true
  return typeof value === 'string' && cmykPattern.test(value.replace(/\s/g, ''))
    ? true
    : message(req, 'cmyk')
}
