import type { Block } from 'payload'

import { validateSiteOrHttpsLink } from '../../fields/siteOrHttpsLink'

/** One clear next step: a page on this site or a careers site elsewhere. */
export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CampaignCallToActionBlock',
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'label', type: 'text', required: true },
    {
      name: 'href',
      type: 'text',
      required: true,
      validate: validateSiteOrHttpsLink,
    },
  ],
}
