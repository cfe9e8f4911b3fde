import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { incrementCount } from './incrementCount'

/**
 * Counts one download for the partner's company: one row per toolkit, company and file, counted
 * up, with the day of the last download. The person is not recorded, only the company.
 */
export async function countDownload(
  req: PayloadRequest,
  toolkit: number,
  collection: 'files' | 'media',
  fileId: number,
  user: User,
): Promise<void> {
  const organisation =
    user.employer && typeof user.employer === 'object' ? user.employer.id : (user.employer ?? null)
  const field = collection === 'files' ? 'file' : 'image'
  const today = new Date().toISOString().slice(0, 10)
  await incrementCount(
    req,
    'toolkit-downloads',
    {
      and: [
        { toolkit: { equals: toolkit } },
        organisation === null
          ? { organisation: { exists: false } }
          : { organisation: { equals: organisation } },
        { [field]: { equals: fileId } },
      ],
    },
    { toolkit, organisation, [field]: fileId },
    { lastDownloadedOn: today },
  )
}
