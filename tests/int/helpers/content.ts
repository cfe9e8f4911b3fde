import type { Payload } from 'payload'

import type { DocumentId } from './documentId'
import { pngUpload } from './files'

/** Rich text of one paragraph, as the admin's editor saves it. */
export const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [{ type: 'text', text, format: 0, version: 1 }],
      },
    ],
  },
})

/** A published image with alt text in every language. */
export async function publishedImage(payload: Payload, name: string) {
  const image = await payload.create({
    collection: 'media',
    locale: 'nb',
    data: { alt: `Bilde ${name}`, credit: 'Test', licence: 'owned' },
    file: await pngUpload(`${name}.png`, 1300, 867),
  })
  await payload.update({
    collection: 'media',
    id: image.id,
    locale: 'sv',
    data: { alt: `Bild ${name}` },
  })
  await payload.update({
    collection: 'media',
    id: image.id,
    locale: 'en',
    data: { alt: `Image ${name}` },
  })
  return image
}

/** Minimal site settings, written without queuing a site build. */
export function siteSettings(payload: Payload) {
  return payload.updateGlobal({
    slug: 'site-settings',
    locale: 'nb',
    data: { siteName: 'Testregion', navigation: [{ label: 'Historier', target: 'stories' }] },
    context: { skipSiteBuild: true },
  })
}

/** A published toolkit for partners only, with one logo file and one image in its bank. */
export function partnerToolkit(payload: Payload, logoFile: DocumentId, image: DocumentId) {
  return payload.create({
    collection: 'toolkits',
    data: {
      _status: 'published',
      name: 'Partner kit',
      visibility: 'partners',
      colours: [{ name: 'Blå', hex: '#123456', role: 'primary' }],
      logos: [{ label: 'Logo', background: 'light', file: logoFile }],
      imageBank: [image],
    },
  })
}
