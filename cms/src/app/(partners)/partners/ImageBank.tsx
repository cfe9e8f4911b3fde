import React from 'react'

import { fileSize } from '@talentregion/shared/fileSize'
import { t } from '@talentregion/shared/i18n'
import { thumbnailSizeName } from '@talentregion/shared/mediaSizes'

import type { Toolkit } from '../../../payload-types'
import { downloadHref, fileKind } from './links'
import type { PortalToolkit } from './loadToolkits'
import type { PortalLanguage } from './strings'

/** The pictures a partner may use, each with its credit and a full-size download. */
export function ImageBank({
  toolkit,
  images,
  language,
  creditLabel,
}: {
  toolkit: Toolkit
  images: PortalToolkit['images']
  language: PortalLanguage
  creditLabel: string
}) {
  return (
    <ul className="grid">
      {images.map((image) => {
        const thumbnail = image.sizes?.[thumbnailSizeName]?.filename ?? image.filename
        return (
          <li key={image.id}>
            <img
              className="photo"
              src={`/api/media/file/${encodeURIComponent(thumbnail ?? '')}`}
              alt={image.alt ?? ''}
              loading="lazy"
            />
            <small>
              {creditLabel}: {image.credit}
            </small>
            <br />
            <a className="download" href={downloadHref(toolkit, 'media', image.id)}>
              {t(language, 'toolkit.downloadImage')} ({fileKind(image.filename)},{' '}
              {fileSize(language, image.filesize ?? 0)})
            </a>
          </li>
        )
      })}
    </ul>
  )
}
