/**
 * Payload hands a relationship over as its target's id (a number on SQLite, a string on MongoDB)
 * or, when populated, as the target document. These read either, and never assume which.
 */

interface WithId {
  id: number | string
}

/** The target's id, in the type the database uses, from an id or a populated document. */
export const relationKey = <Id extends number | string>(value: Id | { id: Id }): Id =>
  typeof value === 'object' ? value.id : value

/** The target's id as text, from anything a relationship may hold; null when it holds none. */
export function relationId(value: unknown): string | null {
  const id = value !== null && typeof value === 'object' ? (value as Partial<WithId>).id : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}

/** The ids of a has-many relationship as text, skipping empty entries. */
export const relationIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(relationId).filter((id): id is string => id !== null) : []
