import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { logoRenditions } from '@talentregion/shared/toolkit/renditions'

import { dataDir } from '../config/paths'
import type { File } from '../payload-types'
import { readUpload } from '../uploads/readUpload'
import { readCached, writeAtomically } from './cacheFiles'

export interface CachedRendition {
  width: number
  height: number
  bytes: number
  /** Where the PNG lies on disk. */
  file: string
}

/** Only drawings and bitmaps sharp can read get PNG renditions; a PDF logo is offered as it is. */
const drawable = new Set(['image/svg+xml', 'image/png'])

const cacheRoot = path.join(dataDir, 'cache', 'logo-renditions')

/**
 * The PNG renditions of an uploaded logo, drawn once per uploaded version and kept on disk: the
 * portal shows their sizes on every visit, and the download and the zip hand out the same bytes.
 */
export async function renditionsOf(file: File): Promise<CachedRendition[]> {
  if (!file.filename || !drawable.has(file.mimeType ?? '')) return []
  const version = createHash('sha256')
    .update(JSON.stringify([file.id, file.filename, file.filesize, file.updatedAt]))
    .digest('hex')
    .slice(0, 16)
  const dir = path.join(cacheRoot, version)
  const index = path.join(dir, 'renditions.json')
  const cached = await readCached(index)
  if (cached) return JSON.parse(cached.toString('utf8')) as CachedRendition[]

  const data = await readUpload('files', file.filename)
  const base = path.basename(file.filename, path.extname(file.filename))
  await fs.mkdir(dir, { recursive: true })
  const renditions = await Promise.all(
    (await logoRenditions(data, file.mimeType!)).map(async (rendition) => {
      const target = path.join(dir, `${base}-${rendition.width}.png`)
      await writeAtomically(target, rendition.data)
      return {
        width: rendition.width,
        height: rendition.height,
        bytes: rendition.data.byteLength,
        file: target,
      }
    }),
  )
  // The index is written last: a request that finds it finds every PNG it names.
  await writeAtomically(index, JSON.stringify(renditions))
  return renditions
}
