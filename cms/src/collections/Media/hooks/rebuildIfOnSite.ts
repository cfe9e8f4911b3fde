import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { rebuildAfterChange, rebuildAfterDelete } from '../../../hooks/rebuildSite'
import type { Media } from '../../../payload-types'

/**
 * Only an image that may be on a page changes the site. A new upload is on none yet (nothing can
 * refer to it before it exists), and an image kept for partner-only toolkits is on none either.
 */
export const rebuildAfterImageChange: CollectionAfterChangeHook<Media> = async (args) => {
  if (args.operation !== 'create' && args.doc.audience !== 'partners')
    await rebuildAfterChange(args)
  return args.doc
}

export const rebuildAfterImageDelete: CollectionAfterDeleteHook<Media> = async (args) => {
  if (args.doc.audience !== 'partners') await rebuildAfterDelete(args)
  return args.doc
}
