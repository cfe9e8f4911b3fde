import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

import { openPayload } from '../lib/payload'
import { buildSnapshot } from './buildSnapshot'
import { localSource } from './localSource'
import { restSource } from './restSource'

interface ExportOptions {
  out: string
  /** Read this running CMS over REST instead of the database. */
  rest?: string
}

/** Exports a snapshot from the CMS database (local API) or a running CMS (REST). */
export async function exportSnapshot({ out, rest }: ExportOptions): Promise<Snapshot> {
  if (rest) {
    const source = await restSource({
      baseUrl: rest,
      email: process.env.EXPORT_EMAIL,
      password: process.env.EXPORT_PASSWORD,
    })
    return buildSnapshot(source, out)
  }
  const { payload } = await openPayload()
  try {
    return await buildSnapshot(localSource(payload), out)
  } finally {
    await payload.destroy()
  }
}
