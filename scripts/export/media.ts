import { responsiveSizeNames, socialSizeName } from '@talentregion/shared/mediaSizes'
import type { SnapshotMedia, SnapshotMediaFile } from '@talentregion/shared/schemas/snapshot'

import { asText, translatedText, type ExportedImages } from './fields'
import type { ContentSource, RawDoc } from './source'
import { writeHashed } from './writeHashed'

interface MediaSize {
  filename?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
}

/**
 * The images the snapshot uses, copied into `outDir/media` named by their content. An image
 * whose licence has run out by `today` is left out, and with it every use of it.
 */
export async function exportMedia(
  source: ContentSource,
  wanted: ReadonlySet<string>,
  today: string,
  outDir: string,
): Promise<{ media: SnapshotMedia[]; images: ExportedImages }> {
  const startOfToday = new Date(today).toISOString()
  const docs = wanted.size
    ? await source.findAll('media', {
        and: [
          { id: { in: [...wanted].join(',') } },
          {
            or: [
              { licenceExpires: { exists: false } },
              { licenceExpires: { greater_than_equal: startOfToday } },
            ],
          },
        ],
      })
    : []
  const media = await Promise.all(docs.map((doc) => exportImage(source, doc, outDir)))
  const ids = new Set(media.map((item) => item.id))
  return { media, images: { ids, image: (id) => (id !== null && ids.has(id) ? id : null) } }
}

async function copyFile(
  source: ContentSource,
  outDir: string,
  file: MediaSize,
): Promise<SnapshotMediaFile | null> {
  if (!file.filename || !file.width || !file.height || !file.mimeType) return null
  const data = await source.readUpload('media', file.filename)
  return {
    path: await writeHashed(outDir, 'media', file.filename, data),
    width: file.width,
    height: file.height,
    bytes: data.byteLength,
    type: file.mimeType as SnapshotMediaFile['type'],
  }
}

async function exportImage(
  source: ContentSource,
  doc: RawDoc,
  outDir: string,
): Promise<SnapshotMedia> {
  const sizes = (doc.sizes ?? {}) as Record<string, MediaSize>
  const original = await copyFile(source, outDir, doc as MediaSize)
  if (!original) throw new Error(`media/${doc.id} has no stored file; upload it again.`)
  const sources: SnapshotMediaFile[] = []
  for (const name of responsiveSizeNames) {
    // An image uploaded before a width was added has no rendition at it; the others serve.
    const copied = sizes[name] ? await copyFile(source, outDir, sizes[name]) : null
    if (copied) sources.push(copied)
  }
  return {
    id: String(doc.id),
    alt: translatedText(doc.alt),
    caption: translatedText(doc.caption),
    decorative: doc.decorative === true,
    credit: asText(doc.credit),
    licence: (asText(doc.licence) || 'owned') as SnapshotMedia['licence'],
    focalX: typeof doc.focalX === 'number' ? doc.focalX : 50,
    focalY: typeof doc.focalY === 'number' ? doc.focalY : 50,
    original,
    sources: sources.sort((a, b) => a.type.localeCompare(b.type) || a.width - b.width),
    social: sizes[socialSizeName] ? await copyFile(source, outDir, sizes[socialSizeName]) : null,
  }
}
