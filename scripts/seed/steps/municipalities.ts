import type { Municipality } from '@talentregion/cms/types'

import { municipalities } from '../content/municipalities'
import { existing, seedContext } from '../createTranslated'
import type { SeedRun } from '../seedRun'

/** The municipalities, and a lookup of their ids by name for the steps that place things. */
export async function seedMunicipalities({
  payload,
  log,
}: SeedRun): Promise<(name: string) => Municipality['id']> {
  const ids = new Map<string, Municipality['id']>()
  for (const place of municipalities) {
    const found = await existing(payload, 'municipalities', { name: { equals: place.name } })
    const doc =
      found ??
      (await payload.create({ collection: 'municipalities', data: place, context: seedContext }))
    ids.set(place.name, doc.id)
  }
  log(`municipalities: ${ids.size}`)
  return (name) => {
    const id = ids.get(name)
    if (id === undefined) throw new Error(`Seed content names an unknown municipality "${name}".`)
    return id
  }
}
