import { z } from 'zod'

import { escapeMarkup } from '@talentregion/shared/escapeMarkup'
import { orgNumberKey } from '@talentregion/shared/orgnr'

import { isoTime, readDeadline } from './feedDates'
import { FeedError, feedGet, parseJson } from './feedHttp'
import { rawItemId, type FeedChange, type FeedJob, type FeedPage, type FeedReader } from './feedJob'
import { zodReason } from './zodReason'

const text = z.string().nullish()
const id = z.union([z.string().min(1), z.number()]).transform(String)

/** An ad taken down: the stream says only which, and when. */
const removedAd = z.object({ id, removed: z.literal(true), removed_date: text })

/** An open ad in JobStream's format; only what the site shows is required. */
const openAd = z.object({
  id,
  removed: z.literal(false).nullish(),
  headline: z.string().trim().min(1),
  description: z.object({ text: text, text_formatted: text }).nullish(),
  employer: z.object({ name: text, organization_number: text }),
  workplace_address: z
    .object({ municipality: text, municipality_code: text, region: text, city: text })
    .nullish(),
  application_deadline: text,
  publication_date: text,
  last_publication_date: text,
  application_details: z.object({ url: text }).nullish(),
  webpage_url: z.string().url(),
  working_hours_type: z.object({ label: text }).nullish(),
  timestamp: z.union([z.number(), z.string()]).nullish(),
})

/** Where the stream stopped: changes after this time are still to be read. */
const streamCursor = z.object({ updatedAfter: z.string().nullish() }).catch({})

export interface JobStreamSettings {
  url: string
  apiKey?: string
  /** Taxonomy concept ids of the regions or municipalities to read (all of Sweden without). */
  locationConceptIds: string[]
  timeoutMs: number
  /** The clock, for the cursor. */
  now?: () => Date
}

/** Changes made while a request was answered are read again next time: a minute's overlap. */
const overlapMs = 60_000

/** How far back a first run reads when it asks for a region only (the snapshot is all of Sweden). */
const firstRunDays = 180

/** A time as JobStream takes it: Swedish wall-clock time without a zone. */
function swedishTime(time: Date): string {
  return time
    .toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', hour12: false })
    .replace(' ', 'T')
}

/** Plain text as HTML paragraphs, for ads that come without formatted text. */
function paragraphs(value: string): string {
  return value
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeMarkup(part.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

function streamJob(ad: z.infer<typeof openAd>): FeedJob {
  const where = ad.workplace_address
  const description = ad.description?.text_formatted || paragraphs(ad.description?.text ?? '')
  return {
    sourceId: ad.id,
    title: ad.headline,
    orgNumbers: ad.employer.organization_number
      ? [orgNumberKey(ad.employer.organization_number)]
      : [],
    descriptionHtml: description,
    place: where?.municipality ?? where?.city ?? null,
    municipalityCode: where?.municipality_code ?? null,
    region: where?.region ?? null,
    publishedAt: isoTime(ad.publication_date),
    ...readDeadline(ad.application_deadline),
    expiresAt: isoTime(ad.last_publication_date),
    extent: ad.working_hours_type?.label ?? null,
    applyUrl: ad.application_details?.url ?? null,
    adUrl: ad.webpage_url,
    sourceUpdatedAt:
      typeof ad.timestamp === 'number'
        ? new Date(ad.timestamp).toISOString()
        : isoTime(ad.timestamp),
  }
}

function change(raw: unknown): FeedChange {
  const removed = removedAd.safeParse(raw)
  if (removed.success) return { kind: 'closed', sourceId: removed.data.id }
  const ad = openAd.safeParse(raw)
  if (!ad.success)
    return { kind: 'skipped', itemId: rawItemId(raw) ?? '?', reason: zodReason(ad.error) }
  return { kind: 'open', job: streamJob(ad.data) }
}

/**
 * Arbetsförmedlingen's JobStream: on the first run a snapshot of every open ad, after that the
 * changes since the last run (removals included), one request each time.
 */
export function jobStreamFeed(settings: JobStreamSettings): FeedReader {
  const base = settings.url.replace(/\/+$/, '')
  const now = settings.now ?? (() => new Date())
  return {
    source: 'jobstream',
    address: base,
    async *pages(stored: unknown): AsyncGenerator<FeedPage> {
      const asked = now()
      const regional = settings.locationConceptIds.length > 0
      // The first run reads every open ad: the snapshot, or for a region (the snapshot cannot be
      // filtered) every change of the last months, which an ad still open has among them.
      const updatedAfter =
        streamCursor.parse(stored ?? {}).updatedAfter ??
        (regional ? swedishTime(new Date(+asked - firstRunDays * 86_400_000)) : null)
      const query = new URLSearchParams()
      if (updatedAfter) query.set('updated-after', updatedAfter)
      if (updatedAfter) {
        for (const concept of settings.locationConceptIds)
          query.append('location-concept-id', concept)
      }
      const url = `${base}/v2/${updatedAfter ? 'stream' : 'snapshot'}${query.size ? `?${query}` : ''}`
      const headers: Record<string, string> = { accept: 'application/json' }
      if (settings.apiKey) headers['api-key'] = settings.apiKey
      const response = await feedGet(url, { headers, timeoutMs: settings.timeoutMs })
      if (response.status === 401) throw new FeedError(`GET ${url}: the API key was refused`, 401)
      const ads = parseJson(url, response.body)
      if (!Array.isArray(ads)) throw new FeedError(`GET ${url}: expected a list of ads`)
      const cursor = { updatedAfter: swedishTime(new Date(+asked - overlapMs)) }
      yield { changes: ads.map(change), cursor }
    },
  }
}
