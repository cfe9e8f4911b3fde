import { relationKey } from '@talentregion/shared/relationId'
import type { PayloadRequest } from 'payload'

import type { File, Media, Toolkit, User } from '../payload-types'
import { counterKey } from '../counters/counterKey'
import { incrementCount } from '../counters/incrementCount'

/** What was downloaded: one file or image of the toolkit, or the whole toolkit as a zip. */
export type CountedDownload =
  { collection: 'files'; id: File['id'] } | { collection: 'media'; id: Media['id'] } | 'zip'

/**
 * Counts one download for the partner's company: one row per toolkit, company and file (or the
 * zip), counted up, with the day of the last download. The person is not recorded, only the company.
 */
export async function countDownload(
  req: PayloadRequest,
  toolkit: Toolkit['id'],
  download: CountedDownload,
  user: User,
): Promise<void> {
  const organisation = user.employer ? relationKey(user.employer) : null
  const what: Record<string, File['id'] | boolean> =
    download === 'zip'
      ? { zip: true }
      : { [download.collection === 'files' ? 'file' : 'image']: download.id }
  const key = counterKey([
    ['toolkit', toolkit],
    ['organisation', organisation],
    ['file', download !== 'zip' && download.collection === 'files' ? download.id : null],
    ['image', download !== 'zip' && download.collection === 'media' ? download.id : null],
    ['zip', download === 'zip'],
  ])
  const today = new Date(new Date().toISOString().slice(0, 10))
  await incrementCount(
    req,
    'toolkit-downloads',
    key,
    { toolkit, organisation, ...what },
    { lastDownloadedOn: today },
  )
}
