import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '@talentregion/shared/environment'
import { parseSnapshot } from '@talentregion/shared/schemas/parseSnapshot'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { keepNumbersTogetherIn } from '@talentregion/shared/typography'

/** The folder holding snapshot.json and its media/, from SNAPSHOT_DIR or the data folder. */
export function snapshotDir(): string {
  if (process.env.SNAPSHOT_DIR) return path.resolve(process.env.SNAPSHOT_DIR)
  return path.join(dataDir(), 'snapshot')
}

let cached: Snapshot | undefined

/**
 * The validated snapshot, its texts with numbers kept together. Read once per build; an invalid
 * one throws a SnapshotError naming document, locale and field before any page renders.
 */
export function loadSnapshot(): Snapshot {
  if (cached) return cached
  const file = path.join(snapshotDir(), 'snapshot.json')
  if (!fs.existsSync(file)) {
    throw new Error(
      `No content snapshot at ${file}. Export one first (pnpm export) or set SNAPSHOT_DIR.`,
    )
  }
  // Editors type "10 000" with a plain space; on a phone it must not break across two lines.
  cached = keepNumbersTogetherIn(parseSnapshot(JSON.parse(fs.readFileSync(file, 'utf8'))))
  return cached
}
