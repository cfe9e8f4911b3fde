import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

/**
 * Builds the real thing once for all browser tests: the demo content seeded into a throw-away
 * database, exported to a snapshot, built by Astro and Pagefind, served by our static server.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-e2e-'))
  process.env.DATA_DIR = dir
  process.env.DATABASE_URL = `file:${path.join(dir, 'e2e.db')}`
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  process.env.DISABLE_PAYLOAD_HMR = 'true'

  const [
    { getPayload },
    { default: config },
    { migrateDatabase },
    { seed },
    { buildSnapshot },
    { localSource },
  ] = await Promise.all([
    import('payload'),
    import('@talentregion/cms/config'),
    import('@talentregion/cms/migrate'),
    import('../../../scripts/seed/seed'),
    import('../../../scripts/export/buildSnapshot'),
    import('../../../scripts/export/localSource'),
  ])
  const payload = await getPayload({ config, key: randomUUID() })
  await migrateDatabase(payload)
  await seed(payload, { dataDir: dir })
  const snapshotDir = path.join(dir, 'snapshot')
  await buildSnapshot(localSource(payload), snapshotDir)
  await payload.destroy()

  const { createStaticServer } = await import('../../../scripts/serve/staticServer')
  const { buildSite } = await import('../../../scripts/site/buildSite')
  const siteDir = path.join(dir, 'site')
  const server = createStaticServer({ root: () => siteDir, port: 0 })
  await new Promise((resolve) => server.once('listening', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await buildSite({ snapshotDir, outDir: siteDir, siteUrl: baseUrl })

  project.provide('baseUrl', baseUrl)
  project.provide('snapshotFile', path.join(snapshotDir, 'snapshot.json'))
  return async () => {
    await new Promise((resolve) => server.close(resolve))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    snapshotFile: string
  }
}
