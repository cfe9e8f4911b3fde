import type { CollectionConfig, PayloadRequest } from 'payload'

import { employerSizes } from '@talentregion/shared/employer-sizes'
import { industries } from '@talentregion/shared/industries'
import {
  isValidNorwegianOrgNumber,
  isValidSwedishOrgNumber,
  type OrgNumberCountry,
} from '@talentregion/shared/orgnr'

import { publishedContentHooks } from '../hooks/publishedContent'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { editorialAccess } from '../access/editorialAccess'
import { draftVersions } from '../config/draftVersions'
import { previewUrl } from '../config/previewUrl'
import { externalUrlField } from '../fields/externalUrl'
import { richTextField } from '../fields/richText'
import { selectOptions } from '../fields/selectOptions'
import { slugField } from '../fields/slug'
import { adminText } from '../i18n/adminText'
import { message } from '../config/adminMessages'
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
        {
          name: 'orgNumber',
          type: 'text',
          validate: (
            value: unknown,
            {
              siblingData,
              req,
            }: { siblingData: Partial<{ country: OrgNumberCountry }>; req: PayloadRequest },
          ) => {
            if (value === undefined || value === null || value === '') return true
            if (typeof value !== 'string') return message(req, 'orgNumberNotText')
            if ((siblingData.country ?? 'NO') === 'NO') {
              return isValidNorwegianOrgNumber(value) || message(req, 'orgNumberNorway')
            }
            return isValidSwedishOrgNumber(value) || message(req, 'orgNumberSweden')
          },
        },
      ],
    },
    { name: 'featuredStories', type: 'relationship', relationTo: 'stories', hasMany: true },
    languagesColumn({ translatedBy: 'description' }),
  ],
}
