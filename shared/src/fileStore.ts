import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What linking a tree cost: how many files it has and how many bytes were new. */
export interface LinkReport {
  files: number
  newFiles: number
  newBytes: number
  /** Each file's SHA-256, by its path in the tree. */
  digests: Map<string, string>
}

/** Last build's digest of a file, valid while the file's size, mtime and inode are the same. */
type Known = [size: number, mtimeMs: number, ino: number, sha256: string]

/**
 * One copy of every file any release holds, named by its content. A release is a tree of hard
 * links into the store, so a release that changed ten pages costs ten pages (and a folder of
 * links), not a copy of the site; rollback needs nothing, since every release is still a whole
 * tree. A stored file with no link but the store's own belongs to no release and is swept.
 * Stored files are read-only: a release must never be written in place.
 */
export class FileStore {
  private readonly indexFile: string

  constructor(readonly dir: string) {
    this.indexFile = path.join(dir, 'index.json')
  }

  /**
   * Makes `to` (which must not exist) hold every file under `from`, each a hard link to the
   * stored copy of its content. A file unchanged since the last call (same size, time and
   * inode) is not read again; a changed one is read, and copied into the store if its content
   * is new.
   */
  linkTree(from: string, to: string): LinkReport {
    fs.mkdirSync(this.dir, { recursive: true })
    const known = this.readIndex()
    const next: Record<string, Known> = {}
    const report: LinkReport = { files: 0, newFiles: 0, newBytes: 0, digests: new Map() }
    fs.mkdirSync(to)
    for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
      const source = path.join(entry.parentPath, entry.name)
      const relative = path.relative(from, source)
      const target = path.join(to, relative)
      if (entry.isDirectory()) {
        fs.mkdirSync(target)
        continue
      }
      if (!entry.isFile()) continue
      const stat = fs.statSync(source)
      const previous = known[relative]
      const sha256 =
        previous &&
        previous[0] === stat.size &&
        previous[1] === stat.mtimeMs &&
        previous[2] === stat.ino
          ? previous[3]
          : createHash('sha256').update(fs.readFileSync(source)).digest('hex')
      next[relative] = [stat.size, stat.mtimeMs, stat.ino, sha256]
      report.digests.set(relative, sha256)
      const stored = this.pathOf(sha256)
      if (!fs.existsSync(stored)) {
        fs.mkdirSync(path.dirname(stored), { recursive: true })
        const partial = `${stored}.${process.pid}.partial`
        fs.copyFileSync(source, partial)
        fs.chmodSync(partial, 0o444)
        fs.renameSync(partial, stored)
        report.newFiles += 1
        report.newBytes += stat.size
      }
      // Its folder was made when the listing named it, before what is in it.
      linkOrCopy(stored, target)
      report.files += 1
    }
    this.writeIndex(next)
    return report
  }

  /** Removes stored files no release links to any more; returns how many. */
  sweep(): number {
    let removed = 0
    for (const entry of fs.readdirSync(this.dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const folder = path.join(this.dir, entry.name)
      for (const name of fs.readdirSync(folder)) {
        const file = path.join(folder, name)
        // A partial copy is a build that stopped midway; nothing links to it.
        if (fs.statSync(file).nlink === 1 || name.endsWith('.partial')) {
          fs.rmSync(file)
          removed += 1
        }
      }
    }
    return removed
  }

  private pathOf(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256)
  }

  private readIndex(): Record<string, Known> {
    try {
      return JSON.parse(fs.readFileSync(this.indexFile, 'utf8')) as Record<string, Known>
    } catch {
      // No index (first build) or a damaged one: every file is read once more.
      return {}
    }
  }

  private writeIndex(index: Record<string, Known>): void {
    const partial = `${this.indexFile}.${process.pid}`
    fs.writeFileSync(partial, JSON.stringify(index))
    fs.renameSync(partial, this.indexFile)
  }
}

/** A file system allows a limited number of links to one file; past it, a copy serves. */
function linkOrCopy(stored: string, target: string): void {
  try {
    fs.linkSync(stored, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EMLINK') throw error
    fs.copyFileSync(stored, target)
  }
}
