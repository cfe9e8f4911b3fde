import { defaultLocale, isLocale, type Locale, locales } from '@talentregion/shared/locales'
import { relationId } from '@talentregion/shared/relationId'
import type { PlacementMedium } from '@talentregion/shared/placementMedia'
import { campaignActions, type CampaignAction } from '@talentregion/shared/campaignActions'
import { industries, type Industry } from '@talentregion/shared/industries'
import type {
  SnapshotCampaign,
  SnapshotCampaignAction,
  SnapshotCampaignBlock,
  SnapshotPlacement,
} from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

import {
  asText,
  idsIn,
  inLocale,
  isoDate,
  rows,
  type ExportedImages,
  type Localized,
  type Row,
} from './fields'
import { normaliseRichText, withoutImages } from './richText'
import type { ContentSource, RawDoc } from './source'

export interface Exported {
  stories: ReadonlySet<string>
  employers: ReadonlySet<string>
  events: ReadonlySet<string>
}

function block(
  row: Row,
  exported: Exported,
  useImage: (value: unknown) => string | null,
  consent: string,
): SnapshotCampaignBlock | null {
  const heading = asText(row.heading)
  switch (row.blockType) {
    case 'hero':
      return { type: 'hero', heading, text: asText(row.text), image: useImage(row.image) }
    case 'keyFigures':
      return {
        type: 'keyFigures',
        heading,
        figures: rows(row.figures).map((figure) => ({
          value: asText(figure.value),
          label: asText(figure.label),
        })),
      }
    case 'storyTeasers':
      return { type: 'storyTeasers', heading, stories: idsIn(row.stories, exported.stories) }
    case 'employerTeasers':
      return {
        type: 'employerTeasers',
        heading,
        employers: idsIn(row.employers, exported.employers),
      }
    case 'eventTeaser': {
      const event = relationId(row.event)
      return {
        type: 'eventTeaser',
        heading,
        event: event && exported.events.has(event) ? event : null,
      }
    }
    case 'callToAction':
      return {
        type: 'callToAction',
        heading,
        text: asText(row.text),
        label: asText(row.label),
        href: asText(row.href),
      }
    case 'faq':
      return {
        type: 'faq',
        heading,
        items: rows(row.items).map((item) => ({
          question: asText(item.question),
          answer: asText(item.answer),
        })),
      }
    case 'interestForm':
      return {
        type: 'interestForm',
        heading,
        intro: asText(row.intro),
        askPartnerProfession: row.askPartnerProfession !== false,
        consent,
      }
    default:
      return null
  }
}

const isAction = (value: unknown): value is CampaignAction =>
  campaignActions.includes(value as CampaignAction)
const isIndustry = (value: unknown): value is Industry => industries.includes(value as Industry)

/** The hero button's target; an event that is not exported leaves the choice to the site. */
function primaryAction(value: unknown, exported: Exported): SnapshotCampaignAction {
  const row = (value ?? {}) as Row
  const event = relationId(row.event)
  const href = asText(row.href)
  return {
    type: isAction(row.type) ? row.type : 'form',
    municipality: relationId(row.municipality),
    industry: isIndustry(row.industry) ? row.industry : null,
    event: event && exported.events.has(event) ? event : null,
    href: href || null,
  }
}

/**
 * Published campaigns with their landing-page blocks per language. `today` decides which have
 * ended (the day after their last day), so the nightly build switches them to the follow-up.
 */
export async function readCampaigns(
  source: ContentSource,
  exported: Exported,
  useImage: (value: unknown) => string | null,
  consent: Record<Locale, string>,
  today: string,
): Promise<SnapshotCampaign[]> {
  const docs = await source.findAll('campaigns', { _status: { equals: 'published' } })
  return docs.map((doc) => {
    const followUp = (doc.followUp ?? {}) as Row
    const action = (doc.primaryAction ?? {}) as Row
    const endsOn = isoDate(doc.endsOn)
    const translations = Object.fromEntries(
      locales.flatMap((locale) => {
        const title = inLocale(doc.title, locale)
        if (!title) return []
        const layout = rows((doc.layout as Localized | null)?.[locale])
        return [
          [
            locale,
            {
              title,
              slug: inLocale(doc.slug, locale) || slugify(title),
              description: inLocale(doc.description, locale),
              menuLabel: inLocale(doc.menuLabel, locale),
              actionLabel: inLocale(action.label, locale),
              blocks: layout
                .map((row) => block(row, exported, useImage, consent[locale]))
                .filter((item): item is SnapshotCampaignBlock => item !== null),
              followUp: {
                heading: inLocale(followUp.heading, locale),
                body: normaliseRichText((followUp.body as Localized | null)?.[locale], useImage),
              },
            },
          ],
        ]
      }),
    )
    return {
      id: String(doc.id),
      defaultLocale: isLocale(doc.defaultLocale) ? doc.defaultLocale : defaultLocale,
      primaryAction: primaryAction(doc.primaryAction, exported),
      startsOn: isoDate(doc.startsOn),
      endsOn,
      ended: endsOn.slice(0, 10) < today.slice(0, 10),
      translations,
      updatedAt: isoDate(doc.updatedAt),
    }
  })
}

/**
 * Every placement ever made: a code whose campaign is unpublished or deleted still gets a
 * redirect (home), because it may be printed somewhere.
 */
export async function readPlacements(
  source: ContentSource,
  campaigns: ReadonlySet<string>,
): Promise<SnapshotPlacement[]> {
  const docs: RawDoc[] = await source.findAll('placements')
  return docs
    .filter((doc) => asText(doc.code))
    .map((doc) => {
      const campaign = relationId(doc.campaign)
      return {
        code: asText(doc.code),
        medium: asText(doc.medium) as PlacementMedium,
        campaign: campaign && campaigns.has(campaign) ? campaign : null,
        target: asText(doc.target) || null,
      }
    })
    .sort((a, b) => a.code.localeCompare(b.code))
}

/** Drops the pictures that were not exported, from hero blocks and the follow-up text. */
export function keepExportedCampaignImages(
  campaign: SnapshotCampaign,
  images: ExportedImages,
): void {
  for (const text of Object.values(campaign.translations)) {
    text.followUp.body = withoutImages(text.followUp.body, images.ids)
    for (const item of text.blocks) if (item.type === 'hero') item.image = images.image(item.image)
  }
}
