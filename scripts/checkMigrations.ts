import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from './lib/environment'
import { run } from './lib/run'

/**
 * Fails when the Payload config has schema changes that no committed SQLite migration covers
 * (production does not push schemas, so such a change would break the next `npm start`).
 */
const migrations = path.join(repoRoot, 'cms', 'src', 'migrations')
const before = new Set(fs.readdirSync(migrations))
await run('pnpm', ['exec', 'payload', 'migrate:create', 'pending', '--skip-empty'], {
  cwd: path.join(repoRoot, 'cms'),
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-migrations-')),
    DATABASE_URL: '',
    PAYLOAD_SECRET: 'migration-check-migration-check-0000',
    DISABLE_PAYLOAD_HMR: 'true',
  },
})
const created = fs.readdirSync(migrations).filter((file) => !before.has(file))
if (created.length > 0) {
  for (const file of created) fs.rmSync(path.join(migrations, file))
  await run(
    'git',
    [
      'checkout',
      '--',
      path.join(migrations, 'index.ts'),
      path.join(repoRoot, 'cms', 'src', 'payload-types.ts'),
    ],
    {
      cwd: repoRoot,
    },
  )
  console.error(
    'The collections changed without a migration. Run (in cms/, with PAYLOAD_SECRET set):\n' +
      '  pnpm exec payload migrate:create <name>\nand commit the files it writes.',
  )
  process.exit(1)
}
console.log('Migrations cover the schema.')
