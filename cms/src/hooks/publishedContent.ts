import type { CollectionConfig } from 'payload'

import { refreshAudienceAfterChange, refreshAudienceAfterDelete } from '../uploads/mediaAudience'
import { requireAltText } from './requireAltText'
import { rebuildAfterChange, rebuildAfterDelete, rememberLiveStatus } from './rebuildSite'

/**
 * What every collection the public site shows does on a change: refuse to publish a language
 * whose images are not described in it, keep the audience of the images it uses up to date,
 * then queue a site build when the live site changes.
 */
export const publishedContentHooks: CollectionConfig['hooks'] = {
  beforeOperation: [rememberLiveStatus],
  beforeChange: [requireAltText],
  afterChange: [refreshAudienceAfterChange, rebuildAfterChange],
  afterDelete: [refreshAudienceAfterDelete, rebuildAfterDelete],
}
