import { relationId } from '@talentregion/shared/relationId'
import type { SnapshotDownload, SnapshotToolkitFile } from '@talentregion/shared/schemas/snapshot'
import type { Licence } from '@talentregion/shared/licences'

import { asText, rows, translatedText } from './fields'
import type { ContentSource, RawDoc } from './source'
import { writeHashed } from './writeHashed'

export const licenceOf = (doc: RawDoc) => (asText(doc.licence) || 'owned') as Licence

/** Writes a download under files/, named by content hash so it can be cached for ever. */
export async function writeDownload(
  outDir: string,
  name: string,
  data: Buffer,
  type: string,
): Promise<SnapshotDownload> {
  return { path: await writeHashed(outDir, 'files', name, data), bytes: data.byteLength, type }
}

export interface HandedOut {
  data: Buffer
  entry: SnapshotToolkitFile
}

/** The stored files the public toolkits point at, and the copying of them into the snapshot. */
export interface ToolkitFiles {
  /** The files a relationship list points at; partner-only ones were not read, so are not here. */
  docsOf(value: unknown): RawDoc[]
  /** A file's bytes and its snapshot entry, copied the first time a toolkit hands it out. */
  handOut(doc: RawDoc): Promise<HandedOut>
  /** The snapshot entries of the files a relationship list points at. */
  entries(value: unknown): Promise<SnapshotToolkitFile[]>
}

/**
 * Reads the files the toolkits use through the same anonymous read as everything else. A file
 * is copied only when a toolkit hands it out: a font that may not be passed on never is.
 */
export async function toolkitFiles(
  source: ContentSource,
  outDir: string,
  toolkits: RawDoc[],
): Promise<ToolkitFiles> {
  const wanted = new Set(
    toolkits.flatMap((doc) => [
      ...rows(doc.logos).map((logo) => relationId(logo.file)),
      ...rows(doc.typography).flatMap((type) => rows(type.fontFiles).map(relationId)),
      ...rows(doc.templates).map(relationId),
    ]),
  )
  wanted.delete(null)
  const fileDocs = wanted.size
    ? await source.findAll('files', { id: { in: [...wanted].join(',') } })
    : []
  const stored = new Map(fileDocs.map((doc) => [String(doc.id), doc]))
  const handedOut = new Map<string, Promise<HandedOut>>()
  const copy = async (doc: RawDoc): Promise<HandedOut> => {
    const filename = asText(doc.filename)
    const data = await source.readUpload('files', filename)
    const type = asText(doc.mimeType) || 'application/octet-stream'
    return {
      data,
      entry: {
        id: String(doc.id),
        filename,
        title: translatedText(doc.title),
        licence: licenceOf(doc),
        licenceNote: translatedText(doc.licenceNote),
        ...(await writeDownload(outDir, filename, data, type)),
      },
    }
  }
  const files: ToolkitFiles = {
    docsOf: (value) => rows(value).flatMap((item) => stored.get(relationId(item) ?? '') ?? []),
    handOut(doc) {
      const id = String(doc.id)
      const file = handedOut.get(id) ?? copy(doc)
      handedOut.set(id, file)
      return file
    },
    entries: (value) =>
      Promise.all(files.docsOf(value).map(async (doc) => (await files.handOut(doc)).entry)),
  }
  return files
}
