import { locales } from '@talentregion/shared/locales'
import type { Snapshot, SnapshotPlacement } from '@talentregion/shared/schemas/snapshot'
import type { ShortLink } from '@talentregion/shared/serving/deployFiles'

import { campaignPath, homePath } from './routes'

/**
 * A placement's destinations. Codes never die: a running or ended campaign's code opens its
 * landing page (which shows the follow-up once ended), an unpublished or deleted campaign's
 * code opens the home page, and a placement with a target of its own opens that page. Campaign
 * visits carry UTM parameters naming the campaign, the medium and the placement.
 */
export function shortLink(snapshot: Snapshot, placement: SnapshotPlacement): ShortLink {
  const campaign = snapshot.campaigns.find((item) => item.id === placement.campaign)
  if (!campaign) {
    const targets = Object.fromEntries(locales.map((locale) => [locale, homePath(locale)]))
    return { code: placement.code, targets, fallback: snapshot.defaultLocale }
  }
  const name =
    campaign.translations[campaign.defaultLocale]?.slug ??
    Object.values(campaign.translations)[0]?.slug ??
    campaign.id
  const utm = new URLSearchParams({
    utm_source: 'qr',
    utm_medium: placement.medium,
    utm_campaign: name,
    utm_content: placement.code,
  }).toString()
  const available = locales.filter((locale) => campaign.translations[locale])
  const fallback = available.includes(campaign.defaultLocale)
    ? campaign.defaultLocale
    : (available[0] ?? snapshot.defaultLocale)
  const targets = Object.fromEntries(
    available.map((locale) => {
      const path = placement.target ?? campaignPath(locale, campaign.translations[locale]!.slug)
      return [locale, `${path}${path.includes('?') ? '&' : '?'}${utm}`]
    }),
  )
  return { code: placement.code, targets, fallback }
}

export const shortLinks = (snapshot: Snapshot): ShortLink[] =>
  snapshot.placements.map((placement) => shortLink(snapshot, placement))
