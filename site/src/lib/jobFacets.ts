import type { JobFacet } from '@talentregion/shared/routes'
import type { Snapshot, SnapshotJob } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

/** One value of a facet (a place, an industry, an employer) and its jobs, newest first. */
export interface FacetValue {
  slug: string
  /** The place or employer as written; industries are labelled per language. */
  name: string
  jobs: SnapshotJob[]
}

/**
 * The job list's facets and their values, each value with its jobs: the places the ads name,
 * the employers' industries, the employers. Only values that have jobs exist.
 */
export function jobFacetValues(snapshot: Snapshot): Record<JobFacet, FacetValue[]> {
  const employers = new Map(snapshot.employers.map((employer) => [employer.id, employer]))
  const facets: Record<JobFacet, Map<string, FacetValue>> = {
    place: new Map(),
    industry: new Map(),
    employer: new Map(),
  }
  const add = (facet: JobFacet, slug: string, name: string, job: SnapshotJob) => {
    if (!slug) return
    const value = facets[facet].get(slug) ?? { slug, name, jobs: [] }
    value.jobs.push(job)
    facets[facet].set(slug, value)
  }
  for (const job of snapshot.jobs) {
    const employer = employers.get(job.employer)
    if (!employer) continue
    if (job.place) add('place', slugify(job.place), job.place, job)
    add('industry', employer.industry, employer.industry, job)
    add('employer', employer.slug, employer.name, job)
  }
  const sorted = (values: Map<string, FacetValue>) =>
    [...values.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'))
  return {
    place: sorted(facets.place),
    industry: sorted(facets.industry),
    employer: sorted(facets.employer),
  }
}

/** The jobs of employers where English is a working language, in the snapshot's order. */
export function englishSpokenJobs(snapshot: Snapshot): SnapshotJob[] {
  const english = new Set(
    snapshot.employers.filter((employer) => employer.englishAtWork).map((employer) => employer.id),
  )
  return snapshot.jobs.filter((job) => english.has(job.employer))
}
