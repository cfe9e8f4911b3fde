/**
 * What a campaign's hero button can lead to: the interest form on its page, the job list
 * (narrowed to a place or an industry), one event, or a link.
 */
export const campaignActions = ['form', 'jobs', 'event', 'link'] as const

export type CampaignAction = (typeof campaignActions)[number]
