import type { Payload } from 'payload'
import { defaultLocale } from '@talentregion/shared/locales'

/** How far ahead editors are warned about image licences that end. */
export const licenceWarningDays = 30

const dayMs = 24 * 60 * 60 * 1000

/** Whether an image's licence ended before today; it may then be neither shown nor handed out. */
export function licenceEnded(
  media: { licenceExpires?: string | null },
  today = new Date(),
): boolean {
  return Boolean(
    media.licenceExpires && media.licenceExpires.slice(0, 10) < today.toISOString().slice(0, 10),
  )
}

export interface LicenceEnding {
  id: number | string
  label: string
  /** The last day the image may be used, as YYYY-MM-DD. */
  expires: string
  /** Days until then; negative once it has passed. */
  daysLeft: number
}

/**
 * Images whose licence ends within the warning period, or ended in the last 90 days (they have
 * left the site, but an editor may still want to renew them), soonest first.
 */
export async function mediaLicencesEnding(
  payload: Payload,
  today = new Date(),
): Promise<LicenceEnding[]> {
  const start = new Date(today.toISOString().slice(0, 10))
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      and: [
        { licenceExpires: { greater_than_equal: new Date(+start - 90 * dayMs).toISOString() } },
        {
          licenceExpires: {
            less_than: new Date(+start + (licenceWarningDays + 1) * dayMs).toISOString(),
          },
        },
      ],
    },
    sort: 'licenceExpires',
    pagination: false,
    depth: 0,
    locale: defaultLocale,
  })
  return docs.map((doc) => {
    const expires = String(doc.licenceExpires).slice(0, 10)
    return {
      id: doc.id,
      label: doc.alt || doc.filename || String(doc.id),
      expires,
      daysLeft: Math.round((+new Date(expires) - +start) / dayMs),
    }
  })
}
