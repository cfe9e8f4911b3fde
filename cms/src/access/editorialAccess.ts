import type { CollectionConfig } from 'payload'

import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** Published documents for everyone; drafts, version history and every change for staff only. */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}
