import type { Field } from 'payload'

/**
 * The counter row's identity as one unique text ("toolkit:3|organisation:7|file:12|image:|zip:0"),
 * so two requests counting the same thing meet on one row instead of racing to create two.
 * Written by the code that counts, never typed in; the migration builds it the same way.
 */
export const counterKeyField: Field = {
  name: 'key',
  type: 'text',
  unique: true,
  index: true,
  admin: { hidden: true },
}

/** The key for these parts, in order; an empty part is written empty. */
export const counterKey = (parts: [string, string | number | boolean | null | undefined][]) =>
  parts
    .map(([name, value]) => `${name}:${typeof value === 'boolean' ? Number(value) : (value ?? '')}`)
    .join('|')
