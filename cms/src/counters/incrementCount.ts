import type { PayloadRequest } from 'payload'

import { uniqueKeyReady } from '../database/uniqueKeyReady'
import { addOne, type CounterCollection, type CounterFields } from './addOne'

/**
 * Counts one for the row with `key`: adds one atomically, or creates the row with `fields` and a
 * count of one. Two requests that both find no row race to create it; the one that loses meets
 * the unique key and adds its one to the winner's row. `also` is written either way.
 */
export async function incrementCount(
  req: PayloadRequest,
  collection: CounterCollection,
  key: string,
  fields: Record<string, unknown>,
  also: CounterFields = {},
): Promise<void> {
  const { payload } = req
  if (await addOne(payload, collection, key, also)) return
  await uniqueKeyReady(payload, collection)
  try {
    await payload.create({
      collection,
      data: { ...fields, ...also, key, count: 1 } as never,
      req,
    })
  } catch (error) {
    // The unique key refused a second row (each database words that differently): another
    // request created it meanwhile, so this one adds to it. Any other failure stands.
    if (!(await addOne(payload, collection, key, also))) throw error
  }
}
