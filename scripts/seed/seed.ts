import type { Payload } from 'payload'

import type { SeedRun } from './seedRun'
import { seedCampaigns } from './steps/campaigns'
import { seedEmployers } from './steps/employers'
import { seedEvents } from './steps/events'
import { seedJobs } from './steps/jobs'
import { library } from './steps/library'
import { seedMunicipalities } from './steps/municipalities'
import { seedSiteSettings } from './steps/siteSettings'
import { seedStories } from './steps/stories'
import { seedToolkits } from './steps/toolkits'
import { seedUsers } from './steps/users'

interface SeedOptions {
  dataDir: string
  log?: (message: string) => void
}

/**
 * Writes the demo content. Idempotent: every document is looked up by its natural key first and
 * left alone when it exists, so running it again adds only what is missing and overwrites no edit.
 */
export async function seed(
  payload: Payload,
  { dataDir, log = () => {} }: SeedOptions,
): Promise<void> {
  const run: SeedRun = { payload, dataDir, log }
  const files = library(run)
  const placeId = await seedMunicipalities(run)
  const employerId = await seedEmployers(run, placeId, files)
  await seedStories(run, placeId, employerId, files)
  await seedEvents(run, placeId, files)
  await seedToolkits(run, files)
  await seedCampaigns(run, files)
  await seedSiteSettings(run, files)
  await seedUsers(run, employerId)
  await seedJobs(run)
}
