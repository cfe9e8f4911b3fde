import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { withDatabaseName } from './databaseUrl'

// Every test file gets its own throw-away data folder and database, set before the CMS config
// is imported: a SQLite file in that folder, or — when DATABASE_URL names MongoDB — a database
// of its own on that server, so the same suite runs on both.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-int-'))
const id = path.basename(dir).replace(/[^a-zA-Z0-9]/g, '')
const external = process.env.DATABASE_URL
process.env.DATA_DIR = dir
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.SITE_BUILD_DEBOUNCE_MS = '0'
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.DATABASE_URL = external?.startsWith('mongodb')
  ? withDatabaseName(external, `talentregion_test_${id}`)
  : `file:${path.join(dir, 'test.db')}`

// The folder goes with the file's last test (open database files are unlinked safely on Linux).
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
