import type { CollectionSlug, FieldHook, TextField, TypeWithID, Where } from 'payload'

import { slugify, slugPattern } from '@talentregion/shared/slugify'
import { isLocale, localeLabels } from '@talentregion/shared/locales'

import { message } from '../config/adminMessages'

type DocumentFieldHook = FieldHook<
  TypeWithID & Record<string, unknown>,
  unknown,
  Record<string, unknown>
>

interface SlugFieldOptions {
  /** The field the slug is made from. */
  from?: string
  localized?: boolean
  overrides?: Partial<TextField>
}

/**
 * A URL slug made from the title (with Nordic transliteration) until an editor overrides it,
 * unique within its collection and, when localized, within each locale.
 */
export function slugField({
  from = 'title',
  localized = false,
  overrides = {},
}: SlugFieldOptions = {}): TextField {
  const field: TextField = {
    name: 'slug',
    type: 'text',
    localized,
    index: true,
    admin: {
      position: 'sidebar',
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }: Parameters<DocumentFieldHook>[0]) => {
          const source: unknown = data?.[from] ?? originalDoc?.[from]
          const current = typeof value === 'string' ? value.trim() : ''
          if (typeof source !== 'string' || source.trim() === '') return current || value
          const previousSource: unknown = originalDoc?.[from]
          // Follow the title while the slug is still the one we made and nothing was published.
          const followsTitle =
            current === '' ||
            (originalDoc?._status !== 'published' &&
              typeof previousSource === 'string' &&
              current === slugify(previousSource))
          return followsTitle ? slugify(source) : slugify(current) || current
        },
      ],
    },
    validate: async (value, { req, id, collectionSlug }) => {
      if (value === undefined || value === null || value === '') return true
      if (typeof value !== 'string' || !slugPattern.test(value)) {
        return message(req, 'slugPattern')
      }
      if (!collectionSlug) return true
      const where: Where = { slug: { equals: value } }
      if (id !== undefined) where.id = { not_equals: id }
      const clash = await req.payload.find({
        collection: collectionSlug as CollectionSlug,
        where,
        locale: localized ? (req.locale ?? undefined) : undefined,
        draft: true,
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return clash.docs.length === 0
        ? true
        : localized && isLocale(req.locale)
          ? message(req, 'slugTakenInLocale', { slug: value, language: localeLabels[req.locale] })
          : message(req, 'slugTaken', { slug: value })
    },
  }
  return { ...field, ...overrides } as TextField
}
