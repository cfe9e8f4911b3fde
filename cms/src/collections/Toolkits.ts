import type { CollectionConfig } from 'payload'

import { publishedContentHooks } from '../hooks/publishedContent'
import { editorialAccess } from '../access/editorialAccess'
import { toolkitsVisible } from '../access/toolkitsVisible'
import { draftVersions } from '../config/draftVersions'
import { toolkitDownload } from '../endpoints/toolkitDownload'
import { toolkitZipDownload } from '../endpoints/toolkitZip'
import { validateCmyk, validateHexColour } from '../fields/hexColour'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { adminText } from '../i18n/adminText'
import { publishedDocumentComponents } from '../config/publishedDocument'
import { siteStatusEndpoint } from '../endpoints/siteStatus'
import { languagesColumn } from '../fields/languagesColumn'

/** A campaign's graphic profile and assets, handed to partner companies. */
export const Toolkits: CollectionConfig = {
  slug: 'toolkits',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'languages', 'visibility', '_status'],
    group: adminText('group.toolkits'),
    components: { edit: publishedDocumentComponents },
  },
  hooks: publishedContentHooks,
  access: { ...editorialAccess, read: toolkitsVisible },
  versions: draftVersions,
  endpoints: [toolkitDownload, toolkitZipDownload, siteStatusEndpoint('toolkits', 'toolkits')],
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ from: 'name', localized: true }),
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'partners',
      options: ['public', 'partners'],
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea', localized: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: adminText('tab.toolkits.colours'),
          fields: [
            {
              name: 'colours',
              type: 'array',
              minRows: 1,
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', localized: true, required: true },
                    { name: 'hex', type: 'text', required: true, validate: validateHexColour },
                    { name: 'cmyk', type: 'text', validate: validateCmyk },
                    { name: 'pantone', type: 'text' },
                  ],
                },
                {
                  name: 'role',
                  type: 'select',
                  defaultValue: 'accent',
                  options: ['primary', 'accent', 'background', 'text'],
                },
              ],
            },
          ],
        },
        {
          label: adminText('tab.toolkits.typography'),
          fields: [
            {
              name: 'typography',
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'family', type: 'text', required: true },
                    {
                      name: 'usage',
                      type: 'select',
                      required: true,
                      options: ['heading', 'body'],
                    },
                    { name: 'weights', type: 'text' },
                    {
                      name: 'fallback',
                      type: 'text',
                    },
                  ],
                },
                { name: 'licenceNote', type: 'textarea', localized: true },
                { name: 'fontFiles', type: 'upload', relationTo: 'files', hasMany: true },
              ],
            },
          ],
        },
        {
          label: adminText('tab.toolkits.logos'),
          fields: [
            {
              name: 'logos',
              type: 'array',
              fields: [
                { name: 'label', type: 'text', localized: true, required: true },
                {
                  name: 'background',
                  type: 'select',
                  required: true,
                  options: ['light', 'dark'],
                },
                { name: 'file', type: 'upload', relationTo: 'files', required: true },
              ],
            },
          ],
        },
        {
          label: adminText('tab.toolkits.image-bank'),
          fields: [{ name: 'imageBank', type: 'upload', relationTo: 'media', hasMany: true }],
        },
        {
          label: adminText('tab.toolkits.guidelines-and-templates'),
          fields: [
            richTextField({ name: 'guidelines' }),
            { name: 'templates', type: 'upload', relationTo: 'files', hasMany: true },
          ],
        },
      ],
    },
    languagesColumn({ translatedBy: 'name' }),
  ],
}
