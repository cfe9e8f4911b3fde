/** What a story can be about; used for filters and related reading. Labels live in the UI strings. */
export const topics = [
  'career',
  'moving',
  'family',
  'nature',
  'housing',
  'study',
  'entrepreneurship',
  'green-transition',
  'community',
] as const

export type Topic = (typeof topics)[number]
