import { responsiveSizeNames, socialSizeName } from '@talentregion/shared/mediaSizes'
import type { SnapshotMedia, SnapshotMediaFile } from '@talentregion/shared/schemas/snapshot'

import { asText, translatedText, type ExportedImages } from './fields'
import type { ContentSource, RawDoc } from './source'
import type { UploadCache } from './uploadCache'
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
  cache: UploadCache | null = null,
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
  const media = await Promise.all(
    docs.map((doc) => exportImage(doc, copier(source, outDir, doc, cache))),
  )
  const ids = new Set(media.map((item) => item.id))
  return { media, images: { ids, image: (id) => (id !== null && ids.has(id) ? id : null) } }
}

type Copy = (file: MediaSize) => Promise<SnapshotMediaFile | null>

/**
 * Copies an image's files into the snapshot: through the upload cache when there is one (an
 * unchanged image is linked, not read), else read and written.
 */
function copier(
  source: ContentSource,
  outDir: string,
  doc: RawDoc,
  cache: UploadCache | null,
): Copy {
  return async (file) => {
    if (!file.filename || !file.width || !file.height || !file.mimeType) return null
    const filename = file.filename
    const read = () => source.readUpload('media', filename)
    // Without a time of change there is no telling a new version from the cached one.
    const version = asText(doc.updatedAt) && `${doc.id}@${asText(doc.updatedAt)}`
    const placed =
      cache && version
        ? await cache.place(outDir, 'media', version, filename, read)
        : await read().then(async (data) => ({
            path: await writeHashed(outDir, 'media', filename, data),
            bytes: data.byteLength,
          }))
    return {
      ...placed,
      width: file.width,
      height: file.height,
      type: file.mimeType as SnapshotMediaFile['type'],
    }
  }
}

async function exportImage(doc: RawDoc, copyFile: Copy): Promise<SnapshotMedia> {
  const sizes = (doc.sizes ?? {}) as Record<string, MediaSize>
  const original = await copyFile(doc as MediaSize)
  if (!original) throw new Error(`media/${doc.id} has no stored file; upload it again.`)
  const sources: SnapshotMediaFile[] = []
  for (const name of responsiveSizeNames) {
    // An image uploaded before a width was added has no rendition at it; the others serve.
    const copied = sizes[name] ? await copyFile(sizes[name]) : null
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
    social: sizes[socialSizeName] ? await copyFile(sizes[socialSizeName]) : null,
  }
}
