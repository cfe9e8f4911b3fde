import fs from 'node:fs'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { isCompressible } from '@talentregion/shared/contentTypes'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export type Encoding = 'br' | 'gzip'

/** The encoding to send a file of this type in: brotli, else gzip, else none. */
export function chooseEncoding(type: string, acceptEncoding: string | undefined): Encoding | null {
  if (!isCompressible(type)) return null
  const accepts = String(acceptEncoding ?? '')
  if (/\bbr\b/.test(accepts)) return 'br'
  if (/\bgzip\b/.test(accepts)) return 'gzip'
  return null
}

/**
 * Files compressed once each, at the strongest settings, and kept until they change on disk: a
 * release's files never do, so each is compressed once per encoding.
 */
export function compressedFiles(): (
  file: string,
  mtimeMs: number,
  encoding: Encoding,
) => Promise<Buffer> {
  const cache = new Map<string, { mtimeMs: number; encoded: Map<Encoding, Buffer> }>()
  return async (file, mtimeMs, encoding) => {
    let entry = cache.get(file)
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, encoded: new Map() }
      cache.set(file, entry)
    }
    const hit = entry.encoded.get(encoding)
    if (hit) return hit
    const raw = await fs.promises.readFile(file)
    const body =
      encoding === 'br'
        ? await brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
        : await gzip(raw, { level: 9 })
    entry.encoded.set(encoding, body)
    return body
  }
}
