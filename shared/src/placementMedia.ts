/** The kinds of placement a campaign uses; each becomes the `utm_medium` of its visits. */
export const placementMedia = ['billboard', 'bus', 'poster', 'print', 'digital', 'event'] as const

export type PlacementMedium = (typeof placementMedia)[number]
