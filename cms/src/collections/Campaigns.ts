import type { CollectionConfig } from 'payload'

import { defaultLocale, locales } from '@talentregion/shared/locales'

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
import { primaryActionField } from '../fields/primaryAction'
import { slugField } from '../fields/slug'
import { validateEndAfterStart } from '../fields/validateEndAfterStart'
import { adminText } from '../i18n/adminText'
import { publishedDocumentComponents } from '../config/publishedDocument'
import { siteStatusEndpoint } from '../endpoints/siteStatus'
import { languagesColumn } from '../fields/languagesColumn'

/**
 * A campaign's landing pages: what a QR code on a billboard opens. Built from blocks, one layout
 * per language; once the campaign has ended, the same address shows the follow-up instead.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'title',
    defaultColumns: ['title', 'languages', 'startsOn', 'endsOn', '_status'],
    group: adminText('group.campaigns'),
    components: { edit: publishedDocumentComponents },
  },
  hooks: publishedContentHooks,
  access: editorialAccess,
  versions: draftVersions,
  endpoints: [siteStatusEndpoint('campaigns', 'campaigns')],
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ localized: true }),
    { name: 'description', type: 'textarea', localized: true },
    { name: 'menuLabel', type: 'text', localized: true, maxLength: 30 },
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
          },
          validate: validateEndAfterStart('startsOn'),
        },
        {
          name: 'defaultLocale',
          type: 'select',
          required: true,
          defaultValue: defaultLocale,
          options: [...locales],
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: adminText('tab.campaigns.landing-page'),
          fields: [
            primaryActionField(),
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
          label: adminText('tab.campaigns.after-the-campaign'),
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
    languagesColumn({ translatedBy: 'title' }),
  ],
}
