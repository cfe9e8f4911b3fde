import type { CollectionConfig } from 'payload'

/**
 * Drafts, version history and scheduled publishing, for every public collection. No autosave:
 * "Save draft" and "Publish" are two visible actions, and nothing is created before the editor
 * saves (autosave made a record titled by its id the moment "Create new" was clicked).
 */
export const draftVersions: CollectionConfig['versions'] = {
  drafts: {
    schedulePublish: true,
  },
  maxPerDoc: 50,
}
