import { z } from 'zod'

import { orgNumberKey } from '@talentregion/shared/orgnr'

import { isoTime, readDeadline } from './feedDates'
import { FeedError, parseJson } from './feedHttp'
import { rawItemId, type FeedChange, type FeedJob, type FeedPage, type FeedReader } from './feedJob'
import { navClient, type NavFeedSettings } from './navClient'
import { zodReason } from './zodReason'

const text = z.string().nullish()

/** A page of NAV's pam-stilling-feed: items oldest first, `next_id` null on the newest page. */
const navPage = z.object({
  id: z.string(),
  next_id: text,
  items: z.array(z.unknown()),
})

const navItem = z.object({
  id: z.string(),
  date_modified: text,
  _feed_entry: z.object({
    uuid: z.string(),
    status: z.enum(['ACTIVE', 'INACTIVE']),
    sistEndret: text,
  }),
})

/** An ad (`/api/v1/feedentry/{uuid}`): an inactive one comes without its content. */
const navEntryStatus = z.object({ uuid: z.string(), status: z.enum(['ACTIVE', 'INACTIVE']) })

/** An active ad; only what the site shows is required. */
const navEntry = z.object({
  uuid: z.string(),
  sistEndret: text,
  ad_content: z.object({
    title: z.string().trim().min(1),
    description: text,
    published: text,
    expires: text,
    applicationDue: text,
    applicationUrl: text,
    sourceurl: text,
    link: z.string().url(),
    extent: text,
    employer: z.object({ name: text, orgnr: text }),
    workLocations: z.array(z.object({ municipal: text, county: text, city: text })).nullish(),
  }),
})

/**
 * Where NAV's feed stopped: the page to read next, how many of its items were read (the newest
 * page grows), and the last item read — which NAV repeats as the first item of the next page.
 */
const navCursor = z
  .object({
    pageId: z.string().nullish(),
    etag: z.string().nullish(),
    lastModified: z.string().nullish(),
    read: z.number().int().nonnegative().nullish(),
    lastItemId: z.string().nullish(),
  })
  .catch({})

/** A place name as people write it: NAV gives them in capitals ("LILLEHAMMER"). */
function placeName(value: string | null | undefined): string | null {
  if (!value) return null
  return value
    .toLocaleLowerCase('nb')
    .replace(/(^|[\s-])\p{L}/gu, (part) => part.toLocaleUpperCase('nb'))
}

function navJob(entry: z.infer<typeof navEntry>): FeedJob {
  const ad = entry.ad_content
  const where = ad.workLocations?.[0]
  return {
    sourceId: entry.uuid,
    title: ad.title,
    orgNumbers: ad.employer.orgnr ? [orgNumberKey(ad.employer.orgnr)] : [],
    descriptionHtml: ad.description ?? '',
    place: placeName(where?.city ?? where?.municipal),
    // NAV's ads carry municipality names only.
    municipalityCode: null,
    region: placeName(where?.county),
    publishedAt: isoTime(ad.published),
    ...readDeadline(ad.applicationDue),
    expiresAt: isoTime(ad.expires),
    extent: ad.extent ?? null,
    applyUrl: ad.applicationUrl || ad.sourceurl || null,
    adUrl: ad.link,
    sourceUpdatedAt: isoTime(entry.sistEndret),
  }
}

/** How far back a first run reads: older ads have closed (NAV shows an ad for months at most). */
const firstRunDays = 180

const firstRunSince = (now = new Date()) =>
  new Date(+now - firstRunDays * 24 * 60 * 60 * 1000).toUTCString()

/** NAV's public job feed (pam-stilling-feed), read page by page from where it stopped. */
export function navFeed(settings: NavFeedSettings): FeedReader {
  const base = settings.url.replace(/\/+$/, '')
  const get = navClient(base, settings)

  async function change(raw: unknown): Promise<FeedChange> {
    const item = navItem.safeParse(raw)
    if (!item.success) {
      return { kind: 'skipped', itemId: rawItemId(raw) ?? '?', reason: zodReason(item.error) }
    }
    const uuid = item.data._feed_entry.uuid
    if (item.data._feed_entry.status === 'INACTIVE') return { kind: 'closed', sourceId: uuid }
    const url = `${base}/api/v1/feedentry/${uuid}`
    const response = await get(url, {}, [200, 404])
    // Gone since it was listed (or never shown outside NAV): nothing to show.
    if (response.status === 404) return { kind: 'closed', sourceId: uuid }
    const body = parseJson(url, response.body)
    const status = navEntryStatus.safeParse(body)
    if (status.success && status.data.status === 'INACTIVE')
      return { kind: 'closed', sourceId: uuid }
    const entry = navEntry.safeParse(body)
    if (!entry.success) return { kind: 'skipped', itemId: uuid, reason: zodReason(entry.error) }
    return { kind: 'open', job: navJob(entry.data) }
  }

  return {
    source: 'nav',
    address: base,
    async *pages(stored: unknown): AsyncGenerator<FeedPage> {
      let cursor = navCursor.parse(stored ?? {})
      for (;;) {
        const url = cursor.pageId ? `${base}/api/v1/feed/${cursor.pageId}` : `${base}/api/v1/feed`
        const conditional: Record<string, string> = {}
        if (cursor.etag) conditional['if-none-match'] = cursor.etag
        if (cursor.lastModified) conditional['if-modified-since'] = cursor.lastModified
        // A first run asks for the page of changes since a while back, not the feed's first
        // page, which holds years of ads long closed.
        if (!cursor.pageId) conditional['if-modified-since'] = firstRunSince(settings.now?.())
        const response = await get(url, conditional, [200, 304, 404])
        if (response.status === 304) return
        // A page NAV no longer has: start again from the first run's point rather than fail on
        // every run from now on (what was read is stored, and reading it again changes nothing).
        if (response.status === 404 && cursor.pageId) {
          cursor = {}
          continue
        }
        if (response.status === 404) throw new FeedError(`GET ${url}: HTTP 404`, 404)
        const page = navPage.safeParse(parseJson(url, response.body))
        if (!page.success) throw new FeedError(`GET ${url}: ${zodReason(page.error)}`)
        const { items } = page.data
        // Item ids are ad ids (an ad appears once per change), so the position says what was
        // read, checked against the id that was last.
        let start = 0
        if (cursor.read && rawItemId(items[cursor.read - 1]) === cursor.lastItemId)
          start = cursor.read
        else if (!cursor.read && cursor.lastItemId && rawItemId(items[0]) === cursor.lastItemId)
          start = 1
        const changes: FeedChange[] = []
        for (const item of items.slice(start)) changes.push(await change(item))
        const lastItemId = rawItemId(items.at(-1)) ?? cursor.lastItemId
        cursor = page.data.next_id
          ? { pageId: page.data.next_id, lastItemId }
          : {
              pageId: page.data.id,
              etag: response.headers.get('etag'),
              lastModified: response.headers.get('last-modified'),
              read: items.length,
              lastItemId,
            }
        yield { changes, cursor }
        if (!page.data.next_id) return
      }
    },
  }
}
