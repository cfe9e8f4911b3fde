import type { Payload } from 'payload'

/** Runs the queued site build with a database it cannot read, so the build fails for real. */
export async function runFailingSiteBuild(payload: Payload): Promise<void> {
  const database = process.env.DATABASE_URL
  process.env.DATABASE_URL = 'file:/nonexistent/folder/cms.db'
  try {
    await payload.jobs.run({ queue: 'site' })
  } finally {
    process.env.DATABASE_URL = database
  }
}
