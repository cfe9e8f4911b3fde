import type { Block } from 'payload'

/** The first thing a visitor sees after scanning: a picture, a promise, one button. */
export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'CampaignHeroBlock',
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
