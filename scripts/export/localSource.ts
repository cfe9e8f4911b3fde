import { readUpload } from '@talentregion/cms/readUpload'
import type { Payload, Where } from 'payload'

import type { ContentSource, RawDoc } from './source'

/**
 * Reads through Payload's local API as an anonymous visitor (`overrideAccess: false`, no user),
 * so the same access rules that guard the REST API decide what can reach the snapshot.
 */
export function localSource(payload: Payload): ContentSource {
  return {
    cmsUrl: payload.config.serverURL || null,
    async findAll(collection, where) {
      const result = await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        where: where as Where | undefined,
      })
      return result.docs as unknown as RawDoc[]
    },
    async findGlobal(slug, { locale, fallback }) {
      const result = await payload.findGlobal({
        slug,
        locale: locale as 'nb',
        fallbackLocale: fallback ? undefined : false,
        depth: 0,
        overrideAccess: false,
      })
      return result as unknown as Record<string, unknown>
    },
    readUpload,
    async close() {},
  }
}
