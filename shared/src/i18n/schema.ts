import { z } from 'zod'

import { locales, type Locale, type Localized } from '../locales'
import nb from './nb.json'

/** Every key the Norwegian table has; the other languages must have exactly these. */
export type UiStringKey = keyof typeof nb

/**
 * A complete table of strings with the keys of `reference` (the Norwegian table): every key
 * present, no empty strings, no unknown keys. The site's UI strings and the admin's texts are
 * both checked by it.
 */
export function stringTableSchema<Key extends string>(reference: Record<Key, string>) {
  const keys = Object.keys(reference) as [Key, ...Key[]]
  return z.strictObject(
    Object.fromEntries(keys.map((key) => [key, z.string().trim().min(1)])) as Record<
      Key,
      z.ZodString
    >,
  )
}

/**
 * Every locale's table, each parsed by the schema; a missing or empty string fails at import,
 * naming the table, the locale and the key.
 */
export function parseStringTables<Key extends string>(
  name: string,
  tables: Record<Locale, unknown>,
  reference: Record<Key, string>,
): Localized<Record<Key, string>> {
  const schema = stringTableSchema(reference)
  return Object.fromEntries(
    locales.map((locale) => {
      const parsed = schema.safeParse(tables[locale])
      if (!parsed.success) {
        throw new Error(`${name} for "${locale}" are incomplete: ${parsed.error.message}`, {
          cause: parsed.error,
        })
      }
      return [locale, parsed.data as Record<Key, string>]
    }),
  ) as Localized<Record<Key, string>>
}

/** A complete table of UI strings. */
export const uiStringsSchema = stringTableSchema(nb)

export type UiStrings = z.infer<typeof uiStringsSchema>
