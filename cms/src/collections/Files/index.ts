import type { CollectionConfig } from 'payload'

import { licences } from '@talentregion/shared/licences'

import { filesVisible } from '../../access/filesVisible'
import { isStaff } from '../../access/isStaff'
import { dataDir } from '../../config/paths'
import { selectOptions } from '../../fields/selectOptions'
import { downloadHeaders } from '../../uploads/downloadHeaders'
import { validateFileUpload } from './hooks/validateFileUpload'

/** Downloadable toolkit files: logos (SVG, PNG), fonts and templates. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: {
    singular: { nb: 'Fil', sv: 'Fil', en: 'File' },
    plural: { nb: 'Filer', sv: 'Filer', en: 'Files' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'audience', 'licence'],
    group: { nb: 'Verktøykasser', sv: 'Verktygslådor', en: 'Toolkits' },
  },
  access: {
    read: filesVisible,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [validateFileUpload],
  },
  upload: {
    staticDir: `${dataDir}/files`,
    mimeTypes: [
      'image/svg+xml',
      'image/png',
      'application/pdf',
      'font/woff2',
      'font/woff',
      'font/otf',
      'font/ttf',
      'application/zip',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    filesRequiredOnCreate: true,
    modifyResponseHeaders: downloadHeaders('private'),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'partners',
      options: [
        { value: 'public', label: { nb: 'Alle', sv: 'Alla', en: 'Everyone' } },
        {
          value: 'partners',
          label: { nb: 'Bare partnere', sv: 'Endast partner', en: 'Partners only' },
        },
      ],
      admin: {
        position: 'sidebar',
        description: {
          nb: 'Filer er bare for partnere til du gjør dem offentlige.',
          sv: 'Filer är endast för partner tills du gör dem offentliga.',
          en: 'Files are for partners only until you make them public.',
        },
      },
    },
    {
      name: 'licence',
      type: 'select',
      required: true,
      defaultValue: 'owned',
      options: selectOptions({ values: licences, labelPrefix: 'licence' }),
    },
    { name: 'licenceNote', type: 'textarea', localized: true },
  ],
}
