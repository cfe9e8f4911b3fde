import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Releases live side by side under `<root>/releases/<id>/`; `<root>/current` is a symbolic link
 * to the live one. Switching replaces the link with one rename, so a visitor sees either the
 * old site or the new one, never half of each.
 */
export class Releases {
  readonly dir: string
  readonly currentLink: string

  constructor(readonly root: string) {
    this.dir = path.join(root, 'releases')
    this.currentLink = path.join(root, 'current')
    fs.mkdirSync(this.dir, { recursive: true })
  }

  /** A new, sortable release id: UTC time to the millisecond plus a random tail. */
  newId(now = new Date()): string {
    return `${now.toISOString().replace(/[-:]/g, '').replace('.', '').replace('T', '-').replace('Z', '')}-${randomBytes(2).toString('hex')}`
  }

  /** When the build that made a release started, read back from its id; null for other names. */
  static startedAt(id: string): Date | null {
    const parts = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-/.exec(id)
    if (!parts) return null
    const [, year, month, day, hour, minute, second, ms] = parts
    return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`)
  }

  pathOf(id: string): string {
    if (!/^[\w-]+$/.test(id)) throw new Error(`"${id}" is not a release id`)
    return path.join(this.dir, id)
  }

  /** The live release's id, or null before the first successful build. */
  live(): string | null {
    try {
      return path.basename(fs.readlinkSync(this.currentLink))
    } catch {
      return null
    }
  }

  /** The folder a server should serve: the live release (resolved on every call). */
  liveDir(): string | null {
    const id = this.live()
    return id ? this.pathOf(id) : null
  }

  /** Complete releases, newest first. */
  list(): string[] {
    return fs
      .readdirSync(this.dir, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && fs.existsSync(path.join(this.dir, entry.name, '.complete')),
      )
      .map((entry) => entry.name)
      .sort()
      .reverse()
  }

  /** Marks a built and checked release as complete, so it can go live or be rolled back to. */
  markComplete(id: string): void {
    fs.writeFileSync(path.join(this.pathOf(id), '.complete'), new Date().toISOString())
  }

  /** Makes a complete release live, atomically. */
  activate(id: string): void {
    if (!this.list().includes(id)) throw new Error(`Release ${id} does not exist or is incomplete`)
    const temporary = `${this.currentLink}.${randomBytes(4).toString('hex')}`
    fs.symlinkSync(path.join('releases', id), temporary)
    fs.renameSync(temporary, this.currentLink)
  }

  /** Removes a failed or abandoned release folder. */
  discard(id: string): void {
    if (id !== this.live()) fs.rmSync(this.pathOf(id), { recursive: true, force: true })
  }

  /** Keeps the newest `keep` complete releases (and always the live one); removes the rest. */
  prune(keep: number): string[] {
    const live = this.live()
    const removed = this.list()
      .slice(keep)
      .filter((id) => id !== live)
    removed.forEach((id) => fs.rmSync(this.pathOf(id), { recursive: true, force: true }))
    return removed
  }
}
