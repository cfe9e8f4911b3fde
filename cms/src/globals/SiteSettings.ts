import type { GlobalConfig } from 'payload'

import { exceptPartners } from '../access/exceptPartners'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { isStaff } from '../access/isStaff'
import { externalUrlField } from '../fields/externalUrl'
import { richTextField } from '../fields/richText'
import { rebuildAfterGlobalChange } from '../hooks/rebuildSite'
import { refreshAudienceAfterGlobalChange } from '../uploads/mediaAudience'
import { adminText } from '../i18n/adminText'

/** What every page of the public site shares: name, navigation, footer, contact and look. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  admin: { hidden: hiddenFromPartners },
  access: { read: exceptPartners, readVersions: isStaff, update: isStaff },
  hooks: { afterChange: [refreshAudienceAfterGlobalChange, rebuildAfterGlobalChange] },
  versions: { max: 25 },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: adminText('tab.site-settings.general'),
          fields: [
            { name: 'siteName', type: 'text', localized: true, required: true },
            { name: 'tagline', type: 'text', localized: true },
            {
              name: 'homeStory',
              type: 'relationship',
              relationTo: 'stories',
              filterOptions: { _status: { equals: 'published' } },
            },
            { name: 'defaultSocialImage', type: 'upload', relationTo: 'media' },
            {
              name: 'graphicProfile',
              type: 'relationship',
              relationTo: 'toolkits',
              filterOptions: { visibility: { equals: 'public' } },
            },
          ],
        },
        {
          label: adminText('tab.site-settings.navigation'),
          fields: [
            {
              name: 'navigation',
              type: 'array',
              maxRows: 7,
              fields: [
                { name: 'label', type: 'text', localized: true, required: true },
                {
                  name: 'target',
                  type: 'select',
                  required: true,
                  defaultValue: 'stories',
                  options: ['home', 'stories', 'employers', 'jobs', 'events', 'search', 'external'],
                },
                externalUrlField({
                  name: 'url',
                  overrides: {
                    admin: { condition: (_, sibling) => sibling?.target === 'external' },
                  },
                }),
              ],
            },
          ],
        },
        {
          label: adminText('tab.site-settings.footer-and-contact'),
          fields: [
            { name: 'footerText', type: 'textarea', localized: true },
            {
              name: 'contact',
              type: 'group',
              fields: [
                { name: 'organisation', type: 'text' },
                { name: 'email', type: 'email' },
                { name: 'phone', type: 'text' },
                { name: 'address', type: 'text' },
              ],
            },
          ],
        },
        {
          label: adminText('tab.site-settings.privacy-and-accessibility'),
          fields: [
            richTextField({ name: 'privacyStatement' }),
            richTextField({ name: 'accessibilityStatement' }),
            {
              name: 'leadRetentionDays',
              type: 'number',
              required: true,
              defaultValue: 180,
              min: 1,
              max: 730,
            },
            {
              name: 'leadConsent',
              type: 'textarea',
              localized: true,
            },
            { name: 'leadDigestEmail', type: 'email' },
          ],
        },
      ],
    },
  ],
}
