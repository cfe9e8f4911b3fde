import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { hashedName } from '@talentregion/shared/hashedNames'

interface Entry {
  /** The file's name in the snapshot folder, with its content hash. */
  file: string
  bytes: number
}

/**
 * Upload files as earlier exports wrote them, kept between builds: an image whose document has
 * not changed since is linked into the new snapshot, not read from the uploads again, hashed
 * and written. A document's `updatedAt` names the version: a new file or new sizes change it.
 * `save` keeps only what this export used.
 */
export class UploadCache {
  private readonly indexFile: string
  private index: Record<string, Entry> | undefined
  private readonly used: Record<string, Entry> = {}

  constructor(readonly dir: string) {
    this.indexFile = path.join(dir, 'index.json')
  }

  /**
   * Puts one upload file into `outDir/folder/` under its content-hash name, reading it only when
   * this version of it is not cached; returns its snapshot path and size.
   */
  async place(
    outDir: string,
    folder: 'media' | 'files',
    version: string,
    name: string,
    read: () => Promise<Buffer>,
  ): Promise<{ path: string; bytes: number }> {
    const index = await this.load()
    const key = `${folder}/${version}/${name}`
    let entry = index[key]
    if (!entry || !(await exists(path.join(this.dir, entry.file)))) {
      const data = await read()
      const file = hashedName(path.basename(name), createHash('sha256').update(data).digest('hex'))
      await fs.writeFile(path.join(this.dir, file), data)
      entry = { file, bytes: data.byteLength }
    }
    this.used[key] = entry
    const target = path.join(outDir, folder, entry.file)
    if (!(await exists(target))) await fs.link(path.join(this.dir, entry.file), target)
    return { path: `${folder}/${entry.file}`, bytes: entry.bytes }
  }

  /** Writes the index of what this export used and removes every other cached file. */
  async save(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true })
    const partial = `${this.indexFile}.${process.pid}`
    await fs.writeFile(partial, JSON.stringify(this.used))
    await fs.rename(partial, this.indexFile)
    const kept = new Set(Object.values(this.used).map((entry) => entry.file))
    for (const name of await fs.readdir(this.dir))
      if (name !== 'index.json' && !kept.has(name) && !name.startsWith('index.json.'))
        await fs.rm(path.join(this.dir, name), { force: true })
  }

  private async load(): Promise<Record<string, Entry>> {
    if (!this.index) {
      await fs.mkdir(this.dir, { recursive: true })
      try {
        this.index = JSON.parse(await fs.readFile(this.indexFile, 'utf8')) as Record<string, Entry>
      } catch {
        // No cache yet, or a damaged index: every file is read once more.
        this.index = {}
      }
    }
    return this.index
  }
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )
