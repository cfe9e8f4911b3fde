import type { FieldHook, TypeWithID } from 'payload'

/** Sets a publish date the first time a document is published, unless an editor chose one. */
export const stampPublishedAt: FieldHook<
  TypeWithID,
  string | null | undefined,
  { _status?: string }
> = ({ value, siblingData }) =>
  value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)
