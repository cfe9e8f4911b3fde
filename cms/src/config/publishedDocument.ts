import type { CollectionConfig } from 'payload'

/**
 * The edit view of a document with a public page: "Publish" until it is live, "Publish changes"
 * after, and beside it the way the last publish takes to the site (see SiteStatus).
 */
export const publishedDocumentComponents: NonNullable<
  NonNullable<CollectionConfig['admin']>['components']
>['edit'] = {
  beforeDocumentControls: ['/components/SiteStatus#SiteStatus'],
  PublishButton: '/components/PublishButton#PublishButton',
}
