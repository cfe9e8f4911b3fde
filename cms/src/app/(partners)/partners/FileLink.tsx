import React from 'react'

import { fileSize } from '@talentregion/shared/fileSize'

import type { File, Toolkit } from '../../../payload-types'
import { downloadHref, fileKind } from './links'
import type { PortalLanguage } from './strings'

/** A download with its kind and size: "Source Sans 3 (WOFF2, 29 kB)". */
export function FileLink({
  toolkit,
  file,
  label,
  language,
}: {
  toolkit: Toolkit
  file: File
  label: string
  language: PortalLanguage
}) {
  // "Source Sans 3 (WOFF2)" names its kind already: it reads "Source Sans 3 (WOFF2, 29 kB)".
  const kind = fileKind(file.filename)
  const name = label.replace(new RegExp(`\\s*\\(${kind}\\)$`, 'i'), '')
  return (
    <a className="download" href={downloadHref(toolkit, 'files', file.id)}>
      {name} ({[kind, fileSize(language, file.filesize ?? 0)].filter(Boolean).join(', ')})
    </a>
  )
}
