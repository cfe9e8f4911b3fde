import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** A hash of every file under the given paths: tells whether a build is out of date. */
export function sourceHash(paths: string[]): string {
  const hash = createHash('sha256')
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) {
        if (child === 'node_modules' || child === '.next') continue
        visit(path.join(entry, child))
      }
      return
    }
    hash.update(entry)
    hash.update(fs.readFileSync(entry))
  }
  paths.forEach(visit)
  return hash.digest('hex')
}
