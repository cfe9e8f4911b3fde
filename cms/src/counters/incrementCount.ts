import type { PayloadRequest } from 'payload'

import { addOne, type CounterCollection, type CounterFields } from './addOne'

/** Whether an error is a unique-index violation: the row was created meanwhile. */
const isDuplicateKey = (error: unknown): boolean =>
  /unique|duplicate key|E11000/i.test(
    `${error instanceof Error ? error.message : ''} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`,
  )

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
  try {
    await payload.create({
      collection,
      data: { ...fields, ...also, key, count: 1 } as never,
      req,
    })
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    await addOne(payload, collection, key, also)
  }
}
