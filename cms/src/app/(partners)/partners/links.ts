import type { File, Toolkit } from '../../../payload-types'

/** "SVG", "WOFF2", "PDF": what a designer needs to know of a file besides its name. */
export const fileKind = (filename: string | null | undefined) =>
  (/\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1] ?? '').toUpperCase()

/** A file's address for showing it on the page (downloads go through the counted endpoint). */
export const fileUrl = (file: File) => `/api/files/file/${encodeURIComponent(file.filename ?? '')}`

/** The access-checked, counted download of one of a toolkit's files or pictures. */
export const downloadHref = (
  toolkit: Toolkit,
  collection: 'files' | 'media',
  id: number | string,
) => `/api/toolkits/${toolkit.id}/download/${collection}/${id}`
