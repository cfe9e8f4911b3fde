import type { Payload } from 'payload'

import { jobSourceLanguage, type JobSource } from '@talentregion/shared/jobSources'

import type { Job } from '../payload-types'
import type { FeedJob } from './feedJob'
import { sanitiseAdHtml } from './sanitiseAdHtml'

/** Writes of the sync queue no build each: the sync queues one for all it changed. */
const quiet = { skipSiteBuild: true }

type StoredFields = Omit<Job, 'id' | 'hidden' | 'createdAt' | 'updatedAt'>

/** A job's unique key: its feed and the feed's id for it. */
export const jobKey = (source: JobSource, sourceId: string) => `${source}:${sourceId}`

/** What the collection keeps of an ad, text sanitised. */
function storedFields(source: JobSource, job: FeedJob, employer: number | string): StoredFields {
  return {
    key: jobKey(source, job.sourceId),
    source,
    sourceId: job.sourceId,
    language: jobSourceLanguage[source],
    employer,
    title: job.title,
    description: sanitiseAdHtml(job.descriptionHtml),
    place: job.place,
    municipalityCode: job.municipalityCode,
    region: job.region,
    publishedAt: job.publishedAt,
    deadline: job.deadline,
    deadlineText: job.deadlineText,
    expiresAt: job.expiresAt,
    extent: job.extent,
    applyUrl: job.applyUrl,
    adUrl: job.adUrl,
    orgNumber: job.orgNumbers[0] ?? null,
    sourceUpdatedAt: job.sourceUpdatedAt,
  }
}

const sameFields = (stored: Job, fields: StoredFields) =>
  (Object.keys(fields) as (keyof StoredFields)[]).every(
    (name) => JSON.stringify(stored[name] ?? null) === JSON.stringify(fields[name] ?? null),
  )

/**
 * One feed's stored jobs, read once per run and kept in step with every write, so each ad costs
 * one write at most and none when it did not change.
 */
export async function storedJobs(payload: Payload, source: JobSource) {
  const { docs } = await payload.find({
    collection: 'jobs',
    where: { source: { equals: source } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byKey = new Map(docs.map((job) => [job.key, job]))

  return {
    /** Stores an ad for its employer; true when the site will show something new. */
    async put(job: FeedJob, employer: number | string): Promise<boolean> {
      const fields = storedFields(source, job, employer)
      const stored = byKey.get(fields.key)
      if (stored && sameFields(stored, fields)) return false
      const saved = stored
        ? await payload.update({
            collection: 'jobs',
            id: stored.id,
            data: fields,
            depth: 0,
            overrideAccess: true,
            context: quiet,
          })
        : await payload.create({
            collection: 'jobs',
            data: fields,
            depth: 0,
            overrideAccess: true,
            context: quiet,
          })
      byKey.set(fields.key, saved)
      return !saved.hidden
    },
    /** Deletes every stored job of this feed; how many there were. */
    async removeAll(): Promise<number> {
      const count = byKey.size
      await payload.delete({
        collection: 'jobs',
        where: { source: { equals: source } },
        overrideAccess: true,
        context: quiet,
      })
      byKey.clear()
      return count
    },
    /** Deletes an ad that closed or lost its employer; true when there was one. */
    async remove(sourceId: string): Promise<boolean> {
      const stored = byKey.get(jobKey(source, sourceId))
      if (!stored) return false
      await payload.delete({
        collection: 'jobs',
        id: stored.id,
        overrideAccess: true,
        context: quiet,
      })
      byKey.delete(stored.key)
      return true
    },
  }
}
