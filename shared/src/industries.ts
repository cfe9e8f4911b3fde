/** The fixed list of industries an employer can belong to; labels live in the UI strings. */
export const industries = [
  'manufacturing',
  'energy',
  'mining-metals',
  'forestry-wood',
  'food',
  'health-care',
  'education-research',
  'public-sector',
  'technology',
  'construction',
  'tourism-culture',
  'transport-logistics',
] as const

export type Industry = (typeof industries)[number]
