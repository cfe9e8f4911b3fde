import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { prepareEnvironment } from './environment'

/**
 * A Payload instance for scripts, on the database DATABASE_URL names, with the committed SQLite
 * migrations applied (MongoDB needs none). With `cron`, it runs the job queue on the schedule
 * the CMS config gives (the worker).
 */
export async function openPayload(
  options: { cron?: boolean } = {},
): Promise<{ payload: Payload; dataDir: string }> {
  const { dataDir } = prepareEnvironment()
  // Imported only now: the CMS config reads the environment prepared above.
  const [{ getPayload }, { default: config }, { migrateDatabase }] = await Promise.all([
    import('payload'),
    import('@talentregion/cms/config'),
    import('@talentregion/cms/migrate'),
  ])
  const payload = await getPayload({ config, key: randomUUID(), cron: options.cron })
  await migrateDatabase(payload)
  return { payload, dataDir }
}
