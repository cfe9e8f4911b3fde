import type { Field, GroupField } from 'payload'

import { industries } from '@talentregion/shared/industries'
import { campaignActions, type CampaignAction } from '@talentregion/shared/campaignActions'

import { selectOptions } from './selectOptions'
import { validateSiteOrHttpsLink } from './siteOrHttpsLink'

const when =
  (type: CampaignAction) =>
  (_: unknown, siblingData: { type?: unknown } | undefined): boolean =>
    siblingData?.type === type

/**
 * What a campaign asks of the visitor — the button in its hero: the interest form on the page,
 * the job list narrowed to the campaign's place or industry, an event, or a link. The place and
 * industry also narrow the jobs its thank-you page offers, whatever the button does.
 */
export function primaryActionField(): GroupField {
  const fields: Field[] = [
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          defaultValue: 'form',
          options: [...campaignActions],
        },
        // The button's words; empty: the site's own words for that action, in each language.
        { name: 'label', type: 'text', localized: true, maxLength: 40 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'municipality',
          type: 'relationship',
          relationTo: 'municipalities',
        },
        {
          name: 'industry',
          type: 'select',
          options: selectOptions({ values: industries, labelPrefix: 'industry' }),
        },
      ],
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      admin: { condition: when('event') },
      validate: (value: unknown, { siblingData }: { siblingData?: { type?: unknown } }) =>
        siblingData?.type !== 'event' || value ? true : 'Choose the event.',
    },
    {
      name: 'href',
      type: 'text',
      admin: { condition: when('link') },
      validate: (value: unknown, { siblingData }: { siblingData?: { type?: unknown } }) =>
        siblingData?.type !== 'link' ? true : validateSiteOrHttpsLink(value),
    },
  ]
  return { name: 'primaryAction', type: 'group', fields }
}
