import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** Everything Pagefind indexed in a release, decompressed, as one string. */
export function searchIndexText(dir: string): string {
  const fragments = path.join(dir, 'pagefind', 'fragment')
  return fs
    .readdirSync(fragments)
    .map((file) => zlib.gunzipSync(fs.readFileSync(path.join(fragments, file))).toString('utf8'))
    .join('\n')
}
