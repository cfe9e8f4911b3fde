import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'

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
  const found = await req.payload.find({
    collection: 'toolkit-downloads',
    where: {
      and: [
        { toolkit: { equals: toolkit } },
        organisation === null
          ? { organisation: { exists: false } }
          : { organisation: { equals: organisation } },
        { [field]: { equals: fileId } },
      ],
    },
    limit: 1,
    depth: 0,
    req,
  })
  const row = found.docs[0]
  if (row) {
    await req.payload.update({
      collection: 'toolkit-downloads',
      id: row.id,
      data: { count: row.count + 1, lastDownloadedOn: today },
      req,
    })
  } else {
    await req.payload.create({
      collection: 'toolkit-downloads',
      data: { toolkit, organisation, [field]: fileId, count: 1, lastDownloadedOn: today },
      req,
    })
  }
}
