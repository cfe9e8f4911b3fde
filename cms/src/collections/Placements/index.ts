import type { CollectionConfig } from 'payload'

import type { Localized } from '@talentregion/shared/locales'
import { placementMedia, type PlacementMedium } from '@talentregion/shared/placementMedia'
import { redirectTargetProblem } from '@talentregion/shared/redirects'

import { anyone } from '../../access/anyone'
import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { rebuildAfterChange } from '../../hooks/rebuildSite'
import { assignCode } from './hooks/assignCode'
import { placementQr, placementShortUrl } from '../../endpoints/placementQr'

const mediumLabels: Record<PlacementMedium, Localized<string>> = {
  billboard: { nb: 'Plakattavle', sv: 'Affischtavla', en: 'Billboard' },
  bus: { nb: 'Buss', sv: 'Buss', en: 'Bus' },
  poster: { nb: 'Plakat', sv: 'Affisch', en: 'Poster' },
  print: { nb: 'Annonse på trykk', sv: 'Tryckt annons', en: 'Print ad' },
  digital: { nb: 'Digital annonse', sv: 'Digital annons', en: 'Digital ad' },
  event: { nb: 'Stand/arrangement', sv: 'Monter/evenemang', en: 'Stand or event' },
}

/**
 * Where a campaign is printed or shown: each placement has its own short code and QR code, so
 * the region can see which placements bring visitors. Placements are never deleted: a code on a
 * billboard must keep working for years.
 */
export const Placements: CollectionConfig = {
  slug: 'placements',
  labels: {
    singular: { nb: 'Plassering', sv: 'Placering', en: 'Placement' },
    plural: { nb: 'Plasseringer', sv: 'Placeringar', en: 'Placements' },
  },
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'campaign', 'medium'],
    group: { nb: 'Kampanjer', sv: 'Kampanjer', en: 'Campaigns' },
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
      admin: { description: 'e.g. "E6 at Hamar, northbound"' },
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
          admin: {
            description: {
              nb: 'Kan ikke endres etterpå: koden kan allerede være trykket.',
              sv: 'Kan inte ändras efteråt: koden kan redan vara tryckt.',
              en: 'Cannot be changed later: the code may already be printed.',
            },
          },
        },
        {
          name: 'medium',
          type: 'select',
          required: true,
          options: placementMedia.map((value) => ({ value, label: mediumLabels[value] })),
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
        description: 'Made when the placement is created.',
      },
    },
    {
      name: 'target',
      type: 'text',
      admin: {
        description: {
          nb: 'Valgfritt: en annen side på nettstedet enn kampanjesiden, f.eks. /nb/arbeidsgivere/.',
          sv: 'Valfritt: en annan sida på webbplatsen än kampanjsidan, t.ex. /sv/arbetsgivare/.',
          en: 'Optional: another page of the site than the landing page, e.g. /en/employers/.',
        },
      },
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
