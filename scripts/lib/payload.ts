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
  const [{ getPayload }, { default: config }, { migrateDatabase }] = await loadPayload()
  const payload = await getPayload({ config, key: randomUUID(), cron: options.cron })
  await migrateDatabase(payload)
  return { payload, dataDir }
}

/**
 * Payload and the CMS config, imported (once; later calls get the same modules). Loading them
 * is most of a build script's start-up, which a script on standby does before it is needed.
 */
export function loadPayload() {
  prepareEnvironment()
  // Imported only now: the CMS config reads the environment prepared above.
  return Promise.all([
    import('payload'),
    import('@talentregion/cms/config'),
    import('@talentregion/cms/migrate'),
  ])
}
