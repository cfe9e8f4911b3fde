import fs from 'node:fs'
import path from 'node:path'

/**
 * Makes folder `to` hold exactly the files of `from`, moving them across. A file already in
 * `to` with the same content is left as it is (same inode and time), so the release step sees
 * it unchanged and does not read it again; files `from` does not have are removed.
 */
export function syncFolder(from: string, to: string): { changed: number; removed: number } {
  const wanted = new Set(
    fs
      .readdirSync(from, { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(from, file)).isFile()),
  )
  let changed = 0
  let removed = 0
  for (const file of wanted) {
    const source = path.join(from, file)
    const target = path.join(to, file)
    if (sameContent(source, target)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    try {
      fs.renameSync(source, target)
    } catch {
      // Another file system: copied instead.
      fs.copyFileSync(source, target)
    }
    changed += 1
  }
  if (fs.existsSync(to))
    for (const file of fs.readdirSync(to, { recursive: true, encoding: 'utf8' })) {
      const target = path.join(to, file)
      if (wanted.has(file) || !fs.statSync(target).isFile()) continue
      fs.rmSync(target)
      removed += 1
    }
  return { changed, removed }
}

function sameContent(a: string, b: string): boolean {
  const size = fs.statSync(b, { throwIfNoEntry: false })?.size
  return size === fs.statSync(a).size && fs.readFileSync(a).equals(fs.readFileSync(b))
}
