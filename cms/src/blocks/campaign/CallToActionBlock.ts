import type { Block } from 'payload'

import { redirectTargetProblem } from '@talentregion/shared/redirects'

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
      validate: (value: unknown) => {
        const href = typeof value === 'string' ? value.trim() : ''
        if (/^https:\/\/[^/\s]+\.[^/\s]+/.test(href)) return true
        const problem = redirectTargetProblem(href)
        return problem ? `The link ${problem}.` : true
      },
    },
  ],
}
