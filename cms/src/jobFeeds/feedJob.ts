import type { JobSource } from '@talentregion/shared/jobSources'

/** One open ad as the sync stores it, whichever feed it came from. */
export interface FeedJob {
  sourceId: string
  title: string
  /** Organisation numbers the ad names (employer, workplace), digits only. */
  orgNumbers: string[]
  /** The ad text as the feed gives it; sanitised before it is stored. */
  descriptionHtml: string
  place: string | null
  municipalityCode: string | null
  region: string | null
  publishedAt: string | null
  deadline: string | null
  /** A deadline the feed gives in words ("Snarest"), when it has no date. */
  deadlineText: string | null
  expiresAt: string | null
  extent: string | null
  applyUrl: string | null
  adUrl: string
  sourceUpdatedAt: string | null
}

/** What a feed says about one ad since the last run. */
export type FeedChange =
  | { kind: 'open'; job: FeedJob }
  | { kind: 'closed'; sourceId: string }
  | { kind: 'skipped'; itemId: string; reason: string }

/** A page of changes and where the feed stands once they are stored. */
export interface FeedPage {
  changes: FeedChange[]
  cursor: unknown
}

/** Reads one feed from where the last run stopped, a page at a time. */
export interface FeedReader {
  source: JobSource
  /** The feed's address: a position kept for another address means nothing here. */
  address: string
  pages(cursor: unknown): AsyncGenerator<FeedPage>
}

/** A raw item's id as text (JobStream's may be numbers), when it has one. */
export function rawItemId(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null | undefined)?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}
