import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { hashedName } from '@talentregion/shared/hashedNames'

/** Writes a file into a snapshot folder under its content-hash name; returns its snapshot path. */
export async function writeHashed(
  outDir: string,
  folder: 'media' | 'files',
  name: string,
  data: Buffer,
): Promise<string> {
  const file = hashedName(path.basename(name), createHash('sha256').update(data).digest('hex'))
  await fs.mkdir(path.join(outDir, folder), { recursive: true })
  await fs.writeFile(path.join(outDir, folder, file), data)
  return `${folder}/${file}`
}
