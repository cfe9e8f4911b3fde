import type { CollectionConfig, ImageSize, PayloadRequest } from 'payload'

import { licences } from '@talentregion/shared/licences'
import {
  type ResponsiveFormat,
  responsiveFormats,
  responsiveSizeName,
  responsiveWidths,
  socialSizeName,
  thumbnailSizeName,
} from '@talentregion/shared/mediaSizes'

import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import { mediaVisible } from '../../access/mediaVisible'
import { isStaff } from '../../access/isStaff'
import { selectOptions } from '../../fields/selectOptions'
import { downloadHeaders } from '../../uploads/downloadHeaders'
import { imageFormats } from '../../uploads/limits'
import { uploadDir } from '../../uploads/uploadPath'
import { mediaAudiences } from '../../uploads/mediaAudience'
import { rebuildAfterImageChange, rebuildAfterImageDelete } from './hooks/rebuildIfOnSite'
import { validateImageUpload } from './hooks/validateImageUpload'
import { adminText } from '../../i18n/adminText'
import { message } from '../../config/adminMessages'

const formatOptions: Record<ResponsiveFormat, ImageSize['formatOptions']> = {
  avif: { format: 'avif', options: { quality: 55, effort: 2 } },
  webp: { format: 'webp', options: { quality: 78 } },
}

/** The site's srcset widths, each encoded once, at upload, in each format (never enlarged). */
const responsiveSizes: ImageSize[] = responsiveFormats.flatMap((format) =>
  responsiveWidths.map((width) => ({
    name: responsiveSizeName(format, width),
    width,
    formatOptions: formatOptions[format],
  })),
)

/** The social-card crop (Open Graph, 1200×630), cut around the focal point. */
const socialCard: ImageSize = {
  name: socialSizeName,
  width: 1200,
  height: 630,
  formatOptions: { format: 'jpeg', options: { quality: 82, mozjpeg: true } },
}

/** Photos and images for stories, employers, events and toolkits' image banks. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'credit', 'licence', 'licenceExpires'],
    group: adminText('group.content'),
  },
  access: {
    read: mediaVisible,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [validateImageUpload],
    afterChange: [rebuildAfterImageChange],
    afterDelete: [rebuildAfterImageDelete],
  },
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: Object.values(imageFormats),
    focalPoint: true,
    crop: true,
    imageSizes: [...responsiveSizes, socialCard],
    adminThumbnail: thumbnailSizeName,
    filesRequiredOnCreate: true,
    modifyResponseHeaders: downloadHeaders('public'),
  },
  fields: [
    {
      name: 'audience',
      type: 'select',
      defaultValue: 'public',
      index: true,
      options: [...mediaAudiences],
      // Kept up to date by the hooks in uploads/mediaAudience.ts, never typed in.
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
      },
    },
    {
      name: 'decorative',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: (
        value: unknown,
        {
          siblingData,
          req,
        }: { siblingData: Partial<{ decorative: boolean }>; req: PayloadRequest },
      ) =>
        siblingData.decorative || (typeof value === 'string' && value.trim() !== '')
          ? true
          : message(req, 'altMissing'),
    },
    { name: 'caption', type: 'text', localized: true },
    {
      name: 'credit',
      type: 'text',
      required: true,
    },
    {
      name: 'licence',
      type: 'select',
      required: true,
      defaultValue: 'owned',
      options: selectOptions({ values: licences, labelPrefix: 'licence' }),
    },
    {
      name: 'licenceExpires',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayOnly' },
      },
    },
  ],
}
