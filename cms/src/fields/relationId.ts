/** A relationship's id as text, whether it arrives as an id or as a document; '' for none. */
export function relationId(value: unknown): string {
  const id = value && typeof value === 'object' ? (value as { id: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : ''
}
