import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isLocale, localeLabels } from '@talentregion/shared/locales'

import { message } from '../config/adminMessages'
import { mediaIdsIn } from '../uploads/mediaReferences'

/**
 * A page published in a language needs every image on it described in that language (unless
 * the image is decorative): a Swedish reader's screen reader must not read Norwegian alt text.
 * Read without fallback, so the Norwegian text does not stand in for a missing Swedish one.
 */
export const requireAltText: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  if (data._status !== 'published' || !isLocale(req.locale)) return data
  const ids = [...mediaIdsIn(collection.fields, data)]
  if (ids.length === 0) return data
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    locale: req.locale,
    fallbackLocale: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const undescribed = docs.filter((image) => !image.decorative && !image.alt?.trim())
  if (undescribed.length === 0) return data
  throw new APIError(
    message(req, 'altTextMissing', {
      images: undescribed.map((image) => `«${image.filename ?? image.id}»`).join(', '),
      language: localeLabels[req.locale],
    }),
    400,
    undefined,
    true,
  )
}
