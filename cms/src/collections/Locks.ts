import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { adminText } from '../i18n/adminText'

/**
 * Locks shared by every CMS instance and worker through the database: one row per lock name,
 * held by one process until it expires. A process that crashes stops renewing its lock, and
 * another takes it over once it has expired. Written only by `cms/src/locks/`.
 */
export const Locks: CollectionConfig = {
  slug: 'locks',
  admin: { hidden: true, group: adminText('group.administration') },
  // Never edited by a person: no edit locks of its own.
  lockDocuments: false,
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    // Which process holds it: host, process id and a random part, so a restarted process with
    // the same id does not think it still holds its predecessor's lock.
    { name: 'holder', type: 'text' },
    { name: 'expiresAt', type: 'date', required: true },
  ],
}
