import type { Block } from 'payload'

import { redirectTargetProblem } from '@talentregion/shared/redirects'

/** One clear next step: a page on this site or a careers site elsewhere. */
export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CampaignCallToActionBlock',
  labels: {
    singular: { nb: 'Handlingsknapp', sv: 'Uppmaning', en: 'Call to action' },
    plural: { nb: 'Handlingsknapper', sv: 'Uppmaningar', en: 'Calls to action' },
  },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'label', type: 'text', required: true },
    {
      name: 'href',
      type: 'text',
      required: true,
      admin: { description: 'A path on this site (/sv/arbetsgivare/) or an https:// address.' },
      validate: (value: unknown) => {
        const href = typeof value === 'string' ? value.trim() : ''
        if (/^https:\/\/[^/\s]+\.[^/\s]+/.test(href)) return true
        const problem = redirectTargetProblem(href)
        return problem ? `The link ${problem}.` : true
      },
    },
  ],
}
