import React from 'react'

import { fileSize } from '@talentregion/shared/fileSize'
import { format, t } from '@talentregion/shared/i18n'

import type { Toolkit } from '../../../payload-types'
import { FileLink } from './FileLink'
import { downloadHref, fileUrl } from './links'
import type { PortalToolkit } from './loadToolkits'
import type { PortalLanguage } from './strings'

/** The logos, each on both backgrounds, with the original and its PNG renditions. */
export function LogoList({
  toolkit,
  logos,
  renditions,
  language,
}: {
  toolkit: Toolkit
  logos: PortalToolkit['logos']
  renditions: PortalToolkit['renditions']
  language: PortalLanguage
}) {
  return (
    <ul className="grid grid--logos">
      {logos.map(({ file, ...logo }) => (
        <li key={logo.id ?? file.id}>
          {/* On both backgrounds, so a designer sees at once where this version works. */}
          <div className="stages">
            {(['light', 'dark'] as const).map((background) => (
              <figure key={background} className={`stage stage--${background}`}>
                <img src={fileUrl(file)} alt={logo.label} />
                <figcaption>
                  {t(language, background === 'light' ? 'toolkit.onLight' : 'toolkit.onDark')}
                </figcaption>
              </figure>
            ))}
          </div>
          <ul className="downloads">
            <li>
              <FileLink language={language} toolkit={toolkit} file={file} label={logo.label} />
            </li>
            {(renditions.get(file.id) ?? []).map((rendition) => (
              <li key={rendition.width}>
                <a
                  className="download"
                  href={`${downloadHref(toolkit, 'files', file.id)}?width=${rendition.width}`}
                >
                  {format(language, 'toolkit.pngWidth', { width: rendition.width })} (
                  {fileSize(language, rendition.bytes)})
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
