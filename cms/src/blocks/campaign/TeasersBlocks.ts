import type { Block } from 'payload'

const heading = { name: 'heading', type: 'text' } as const

/** A few stories chosen for the campaign's audience. */
export const StoryTeasersBlock: Block = {
  slug: 'storyTeasers',
  interfaceName: 'CampaignStoryTeasersBlock',
  fields: [
    heading,
    {
      name: 'stories',
      type: 'relationship',
      relationTo: 'stories',
      hasMany: true,
      required: true,
      maxRows: 6,
    },
  ],
}

/** Employers that are hiring for this campaign. */
export const EmployerTeasersBlock: Block = {
  slug: 'employerTeasers',
  interfaceName: 'CampaignEmployerTeasersBlock',
  fields: [
    heading,
    {
      name: 'employers',
      type: 'relationship',
      relationTo: 'employers',
      hasMany: true,
      required: true,
      maxRows: 9,
    },
  ],
}

/** The next chance to meet the region in person. */
export const EventTeaserBlock: Block = {
  slug: 'eventTeaser',
  interfaceName: 'CampaignEventTeaserBlock',
  fields: [heading, { name: 'event', type: 'relationship', relationTo: 'events', required: true }],
}
