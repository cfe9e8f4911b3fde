import type { CollectionConfig } from 'payload'

import { placementMedia } from '@talentregion/shared/placementMedia'
import { redirectTargetProblem } from '@talentregion/shared/redirects'

import { anyone } from '../../access/anyone'
import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { rebuildAfterChange } from '../../hooks/rebuildSite'
import { assignCode } from './hooks/assignCode'
import { placementQr, placementShortUrl } from '../../endpoints/placementQr'
import { adminText } from '../../i18n/adminText'

/**
 * Where a campaign is printed or shown: each placement has its own short code and QR code, so
 * the region can see which placements bring visitors. Placements are never deleted: a code on a
 * billboard must keep working for years.
 */
export const Placements: CollectionConfig = {
  slug: 'placements',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'campaign', 'medium'],
    group: adminText('group.campaigns'),
  },
  // Codes are printed in public; the exporter reads them like any visitor.
  endpoints: [placementShortUrl, placementQr],
  access: { read: anyone, create: isStaff, update: isStaff, delete: nobody },
  hooks: { beforeChange: [assignCode], afterChange: [rebuildAfterChange] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'campaign',
          type: 'relationship',
          relationTo: 'campaigns',
          // Not required in the database: when a campaign is deleted its placements stay, with
          // no campaign, and their codes lead to the home page.
          validate: (value: unknown, { operation }: { operation?: string }) =>
            operation === 'create' && !value
              ? 'Choose the campaign this placement belongs to.'
              : true,
        },
        {
          name: 'medium',
          type: 'select',
          required: true,
          options: [...placementMedia],
        },
      ],
    },
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
      },
    },
    {
      name: 'target',
      type: 'text',
      validate: (value: unknown) => {
        if (typeof value !== 'string' || value === '') return true
        const problem = redirectTargetProblem(value)
        return problem ? `The target ${problem}.` : true
      },
    },
    {
      name: 'qr',
      type: 'ui',
      admin: { components: { Field: '/components/PlacementQrCodes#PlacementQrCodes' } },
    },
  ],
}
