import type { Media } from '@talentregion/cms/types'
import { defaultLocale } from '@talentregion/shared/locales'
import { documentPath } from '@talentregion/shared/routes'
import { slugify } from '@talentregion/shared/slugify'
import type { Payload } from 'payload'

import { campaigns, type CampaignText } from '../content/campaigns'
import { createTranslated, existing, seedContext } from '../createTranslated'
import { lexical } from '../lexical'
import type { SeedRun } from '../seedRun'
import type { Library } from './library'

/** The first documents of a collection, as a campaign's teasers show them. */
const pick = async (
  payload: Payload,
  collection: 'stories' | 'employers' | 'events',
  limit: number,
) =>
  (await payload.find({ collection, limit, depth: 0, sort: 'createdAt' })).docs.map((doc) => doc.id)

/** A seeded municipality's id by its name. */
const municipalityNamed = async (payload: Payload, name: string | undefined) =>
  name
    ? (
        await payload.find({
          collection: 'municipalities',
          where: { name: { equals: name } },
          limit: 1,
          depth: 0,
        })
      ).docs[0]?.id
    : undefined

/** A campaign page in one language: hero, figures, teasers, questions and the interest form. */
const layout = async (payload: Payload, text: CampaignText, image: Media['id']) => [
  { blockType: 'hero' as const, heading: text.hero.heading, text: text.hero.text, image },
  { blockType: 'keyFigures' as const, heading: text.figures.heading, figures: text.figures.items },
  {
    blockType: 'storyTeasers' as const,
    heading: text.storiesHeading,
    stories: await pick(payload, 'stories', 3),
  },
  {
    blockType: 'employerTeasers' as const,
    heading: text.employersHeading,
    employers: await pick(payload, 'employers', 3),
  },
  {
    blockType: 'eventTeaser' as const,
    heading: text.eventHeading,
    event: (await pick(payload, 'events', 1))[0]!,
  },
  { blockType: 'callToAction' as const, ...text.cta },
  { blockType: 'faq' as const, heading: '', items: text.faq },
  {
    blockType: 'interestForm' as const,
    heading: text.form.heading,
    intro: text.form.intro,
    askPartnerProfession: true,
  },
]

/** The campaigns with their printed placements (each gets a short code) and a vanity address. */
export async function seedCampaigns({ payload, log }: SeedRun, { photo }: Library): Promise<void> {
  for (const campaign of campaigns) {
    const title = campaign.text[defaultLocale].title
    const slug = slugify(title)
    if (await existing(payload, 'campaigns', { slug: { equals: slug } })) continue
    const image = await photo(`campaign-${campaign.key}`, campaign.scene, 5000, campaign.imageAlt)
    const texts = async (text: CampaignText) => ({
      _status: 'published' as const,
      title: text.title,
      menuLabel: text.menuLabel,
      description: text.description,
      layout: await layout(payload, text, image),
      followUp: { heading: text.followUp.heading, body: lexical(text.followUp.body) },
    })
    const translated = Object.fromEntries(
      await Promise.all(
        Object.entries(campaign.text).map(async ([locale, text]) => [locale, await texts(text)]),
      ),
    ) as Record<keyof typeof campaign.text, Awaited<ReturnType<typeof texts>>>
    const created = await createTranslated(payload, 'campaigns', {
      data: {
        ...translated[defaultLocale],
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
        defaultLocale: campaign.defaultLocale,
        primaryAction: {
          type: campaign.action.type,
          industry: campaign.action.industry,
          municipality: await municipalityNamed(payload, campaign.action.municipality),
        },
      },
      translate: (locale) => translated[locale],
    })
    for (const placement of campaign.placements) {
      await payload.create({
        collection: 'placements',
        data: { ...placement, campaign: created.id },
        context: seedContext,
      })
    }
    if (campaign.key === 'kongsvinger-hjem') {
      await payload.create({
        collection: 'redirects',
        data: { from: '/hjem', to: documentPath(defaultLocale, 'campaigns', slug) },
        context: seedContext,
      })
    }
    log(`campaign: ${title}`)
  }
}
