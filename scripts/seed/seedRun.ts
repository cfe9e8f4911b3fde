import type { Payload } from 'payload'

/** What every seeding step works with. */
export interface SeedRun {
  payload: Payload
  /** The data folder: demo logins are written there. */
  dataDir: string
  log: (message: string) => void
}
