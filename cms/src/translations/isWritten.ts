/**
 * Whether a field holds text in a language: a non-blank string, or rich text with at least one
 * text node that is not blank. The languages column and the Translations view judge alike.
 */
export function isWritten(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  return (
    value !== null && typeof value === 'object' && /"text":"[^"]*\S/.test(JSON.stringify(value))
  )
}
