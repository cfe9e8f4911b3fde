import type { Access, SanitizedConfig } from 'payload'

import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'

type Operation = 'create' | 'read' | 'update' | 'delete'

/**
 * Who may use the collections Payload adds by itself, decided one by one. Payload's defaults
 * let any logged-in user (a partner too) read and write document locks, which name who edits
 * what. `null` keeps Payload's own rule on purpose.
 */
const internalAccess: Record<string, Record<Operation, Access> | null> = {
  // Edit locks belong to the people who edit: staff.
  'payload-locked-documents': { create: isStaff, read: isStaff, update: isStaff, delete: isStaff },
  // Each user's own admin preferences (columns, collapsed groups); Payload limits them to the owner.
  'payload-preferences': null,
  // The job queue is written by the server itself; its run endpoint is guarded by `jobs.access`.
  'payload-jobs': { create: nobody, read: nobody, update: nobody, delete: nobody },
  'payload-migrations': { create: nobody, read: nobody, update: nobody, delete: nobody },
  'payload-kv': { create: nobody, read: nobody, update: nobody, delete: nobody },
}

/**
 * Sets access on every collection Payload adds. A collection Payload adds that is not listed
 * above stops the start, so an upgrade that brings a new one gets a decision, not a default.
 */
export async function withInternalAccess(
  config: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const sanitized = await config
  for (const collection of sanitized.collections) {
    if (!collection.slug.startsWith('payload-')) continue
    if (!(collection.slug in internalAccess))
      throw new Error(
        `Payload added the collection "${collection.slug}": decide who may use it in cms/src/config/internalCollections.ts.`,
      )
    const access = internalAccess[collection.slug]
    if (access) Object.assign(collection.access, access)
  }
  return sanitized
}
