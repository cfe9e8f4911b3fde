import type { CollectionConfig } from 'payload'

import { locales } from '@talentregion/shared/locales'

import { publishedContentHooks } from '../hooks/publishedContent'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { editorialAccess } from '../access/editorialAccess'
import { CallToActionBlock } from '../blocks/campaign/CallToActionBlock'
import { FaqBlock } from '../blocks/campaign/FaqBlock'
import { HeroBlock } from '../blocks/campaign/HeroBlock'
import { InterestFormBlock } from '../blocks/campaign/InterestFormBlock'
import { KeyFiguresCampaignBlock } from '../blocks/campaign/KeyFiguresCampaignBlock'
import {
  EmployerTeasersBlock,
  EventTeaserBlock,
  StoryTeasersBlock,
} from '../blocks/campaign/TeasersBlocks'
import { draftVersions } from '../config/draftVersions'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { validateEndAfterStart } from '../fields/validateEndAfterStart'

/**
 * A campaign's landing pages: what a QR code on a billboard opens. Built from blocks, one layout
 * per language; once the campaign has ended, the same address shows the follow-up instead.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: { nb: 'Kampanje', sv: 'Kampanj', en: 'Campaign' },
    plural: { nb: 'Kampanjer', sv: 'Kampanjer', en: 'Campaigns' },
  },
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsOn', 'endsOn', '_status'],
    group: { nb: 'Kampanjer', sv: 'Kampanjer', en: 'Campaigns' },
  },
  hooks: publishedContentHooks,
  access: editorialAccess,
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ localized: true }),
    { name: 'description', type: 'textarea', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'startsOn',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'endsOn',
          type: 'date',
          required: true,
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            description: {
              nb: 'Dagen etter viser kampanjesiden oppfølgingen, og QR-kodene leder dit.',
              sv: 'Dagen efter visar kampanjsidan uppföljningen, och QR-koderna leder dit.',
              en: 'From the day after, the landing page shows the follow-up, and the QR codes lead there.',
            },
          },
          validate: validateEndAfterStart('startsOn'),
        },
        {
          name: 'defaultLocale',
          type: 'select',
          required: true,
          defaultValue: 'nb',
          options: locales.map((locale) => ({ value: locale, label: locale })),
          admin: {
            description: {
              nb: 'Språket en QR-kode åpner når besøkeren ikke leser noen av kampanjens språk.',
              sv: 'Språket en QR-kod öppnar när besökaren inte läser något av kampanjens språk.',
              en: "The language a QR code opens when the visitor reads none of the campaign's languages.",
            },
          },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { nb: 'Landingsside', sv: 'Landningssida', en: 'Landing page' },
          fields: [
            {
              name: 'layout',
              type: 'blocks',
              localized: true,
              minRows: 1,
              blocks: [
                HeroBlock,
                KeyFiguresCampaignBlock,
                StoryTeasersBlock,
                EmployerTeasersBlock,
                EventTeaserBlock,
                CallToActionBlock,
                FaqBlock,
                InterestFormBlock,
              ],
            },
          ],
        },
        {
          label: { nb: 'Etter kampanjen', sv: 'Efter kampanjen', en: 'After the campaign' },
          fields: [
            {
              name: 'followUp',
              type: 'group',
              fields: [
                { name: 'heading', type: 'text', localized: true },
                richTextField({ name: 'body' }),
              ],
            },
          ],
        },
      ],
    },
  ],
}
