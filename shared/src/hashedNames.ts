/**
 * Snapshot and release files carry a content hash in their name (`lake.0a1b2c3d4e.jpg`), so they
 * can be cached for ever; a downloaded copy gets the name without it.
 */
const hashed = /\.[0-9a-f]{10}(\.[A-Za-z0-9]+)$/

/** `lake.jpg` + hash → `lake.0a1b2c3d4e.jpg` (the first ten hex digits of the hash). */
export function hashedName(name: string, hash: string): string {
  const dot = name.lastIndexOf('.')
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  return `${base}.${hash.slice(0, 10)}${extension}`
}

/** `media/lake.0a1b2c3d4e.jpg` → `lake.jpg`. */
export function originalName(path: string): string {
  return (path.split('/').pop() ?? path).replace(hashed, '$1')
}
