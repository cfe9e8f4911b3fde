import type { CollectionConfig } from 'payload'

import { serverURL } from './server'

/** The admin's "Preview" button: a private build of the draft in the language being edited. */
export const previewUrl =
  (
    collection: 'stories' | 'employers' | 'events',
  ): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc, { locale }) =>
    `${serverURL}/api/site-preview/${collection}/${String(doc.id)}?locale=${locale}`
