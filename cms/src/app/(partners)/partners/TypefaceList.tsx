import React from 'react'

import { t } from '@talentregion/shared/i18n'

import type { Toolkit } from '../../../payload-types'
import { FileLink } from './FileLink'
import { fileUrl } from './links'
import type { PortalToolkit } from './loadToolkits'
import type { PortalLanguage } from './strings'

/** Each typeface set in itself, from the toolkit's own font file where there is one. */
export function TypefaceList({
  toolkit,
  typography,
  language,
}: {
  toolkit: Toolkit
  typography: PortalToolkit['typography']
  language: PortalLanguage
}) {
  return (
    <ul className="grid">
      {typography.map(({ fonts, ...type }) => {
        const family = `toolkit-${toolkit.id}-${type.id ?? type.family}`
        return (
          <li key={type.id ?? type.family}>
            <strong>{type.family}</strong> ({type.weights})
            {fonts.length > 0 && (
              <style>{`@font-face { font-family: '${family}'; src: ${fonts
                .map((font) => `url('${fileUrl(font)}')`)
                .join(', ')}; font-weight: 100 900; }`}</style>
            )}
            <p
              className="specimen"
              style={{
                fontFamily: `'${family}', '${type.family}', ${type.fallback ?? 'sans-serif'}`,
              }}
            >
              {t(language, 'toolkit.specimen')}
            </p>
            {type.licenceNote && <p>{type.licenceNote}</p>}
            {fonts.map((font) => (
              <FileLink
                language={language}
                key={font.id}
                toolkit={toolkit}
                file={font}
                label={font.title || type.family}
              />
            ))}
          </li>
        )
      })}
    </ul>
  )
}
