import type { CollectionConfig, ImageSize } from 'payload'

import { licences } from '@talentregion/shared/licences'

import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import { mediaVisible } from '../../access/mediaVisible'
import { isStaff } from '../../access/isStaff'
import { selectOptions } from '../../fields/selectOptions'
import { downloadHeaders } from '../../uploads/downloadHeaders'
import { dataDir } from '../../config/paths'
import { imageFormats } from '../../uploads/limits'
import { mediaAudiences } from '../../uploads/mediaAudience'
import { rebuildAfterImageChange, rebuildAfterImageDelete } from './hooks/rebuildIfOnSite'
import { validateImageUpload } from './hooks/validateImageUpload'

/** Widths the site's srcset offers; each is encoded once, at upload, as AVIF and WebP (never enlarged). */
export const responsiveWidths = [480, 960, 1600] as const

const responsiveSizes: ImageSize[] = responsiveWidths.flatMap((width) => [
  {
    name: `avif${width}`,
    width,
    formatOptions: { format: 'avif', options: { quality: 55, effort: 2 } },
  },
  {
    name: `webp${width}`,
    width,
    formatOptions: { format: 'webp', options: { quality: 78 } },
  },
])

/** The social-card crop (Open Graph, 1200×630), cut around the focal point. */
const socialCard: ImageSize = {
  name: 'social',
  width: 1200,
  height: 630,
  formatOptions: { format: 'jpeg', options: { quality: 82, mozjpeg: true } },
}

/** Photos and images for stories, employers, events and toolkits' image banks. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { nb: 'Bilde', sv: 'Bild', en: 'Image' },
    plural: { nb: 'Bilder', sv: 'Bilder', en: 'Images' },
  },
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'credit', 'licence', 'licenceExpires'],
    group: { nb: 'Innhold', sv: 'Innehåll', en: 'Content' },
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
    staticDir: `${dataDir}/media`,
    mimeTypes: Object.values(imageFormats),
    focalPoint: true,
    crop: true,
    imageSizes: [...responsiveSizes, socialCard],
    adminThumbnail: 'webp480',
    filesRequiredOnCreate: true,
    modifyResponseHeaders: downloadHeaders('public'),
  },
  fields: [
    {
      name: 'audience',
      type: 'select',
      defaultValue: 'public',
      index: true,
      label: { nb: 'Hvem ser bildet', sv: 'Vem ser bilden', en: 'Who sees it' },
      options: mediaAudiences.map((value) => ({
        value,
        label: {
          public: { nb: 'Alle', sv: 'Alla', en: 'Everyone' },
          partners: { nb: 'Bare partnere', sv: 'Bara partner', en: 'Partners only' },
        }[value],
      })),
      // Kept up to date by the hooks in uploads/mediaAudience.ts, never typed in.
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          nb: 'Settes av systemet: «Bare partnere» når bildet bare brukes i verktøykasser for partnere.',
          sv: 'Sätts av systemet: ”Bara partner” när bilden bara används i verktygslådor för partner.',
          en: 'Set by the system: "Partners only" when the image is used only in partner-only toolkits.',
        },
      },
    },
    {
      name: 'decorative',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: {
          nb: 'Kryss av bare for rene stemningsbilder som ikke sier noe en skjermleser må få med seg.',
          sv: 'Kryssa bara i för rena stämningsbilder som inte säger något en skärmläsare behöver.',
          en: 'Tick only for pure mood images that tell a screen-reader user nothing they need.',
        },
      },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: { nb: 'Alternativ tekst', sv: 'Alternativtext', en: 'Alt text' },
      validate: (
        value: unknown,
        { siblingData }: { siblingData: Partial<{ decorative: boolean }> },
      ) =>
        siblingData.decorative || (typeof value === 'string' && value.trim() !== '')
          ? true
          : 'Describe what the image shows for people who cannot see it, or tick "Decorative".',
    },
    { name: 'caption', type: 'text', localized: true },
    {
      name: 'credit',
      type: 'text',
      required: true,
      label: { nb: 'Fotograf / kreditering', sv: 'Fotograf / byline', en: 'Photographer / credit' },
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
        description: {
          nb: 'For rettighetsstyrte bilder: siste dag bildet kan brukes.',
          sv: 'För rättighetsstyrda bilder: sista dagen bilden får användas.',
          en: 'For rights-managed images: the last day the image may be used.',
        },
      },
    },
  ],
}
