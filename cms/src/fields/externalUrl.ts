import type { TextField } from 'payload'

interface ExternalUrlOptions {
  name: string
  label?: TextField['label']
  required?: boolean
  overrides?: Partial<TextField>
}

/** Returns an error message, or true for an absolute http(s) URL. */
export function validateExternalUrl(value: unknown): string | true {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message below
  }
  return 'Enter a full web address starting with https://, e.g. https://example.no/jobs.'
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
    validate: (value: unknown) =>
      required && !value ? 'This address is required.' : validateExternalUrl(value),
    ...overrides,
  } as TextField
}
