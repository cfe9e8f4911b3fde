import type { Payload } from 'payload'

import type { User } from '../../../payload-types'
import { partnerView, type PartnerView } from '../../../toolkits/partnerView'
import { renditionsOf, type CachedRendition } from '../../../toolkits/renditionCache'
import type { PortalLanguage } from './strings'

export type PortalToolkit = PartnerView & {
  /** Each logo's PNG renditions, by its file's id. */
  renditions: Map<number | string, CachedRendition[]>
  /** About how large the toolkit's zip is: it is packed when asked for. */
  zipBytes: number
}

/** The published toolkits this user may see, in their language, with what the page offers. */
export async function loadToolkits(
  payload: Payload,
  user: User,
  language: PortalLanguage,
): Promise<PortalToolkit[]> {
  const { docs } = await payload.find({
    collection: 'toolkits',
    where: { _status: { equals: 'published' } },
    locale: language,
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return Promise.all(
    docs.map(async (doc) => {
      const view = partnerView(doc)
      const renditions = new Map(
        await Promise.all(
          view.logos.map(async (logo) => [logo.file.id, await renditionsOf(logo.file)] as const),
        ),
      )
      // The zip's size is close to the sum of what goes in.
      const zipBytes = [...view.files, ...view.images].reduce(
        (sum, file) => sum + (file.filesize ?? 0),
        [...renditions.values()].flat().reduce((sum, rendition) => sum + rendition.bytes, 0),
      )
      return { ...view, renditions, zipBytes }
    }),
  )
}
