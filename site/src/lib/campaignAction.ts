import { t } from '@talentregion/shared/i18n'
import type { Locale } from '@talentregion/shared/locales'
import type { CampaignAction } from '@talentregion/shared/campaignActions'
import type { JobFacet } from '@talentregion/shared/routes'
import type {
  SnapshotCampaign,
  SnapshotEvent,
  SnapshotStory,
} from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

import type { Content } from './content'
import { safeHref } from './links'
import { eventPath, jobListPath } from './routes'

/** The interest form's place on a campaign page: the hero button and the jump link lead here. */
export const interestFormAnchor = '#interest'

export interface CampaignActionLink {
  href: string
  label: string
  /** Whether the button leads to the form on the same page. */
  toForm: boolean
}

/** Whether the campaign's page in this language shows the interest form. */
export function hasInterestForm(content: Content, campaign: SnapshotCampaign, locale: Locale) {
  return (
    content.snapshot.cmsUrl !== null &&
    (campaign.translations[locale]?.blocks.some((block) => block.type === 'interestForm') ?? false)
  )
}

/**
 * The job list a campaign points to: narrowed to its municipality or industry when that list
 * has jobs (a facet page exists only then), else every open position.
 */
export function campaignJobs(
  content: Content,
  campaign: SnapshotCampaign,
): { facet?: { facet: JobFacet; value: string }; count: number; place: string | null } {
  const { municipality, industry } = campaign.primaryAction
  const facets = content.jobFacets()
  const place = content.placeName(municipality)
  const wanted: { facet: JobFacet; value: string }[] = [
    ...(place ? [{ facet: 'place' as const, value: slugify(place) }] : []),
    ...(industry ? [{ facet: 'industry' as const, value: industry }] : []),
  ]
  for (const facet of wanted) {
    const found = facets[facet.facet].find((value) => value.slug === facet.value)
    if (found) return { facet, count: found.jobs.length, place: found.name }
  }
  return { count: content.snapshot.jobs.length, place: null }
}

/**
 * The hero button of a campaign page: what the editors chose, in the visitor's language. A
 * choice the page cannot honour (no form on it, an event that has ended or is not in this
 * language, an unsafe link) falls back to the form, then to open positions, so every page
 * leads somewhere.
 */
export function campaignAction(
  content: Content,
  campaign: SnapshotCampaign,
  locale: Locale,
  now = new Date(),
): CampaignActionLink {
  const text = campaign.translations[locale]
  const chosen = campaign.primaryAction
  // The editors' words belong to the action they chose, not to a fallback.
  const label = (shown: CampaignAction) =>
    (shown === chosen.type && text?.actionLabel) || t(locale, `campaign.action.${shown}`)
  const form = hasInterestForm(content, campaign, locale)
  if (chosen.type === 'event' && chosen.event) {
    const event = content.events.get(chosen.event)
    const slug = event?.translations[locale]?.slug
    if (event && slug && event.endsAt >= now.toISOString())
      return {
        href: eventPath(locale, slug),
        label: label('event'),
        toForm: false,
      }
  }
  if (chosen.type === 'link') {
    const href = safeHref(chosen.href)
    if (href) return { href, label: label('link'), toForm: false }
  }
  if (chosen.type !== 'jobs' && form)
    return {
      href: interestFormAnchor,
      label: label('form'),
      toForm: true,
    }
  const jobs = campaignJobs(content, campaign)
  return {
    href: jobListPath(locale, 1, jobs.facet),
    label: label('jobs'),
    toForm: false,
  }
}

/** The event a thank-you page offers: the campaign's own while it is ahead, else the next one. */
export function campaignNextEvent(
  content: Content,
  campaign: SnapshotCampaign,
  locale: Locale,
  now = new Date(),
): SnapshotEvent | null {
  const time = now.toISOString()
  const upcoming = (event: SnapshotEvent | undefined): event is SnapshotEvent =>
    event !== undefined && event.translations[locale] !== undefined && event.endsAt >= time
  const own = campaign.translations[locale]?.blocks.flatMap((block) =>
    block.type === 'eventTeaser' && block.event ? [content.events.get(block.event)] : [],
  )
  return own?.find(upcoming) ?? content.eventsIn(locale, now).find(upcoming) ?? null
}

/** The stories a thank-you page offers: the campaign's own teasers, else the newest. */
export function campaignStories(
  content: Content,
  campaign: SnapshotCampaign,
  locale: Locale,
  count: number,
): SnapshotStory[] {
  const own = (campaign.translations[locale]?.blocks ?? []).flatMap((block) =>
    block.type === 'storyTeasers' ? block.stories : [],
  )
  const chosen = own.flatMap((id) => {
    const story = content.stories.get(id)
    return story?.translations[locale] ? [story] : []
  })
  return (chosen.length > 0 ? chosen : content.storiesIn(locale)).slice(0, count)
}
