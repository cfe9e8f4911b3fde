import { RichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import { fileSize } from '@talentregion/shared/fileSize'
import { format, t } from '@talentregion/shared/i18n'

import { ColourSwatches } from './ColourSwatches'
import { ContrastTable } from './ContrastTable'
import { FileLink } from './FileLink'
import { ImageBank } from './ImageBank'
import type { PortalToolkit } from './loadToolkits'
import { LogoList } from './LogoList'
import { portalStrings, type PortalLanguage } from './strings'
import { TypefaceList } from './TypefaceList'

/** One toolkit: the whole of it as a zip, then colours, type, logos, pictures, rules, templates. */
export function ToolkitSection({
  view: { toolkit, logos, typography, images, templates, renditions, zipBytes },
  language,
}: {
  view: PortalToolkit
  language: PortalLanguage
}) {
  const text = portalStrings[language]
  return (
    <article className="toolkit" id={`toolkit-${toolkit.id}`}>
      <h2>
        {toolkit.name}{' '}
        <span className="badge">
          {toolkit.visibility === 'partners' ? text.partnersOnly : text.public}
        </span>
      </h2>
      {toolkit.description && <p>{toolkit.description}</p>}
      <p className="zip">
        <a
          className="download download--primary"
          href={`/api/toolkits/${toolkit.id}/zip?locale=${language}`}
        >
          {t(language, 'toolkit.downloadAll')} (ZIP,{' '}
          {format(language, 'toolkit.aboutSize', { size: fileSize(language, zipBytes) })})
        </a>
        <small>{t(language, 'toolkit.zipContents')}</small>
      </p>

      <h3>{text.colours}</h3>
      <ColourSwatches colours={toolkit.colours ?? []} language={language} />
      <ContrastTable
        locale={language}
        colours={toolkit.colours ?? []}
        headingId={`contrast-${toolkit.id}`}
      />

      {typography.length > 0 && <h3>{text.typography}</h3>}
      <TypefaceList toolkit={toolkit} typography={typography} language={language} />

      {logos.length > 0 && <h3>{text.logos}</h3>}
      <LogoList toolkit={toolkit} logos={logos} renditions={renditions} language={language} />

      {images.length > 0 && <h3>{text.images}</h3>}
      <ImageBank toolkit={toolkit} images={images} language={language} creditLabel={text.credit} />

      {toolkit.guidelines && (
        <>
          <h3>{text.guidelines}</h3>
          <RichText data={toolkit.guidelines} />
        </>
      )}

      {templates.length > 0 && <h3>{text.templates}</h3>}
      <ul>
        {templates.map((file) => (
          <li key={file.id}>
            <FileLink language={language} toolkit={toolkit} file={file} label={file.title} />
          </li>
        ))}
      </ul>
    </article>
  )
}
