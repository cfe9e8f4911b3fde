import type { Employer } from '@talentregion/cms/types'

import { existing, seedContext } from '../createTranslated'
import { demoLogins } from '../credentials'
import type { SeedRun } from '../seedRun'

/** The demo's admin, editor and partner accounts (passwords in the data folder). */
export async function seedUsers(
  { payload, dataDir, log }: SeedRun,
  employerId: (name: string) => Employer['id'],
): Promise<void> {
  for (const login of demoLogins(dataDir)) {
    if (await existing(payload, 'users', { email: { equals: login.email } })) continue
    await payload.create({
      collection: 'users',
      data: {
        ...login,
        employer: login.role === 'partner' ? employerId('Raufoss Presisjon') : undefined,
      },
      context: seedContext,
    })
    log(`user: ${login.email} (${login.role})`)
  }
}
