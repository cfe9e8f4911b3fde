import type { CollectionConfig } from 'payload'

import { licences } from '@talentregion/shared/licences'

import { filesVisible } from '../../access/filesVisible'
import { isStaff } from '../../access/isStaff'
import { selectOptions } from '../../fields/selectOptions'
import { uploadDir } from '../../uploads/uploadPath'
import { downloadHeaders } from '../../uploads/downloadHeaders'
import { validateFileUpload } from './hooks/validateFileUpload'
import { adminText } from '../../i18n/adminText'

/** Downloadable toolkit files: logos (SVG, PNG), fonts and templates. */
export const Files: CollectionConfig = {
  slug: 'files',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'audience', 'licence'],
    group: adminText('group.toolkits'),
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
    staticDir: uploadDir('files'),
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
      options: ['public', 'partners'],
      admin: {
        position: 'sidebar',
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
