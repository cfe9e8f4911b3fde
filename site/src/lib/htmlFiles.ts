import fs from 'node:fs'
import path from 'node:path'

/** Every HTML file of a built site, as full paths. */
export function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file))
}
