/** The time zones events in our regions are held in. */
export const eventTimeZones = ['Europe/Oslo', 'Europe/Stockholm'] as const

export type EventTimeZone = (typeof eventTimeZones)[number]
