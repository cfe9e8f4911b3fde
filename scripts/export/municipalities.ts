import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

import { asText } from './fields'
import type { RawDoc } from './source'

type Municipality = Snapshot['municipalities'][number]

/** A municipality stories, employers and events are placed in. */
export const readMunicipality = (doc: RawDoc): Municipality => ({
  id: String(doc.id),
  name: asText(doc.name),
  slug: asText(doc.slug) || slugify(asText(doc.name)),
  region: asText(doc.region),
  country: doc.country as Municipality['country'],
})
