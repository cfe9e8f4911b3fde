import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { dataDir as dataFolder, workspaceRoot } from '@talentregion/shared/environment'

/** The checkout's root folder. */
export const repoRoot = workspaceRoot(path.dirname(fileURLToPath(import.meta.url)))

/**
 * Prepares the environment every local command shares: the data folder, a session secret kept
 * there (made once, never committed), and telemetry off. Call before importing the CMS config.
 */
export function prepareEnvironment(): { dataDir: string } {
  const dataDir = dataFolder(process.env, repoRoot)
  fs.mkdirSync(dataDir, { recursive: true })
  process.env.DATA_DIR = dataDir
  if (!process.env.PAYLOAD_SECRET) {
    const secretFile = path.join(dataDir, 'payload-secret')
    if (!fs.existsSync(secretFile)) {
      fs.writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 })
    }
    process.env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
  }
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return { dataDir }
}
