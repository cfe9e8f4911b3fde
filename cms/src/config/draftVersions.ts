import type { CollectionConfig } from 'payload'

/** Drafts with autosave, version history and scheduled publishing, for every public collection. */
export const draftVersions: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    schedulePublish: true,
  },
  maxPerDoc: 50,
}
