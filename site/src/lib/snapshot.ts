import fs from 'node:fs'
import path from 'node:path'

import { parseSnapshot } from '@talentregion/shared/schemas/parseSnapshot'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

/** The folder holding snapshot.json and its media/, from SNAPSHOT_DIR or the data folder. */
export function snapshotDir(): string {
  if (process.env.SNAPSHOT_DIR) return path.resolve(process.env.SNAPSHOT_DIR)
  let dir = process.cwd()
  while (!fs.existsSync(path.join(dir, 'pnpm-workspace.yaml')) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir)
  }
  return path.join(dir, 'data', 'snapshot')
}

let cached: Snapshot | undefined

/**
 * The validated snapshot. Read once per build; an invalid one throws a SnapshotError naming
 * document, locale and field before any page renders.
 */
export function loadSnapshot(): Snapshot {
  if (cached) return cached
  const file = path.join(snapshotDir(), 'snapshot.json')
  if (!fs.existsSync(file)) {
    throw new Error(
      `No content snapshot at ${file}. Export one first (pnpm export) or set SNAPSHOT_DIR.`,
    )
  }
  cached = parseSnapshot(JSON.parse(fs.readFileSync(file, 'utf8')))
  return cached
}
