import fs from 'node:fs'
import path from 'node:path'

// Until a build marks its start, every file counts as written by it.
let started = -Infinity

/**
 * Notes when this build began writing into `outDir`, by the file system's own clock (which may
 * tick more coarsely than Date.now()): files older than that were kept from the last build.
 */
export function markBuildStart(outDir: string): void {
  const marker = path.join(outDir, '.build-started')
  fs.mkdirSync(outDir, { recursive: true })
  fs.writeFileSync(marker, '')
  started = fs.statSync(marker).mtimeMs
  fs.rmSync(marker)
}

/** Whether a file with this modification time was written by this build. */
export const writtenThisBuild = (mtimeMs: number) => mtimeMs >= started
