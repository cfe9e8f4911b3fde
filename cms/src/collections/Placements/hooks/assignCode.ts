import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { generateCode } from '@talentregion/shared/shortCodes'

import { relationId } from '@talentregion/shared/relationId'
import { message } from '../../../config/adminMessages'

/**
 * A new placement gets a short code that no placement has ever had. Once made, the code and the
 * campaign it leads to never change: it may already be printed on a billboard.
 */
export const assignCode: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    const taken = new Set(
      (
        await req.payload.find({
          collection: 'placements',
          depth: 0,
          pagination: false,
          select: { code: true },
          req,
        })
      ).docs.map((doc) => doc.code),
    )
    return { ...data, code: generateCode((code) => taken.has(code)) }
  }
  const original = originalDoc as { code?: string; campaign?: unknown } | undefined
  const before = relationId(original?.campaign)
  // A placement whose campaign was deleted keeps pointing nowhere (its code leads home).
  if (data.campaign !== undefined && relationId(data.campaign) !== before) {
    throw new ValidationError({
      collection: 'placements',
      errors: [
        {
          path: 'campaign',
          message: message(req, 'placementCampaignFixed'),
        },
      ],
    })
  }
  return { ...data, code: original?.code }
}
