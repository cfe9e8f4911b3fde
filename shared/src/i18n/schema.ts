import { z } from 'zod'

import nb from './nb.json'

/** Every key the Norwegian table has; the other languages must have exactly these. */
export type UiStringKey = keyof typeof nb

const keys = Object.keys(nb) as [UiStringKey, ...UiStringKey[]]

/** A complete table of UI strings: every key present, no empty strings, no unknown keys. */
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(keys.map((key) => [key, z.string().trim().min(1)])) as Record<
    UiStringKey,
    z.ZodString
  >,
)

export type UiStrings = z.infer<typeof uiStringsSchema>
