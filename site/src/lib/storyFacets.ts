import type { Locale } from '@talentregion/shared/locales'
import type { StoryFacet } from '@talentregion/shared/routes'
import type { Snapshot, SnapshotStory } from '@talentregion/shared/schemas/snapshot'

import { industryLabel, topicLabel } from './labels'

/** One value of a story facet (a place, a topic, an industry) and its stories in one language. */
export interface StoryFacetValue {
  /** The municipality's slug, the topic or the industry as stored; routes translate the last two. */
  value: string
  /** As the language shows it: the municipality's name, the topic's or industry's label. */
  name: string
  stories: SnapshotStory[]
}

/**
 * The story list's facets in one language, each value with its stories in the order given: the
 * municipality a story is set in, its topics, and the industries of the employers it names.
 * Only values that have stories exist; each facet's values are sorted by name.
 */
export function storyFacetValues(
  locale: Locale,
  stories: readonly SnapshotStory[],
  snapshot: Pick<Snapshot, 'municipalities' | 'employers'>,
): Record<StoryFacet, StoryFacetValue[]> {
  const places = new Map(snapshot.municipalities.map((place) => [place.id, place]))
  const industries = new Map(snapshot.employers.map((employer) => [employer.id, employer.industry]))
  const facets: Record<StoryFacet, Map<string, StoryFacetValue>> = {
    place: new Map(),
    topic: new Map(),
    industry: new Map(),
  }
  const add = (facet: StoryFacet, value: string, name: string, story: SnapshotStory) => {
    const entry = facets[facet].get(value) ?? { value, name, stories: [] }
    entry.stories.push(story)
    facets[facet].set(value, entry)
  }
  for (const story of stories) {
    const place = story.municipality ? places.get(story.municipality) : undefined
    if (place) add('place', place.slug, place.name, story)
    for (const topic of new Set(story.topics)) add('topic', topic, topicLabel(locale, topic), story)
    const named = story.relatedEmployers.flatMap((id) => industries.get(id) ?? [])
    for (const industry of new Set(named))
      add('industry', industry, industryLabel(locale, industry), story)
  }
  const sorted = (values: Map<string, StoryFacetValue>) =>
    [...values.values()].sort((a, b) => a.name.localeCompare(b.name, locale))
  return {
    place: sorted(facets.place),
    topic: sorted(facets.topic),
    industry: sorted(facets.industry),
  }
}
