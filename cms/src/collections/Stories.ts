import type { CollectionConfig } from 'payload'

import { topics } from '@talentregion/shared/topics'

import { publishedContentHooks } from '../hooks/publishedContent'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { editorialAccess } from '../access/editorialAccess'
import { richTextField } from '../fields/richText'
import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { stampPublishedAt } from '../hooks/stampPublishedAt'
import { draftVersions } from '../config/draftVersions'
import { previewUrl } from '../config/previewUrl'
import { adminText } from '../i18n/adminText'
import { publishedDocumentComponents } from '../config/publishedDocument'
import { siteStatusEndpoint } from '../endpoints/siteStatus'
import { languagesColumn } from '../fields/languagesColumn'

/** Stories of people who moved here, of employers and of life in the region. */
export const Stories: CollectionConfig = {
  slug: 'stories',
  admin: {
    hidden: hiddenFromPartners,
    preview: previewUrl('stories'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'municipality', 'publishedAt', '_status'],
    group: adminText('group.content'),
    components: { edit: publishedDocumentComponents },
  },
  hooks: publishedContentHooks,
  access: editorialAccess,
  versions: draftVersions,
  endpoints: [siteStatusEndpoint('stories', 'stories')],
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ localized: true }),
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 300,
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    richTextField({ name: 'body', blocks: true }),
    {
      name: 'person',
      type: 'group',
      fields: [
        { name: 'name', type: 'text' },
        {
          name: 'role',
          type: 'text',
          localized: true,
        },
        {
          name: 'movedFrom',
          type: 'text',
          localized: true,
        },
      ],
    },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      options: selectOptions({ values: topics, labelPrefix: 'topic' }),
      admin: { position: 'sidebar' },
    },
    { name: 'relatedEmployers', type: 'relationship', relationTo: 'employers', hasMany: true },
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: { beforeChange: [stampPublishedAt] },
    },
    languagesColumn({ translatedBy: 'title' }),
  ],
}
