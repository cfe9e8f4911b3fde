import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@talentregion/shared/locales'
import { Releases } from '@talentregion/shared/releases'
import { documentPath, type Section } from '@talentregion/shared/routes'

import { isStaffUser } from '../access/roles'
import type { SiteBuild } from '../payload-types'
import { siteRoot } from '../config/siteReleases'
import { siteUrl } from '../config/siteUrl'
import { staffOnly } from './staffOnly'

/** Where a published document stands on its way to the public site. */
export type SiteState = 'draft' | 'waiting' | 'queued' | 'building' | 'live' | 'failed'

export interface SiteStatus {
  state: SiteState
  /** The page in the language asked for, once it is live and exists in that language. */
  url: string | null
  /** The build that carries the last publish, for its log and error. */
  buildId: SiteBuild['id'] | null
  error: string | null
  /** Live, but with no page in this language yet: the document is not translated into it. */
  untranslated: boolean
}

const buildStates: Record<string, SiteState> = {
  queued: 'queued',
  running: 'building',
  succeeded: 'live',
  failed: 'failed',
}

interface PublishedDoc {
  _status?: string | null
  updatedAt: string
  slug?: string | null
  visibility?: string | null
}

/**
 * A build reads committed content when it starts, so a publish at time T goes live with the
 * first build that is still queued or started at or after T. Before any build was recorded
 * (the demo's first build runs outside the queue), the live release's start time decides.
 */
async function statusOf(
  req: PayloadRequest,
  collection: CollectionSlug,
  section: Section,
  id: string,
  locale: Locale,
): Promise<SiteStatus> {
  const doc = (await req.payload.findByID({
    collection,
    id,
    draft: false,
    locale,
    fallbackLocale: false,
    depth: 0,
    disableErrors: true,
    req,
  })) as PublishedDoc | null
  const none = { url: null, buildId: null, error: null, untranslated: false }
  if (!doc || doc._status !== 'published') return { state: 'draft', ...none }
  const { docs } = await req.payload.find({
    collection: 'site-builds',
    where: {
      or: [{ status: { equals: 'queued' } }, { startedAt: { greater_than_equal: doc.updatedAt } }],
    },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const build = docs[0]
  let state: SiteState = (build?.status && buildStates[build.status]) || 'waiting'
  if (!build) {
    const live = new Releases(siteRoot).live()
    const liveSince = live ? Releases.startedAt(live) : null
    if (liveSince && liveSince >= new Date(doc.updatedAt)) state = 'live'
  }
  const public_ = doc.visibility === undefined || doc.visibility === 'public'
  return {
    state,
    url:
      state === 'live' && doc.slug && public_
        ? `${siteUrl}${documentPath(locale, section, doc.slug)}`
        : null,
    buildId: build?.id ?? null,
    error: state === 'failed' ? (build?.error?.split('\n')[0] ?? null) : null,
    untranslated: !doc.slug,
  }
}

/**
 * `GET /api/<collection>/:id/site-status?locale=sv`, for staff: whether the last publish is
 * queued, building, live (with the page's address in that language) or failed, and why.
 */
export const siteStatusEndpoint = (collection: CollectionSlug, section: Section): Endpoint => ({
  path: '/:id/site-status',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isStaffUser(req.user)) return staffOnly()
    const { id } = (req.routeParams ?? {}) as Record<string, string>
    const wanted = req.searchParams.get('locale')
    const locale = isLocale(wanted) ? wanted : defaultLocale
    return Response.json(await statusOf(req, collection, section, String(id), locale), {
      headers: { 'Cache-Control': 'private, no-store' },
    })
  },
})
