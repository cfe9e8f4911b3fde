import type { PayloadRequest, TextField } from 'payload'

import { message } from '../config/adminMessages'

interface ExternalUrlOptions {
  name: string
  label?: TextField['label']
  required?: boolean
  overrides?: Partial<TextField>
}

/** Returns an error message, or true for an absolute http(s) URL. */
export function validateExternalUrl(value: unknown, req: PayloadRequest): string | true {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return message(req, 'urlNotText')
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message below
  }
  return message(req, 'urlNotAbsolute')
}

/** A link to another site (website, careers page, registration form): http(s) only. */
export function externalUrlField({
  name,
  label,
  required = false,
  overrides = {},
}: ExternalUrlOptions): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    validate: (value: unknown, { req }: { req: PayloadRequest }) =>
      required && !value ? message(req, 'urlRequired') : validateExternalUrl(value, req),
    ...overrides,
  } as TextField
}
