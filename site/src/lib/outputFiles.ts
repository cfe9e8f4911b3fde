import fs from 'node:fs'
import path from 'node:path'

import { foldersWithoutPages } from '@talentregion/shared/outputFolders'

/**
 * Every file of a built site, as paths relative to it, but none in the top-level folders
 * `skip` names: tens of thousands of media and search files need not be listed to find pages.
 */
export function outputFiles(dir: string, skip: ReadonlySet<string>): string[] {
  const files: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) files.push(entry.name)
    else if (!skip.has(entry.name))
      for (const file of fs.readdirSync(path.join(dir, entry.name), {
        recursive: true,
        withFileTypes: true,
      }))
        if (!file.isDirectory())
          files.push(path.relative(dir, path.join(file.parentPath, file.name)))
  }
  return files
}

/** Every HTML file of a built site, as full paths. */
export const htmlFiles = (dir: string): string[] =>
  outputFiles(dir, foldersWithoutPages)
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file))
