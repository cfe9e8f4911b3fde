import type { UIField } from 'payload'

/**
 * A list column (no input) showing the languages a document is written in, judged by the field
 * the site judges by: a language exists once that field has text in it.
 */
export function languagesColumn({ translatedBy }: { translatedBy: string }): UIField {
  return {
    name: 'languages',
    type: 'ui',
    admin: {
      components: { Cell: '/components/LanguagesCell#LanguagesCell' },
      custom: { translatedBy },
    },
  }
}
