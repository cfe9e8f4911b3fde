import type { CollectionConfig } from 'payload'

import { employerSizes } from '@talentregion/shared/employer-sizes'
import { industries } from '@talentregion/shared/industries'

import { publishedContentHooks } from '../hooks/publishedContent'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { editorialAccess } from '../access/editorialAccess'
import { draftVersions } from '../config/draftVersions'
import { previewUrl } from '../config/previewUrl'
import { externalUrlField } from '../fields/externalUrl'
import { orgNumberField } from '../fields/orgNumber'
import { richTextField } from '../fields/richText'
import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { adminText } from '../i18n/adminText'
import { publishedDocumentComponents } from '../config/publishedDocument'
import { siteStatusEndpoint } from '../endpoints/siteStatus'
import { languagesColumn } from '../fields/languagesColumn'

/** Companies and public bodies that are hiring in the region. */
export const Employers: CollectionConfig = {
  slug: 'employers',
  admin: {
    hidden: hiddenFromPartners,
    preview: previewUrl('employers'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'languages', 'industry', 'size', '_status'],
    group: adminText('group.content'),
    components: { edit: publishedDocumentComponents },
  },
  hooks: publishedContentHooks,
  access: editorialAccess,
  versions: draftVersions,
  endpoints: [siteStatusEndpoint('employers', 'employers')],
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    richTextField({ name: 'description' }),
    {
      name: 'industry',
      type: 'select',
      required: true,
      options: selectOptions({ values: industries, labelPrefix: 'industry' }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'size',
      type: 'select',
      options: selectOptions({ values: employerSizes, labelPrefix: 'size' }),
      admin: { position: 'sidebar' },
    },
    {
      // Marked on the employer's page and its jobs; the job list has a page of such employers.
      name: 'englishAtWork',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    externalUrlField({ name: 'website' }),
    externalUrlField({
      name: 'careersUrl',
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'select',
          required: true,
          defaultValue: 'NO',
          options: ['NO', 'SE'],
        },
        orgNumberField({ name: 'orgNumber' }),
      ],
    },
    {
      // A company's job ads may carry the number of another of its legal entities, or of the
      // workplace (NAV's ads often name the sub-unit): each listed number brings its jobs here.
      name: 'otherOrgNumbers',
      type: 'array',
      fields: [orgNumberField({ name: 'orgNumber', required: true })],
    },
    { name: 'featuredStories', type: 'relationship', relationTo: 'stories', hasMany: true },
    languagesColumn({ translatedBy: 'description' }),
  ],
}
