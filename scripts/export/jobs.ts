import { relationId } from '@talentregion/shared/relationId'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

import { asText } from './fields'
import type { RawDoc } from './source'

type Job = Snapshot['jobs'][number]

const dayMs = 24 * 60 * 60 * 1000
const orNull = (value: unknown) => asText(value) || null
const timeOrNull = (value: unknown) => {
  const text = asText(value)
  return text ? new Date(text).toISOString() : null
}

/** A stored job as the site shows it, or null when its employer is not on the site. */
function readJob(doc: RawDoc, employers: ReadonlySet<string>): Job | null {
  const employer = relationId(doc.employer)
  if (!employer || !employers.has(employer)) return null
  return {
    id: asText(doc.key),
    employer,
    source: doc.source as Job['source'],
    language: doc.language as Job['language'],
    title: asText(doc.title),
    description: asText(doc.description),
    place: orNull(doc.place),
    region: orNull(doc.region),
    publishedAt: timeOrNull(doc.publishedAt),
    deadline: timeOrNull(doc.deadline),
    deadlineText: orNull(doc.deadlineText),
    extent: orNull(doc.extent),
    applyUrl: orNull(doc.applyUrl),
    adUrl: asText(doc.adUrl),
  }
}

/**
 * The open jobs of exported employers, newest first. A job past its application deadline (the
 * whole deadline day counts) or past the day its ad is shown until is left out, so the nightly
 * build takes it off the site even before the feed says it closed.
 */
export function readJobs(docs: RawDoc[], employers: ReadonlySet<string>, now = new Date()): Job[] {
  const open = (value: unknown) => {
    const time = timeOrNull(value)
    return !time || +new Date(time) + dayMs > +now
  }
  return docs
    .filter((doc) => open(doc.deadline) && open(doc.expiresAt))
    .flatMap((doc) => readJob(doc, employers) ?? [])
    .sort(
      (a, b) =>
        (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id.localeCompare(b.id),
    )
}
