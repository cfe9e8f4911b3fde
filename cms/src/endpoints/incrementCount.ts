import type { PayloadRequest, Where } from 'payload'

/** The counter collections: one row per thing counted, with a `count` field. */
type CounterCollection = 'toolkit-downloads' | 'placement-visits'

/**
 * Adds one to the row `where` finds, or creates it with `fields` and a count of one. `also` is
 * written either way (the day of the last download, say).
 */
export async function incrementCount(
  req: PayloadRequest,
  collection: CounterCollection,
  where: Where,
  fields: Record<string, unknown>,
  also: Record<string, unknown> = {},
): Promise<void> {
  const { docs } = await req.payload.find({ collection, where, limit: 1, depth: 0, req })
  const row = docs[0]
  if (row) {
    await req.payload.update({
      collection,
      id: row.id,
      data: { ...also, count: row.count + 1 },
      req,
    })
  } else {
    await req.payload.create({
      collection,
      data: { ...fields, ...also, count: 1 } as never,
      req,
    })
  }
}
