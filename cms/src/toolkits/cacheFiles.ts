import fs from 'node:fs/promises'

/** A cache entry's bytes, or null when it has not been written yet (any other failure throws). */
export async function readCached(file: string): Promise<Buffer | null> {
  return fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
}

/** Writes a whole file or nothing: two requests writing the same cache entry never mix halves. */
export async function writeAtomically(target: string, data: Buffer | string): Promise<void> {
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`
  await fs.writeFile(temporary, data)
  await fs.rename(temporary, target)
}
