import fs from 'node:fs/promises'

/** Writes a whole file or nothing: two requests writing the same cache entry never mix halves. */
export async function writeAtomically(target: string, data: Buffer | string): Promise<void> {
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`
  await fs.writeFile(temporary, data)
  await fs.rename(temporary, target)
}
