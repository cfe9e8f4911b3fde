import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalSlug,
  PayloadRequest,
} from 'payload'

import { mediaIdsIn } from './mediaReferences'

export const mediaAudiences = ['public', 'partners'] as const
export type MediaAudience = (typeof mediaAudiences)[number]

/** Where images are used. Partner-only toolkits are the one use that keeps an image private. */
const usingCollections: CollectionSlug[] = [
  'stories',
  'employers',
  'events',
  'campaigns',
  'toolkits',
]
const usingGlobals: GlobalSlug[] = ['site-settings']

type Doc = Record<string, unknown> & { id?: number | string }

const isPartnerToolkit = (collection: string, doc: Doc) =>
  collection === 'toolkits' && doc.visibility === 'partners'

/** Every document of a collection, published and latest draft alike, in every locale. */
async function allVersionsOf(req: PayloadRequest, collection: CollectionSlug): Promise<Doc[]> {
  const drafts = Boolean(req.payload.collections[collection].config.versions?.drafts)
  const reads = (drafts ? [false, true] : [false]).map((draft) =>
    req.payload
      .find({ collection, draft, locale: 'all', depth: 0, pagination: false, req })
      .then(({ docs }) => docs as unknown as Doc[]),
  )
  return (await Promise.all(reads)).flat()
}

/** Images used anywhere the public can see (or will, once a draft is published) and images in partner-only toolkits. */
async function usage(req: PayloadRequest) {
  const publicIds = new Set<string>()
  const partnerIds = new Set<string>()
  for (const collection of usingCollections) {
    const { fields } = req.payload.collections[collection].config
    for (const doc of await allVersionsOf(req, collection)) {
      const target = isPartnerToolkit(collection, doc) ? partnerIds : publicIds
      for (const id of mediaIdsIn(fields, doc)) target.add(id)
    }
  }
  for (const slug of usingGlobals) {
    const global = req.payload.globals.config.find((config) => config.slug === slug)!
    const doc = await req.payload.findGlobal({ slug, locale: 'all', depth: 0, req })
    for (const id of mediaIdsIn(global.fields, doc)) publicIds.add(id)
  }
  return { publicIds, partnerIds }
}

/**
 * Recomputes the audience of these images: "partners" when the only documents that use them are
 * partner-only toolkits, "public" otherwise (unused images included, so that an editor can use a
 * fresh upload at once). Only images that are or would become partners-only cost a full look at
 * where images are used; the everyday save of a story finds none and stops early.
 */
export async function refreshMediaAudience(req: PayloadRequest, ids: Iterable<string>) {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return
  const { docs: partnerKits } = await req.payload.find({
    collection: 'toolkits',
    where: { visibility: { equals: 'partners' } },
    locale: 'all',
    depth: 0,
    pagination: false,
    req,
  })
  const inPartnerKits = new Set(
    partnerKits.flatMap((kit) => [
      ...mediaIdsIn(req.payload.collections.toolkits.config.fields, kit),
    ]),
  )
  const { docs: privateNow } = await req.payload.find({
    collection: 'media',
    where: { and: [{ id: { in: wanted } }, { audience: { equals: 'partners' } }] },
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  const candidates = new Set([
    ...wanted.filter((id) => inPartnerKits.has(id)),
    ...privateNow.map((doc) => String(doc.id)),
  ])
  if (candidates.size === 0) return
  const { publicIds, partnerIds } = await usage(req)
  for (const id of candidates) {
    const audience: MediaAudience = !publicIds.has(id) && partnerIds.has(id) ? 'partners' : 'public'
    // A derived field: written directly, without the hooks and checks of an editor's save.
    await req.payload.db.updateOne({
      collection: 'media',
      id,
      data: { audience },
      req,
      returning: false,
    })
  }
}

const referencedBy = (req: PayloadRequest, slug: CollectionSlug, ...docs: (Doc | undefined)[]) => {
  const { fields } = req.payload.collections[slug].config
  return docs.flatMap((doc) => (doc ? [...mediaIdsIn(fields, doc)] : []))
}

/** After a document that uses images is saved: the images it uses now or used before. */
export const refreshAudienceAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  await refreshMediaAudience(
    req,
    referencedBy(req, collection.slug, doc as Doc, previousDoc as Doc | undefined),
  )
  return doc as Doc
}

export const refreshAudienceAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await refreshMediaAudience(req, referencedBy(req, collection.slug, doc as Doc))
  return doc as Doc
}

export const refreshAudienceAfterGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  global,
  previousDoc,
  req,
}) => {
  const ids = [doc as Doc, previousDoc as Doc | undefined].flatMap((data) =>
    data ? [...mediaIdsIn(global.fields, data)] : [],
  )
  await refreshMediaAudience(req, ids)
  return doc as Doc
}
