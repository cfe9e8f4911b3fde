import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { afterAll, beforeAll } from 'vitest'

/**
 * Astro's Container API for one test file, rendering components against this snapshot: it is
 * written to a throw-away folder the site reads (SNAPSHOT_DIR), removed after the file's tests.
 */
export function snapshotContainer(snapshot: Snapshot): () => AstroContainer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-snapshot-'))
  fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot))
  process.env.SNAPSHOT_DIR = dir
  let container: AstroContainer | undefined
  beforeAll(async () => {
    container = await AstroContainer.create()
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  return () => container!
}
