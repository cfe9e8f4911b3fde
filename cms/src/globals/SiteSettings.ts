import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { externalUrlField } from '../fields/externalUrl'
import { richTextField } from '../fields/richText'
import { rebuildAfterGlobalChange } from '../hooks/rebuildSite'
import { refreshAudienceAfterGlobalChange } from '../uploads/mediaAudience'

/** What every page of the public site shares: name, navigation, footer, contact and look. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { nb: 'Nettstedsinnstillinger', sv: 'Webbplatsinställningar', en: 'Site settings' },
  access: { read: anyone, readVersions: isStaff, update: isStaff },
  hooks: { afterChange: [refreshAudienceAfterGlobalChange, rebuildAfterGlobalChange] },
  versions: { max: 25 },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { nb: 'Generelt', sv: 'Allmänt', en: 'General' },
          fields: [
            { name: 'siteName', type: 'text', localized: true, required: true },
            { name: 'tagline', type: 'text', localized: true },
            {
              name: 'homeStory',
              label: {
                nb: 'Historie på forsiden',
                sv: 'Berättelse på startsidan',
                en: 'Home page story',
              },
              type: 'relationship',
              relationTo: 'stories',
              filterOptions: { _status: { equals: 'published' } },
              admin: {
                description: {
                  nb: 'Historien som leder forsiden, med bildet sitt øverst. Står feltet tomt, leder den nyeste historien – og hver ny publisering bytter den ut.',
                  sv: 'Berättelsen som leder startsidan, med sin bild överst. Är fältet tomt leder den nyaste berättelsen – och varje ny publicering byter ut den.',
                  en: 'The story that leads the home page, its picture at the top. Left empty, the newest story leads — and every new publish replaces it.',
                },
              },
            },
            { name: 'defaultSocialImage', type: 'upload', relationTo: 'media' },
            {
              name: 'graphicProfile',
              type: 'relationship',
              relationTo: 'toolkits',
              filterOptions: { visibility: { equals: 'public' } },
              admin: {
                description: {
                  nb: 'Fargene og skriftene til denne verktøykassen styler hele nettstedet.',
                  sv: 'Färgerna och typsnitten i denna verktygslåda formar hela webbplatsen.',
                  en: "This toolkit's colours and typefaces style the whole site.",
                },
              },
            },
          ],
        },
        {
          label: { nb: 'Navigasjon', sv: 'Navigering', en: 'Navigation' },
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
                  options: [
                    { value: 'home', label: { nb: 'Forsiden', sv: 'Startsidan', en: 'Home page' } },
                    {
                      value: 'stories',
                      label: { nb: 'Historier', sv: 'Berättelser', en: 'Stories' },
                    },
                    {
                      value: 'employers',
                      label: { nb: 'Arbeidsgivere', sv: 'Arbetsgivare', en: 'Employers' },
                    },
                    {
                      value: 'events',
                      label: { nb: 'Arrangementer', sv: 'Evenemang', en: 'Events' },
                    },
                    { value: 'search', label: { nb: 'Søk', sv: 'Sök', en: 'Search' } },
                    {
                      value: 'external',
                      label: { nb: 'Ekstern lenke', sv: 'Extern länk', en: 'External link' },
                    },
                  ],
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
          label: { nb: 'Bunntekst og kontakt', sv: 'Sidfot och kontakt', en: 'Footer and contact' },
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
          label: {
            nb: 'Personvern og tilgjengelighet',
            sv: 'Integritet och tillgänglighet',
            en: 'Privacy and accessibility',
          },
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
              admin: {
                description: {
                  nb: 'Antall dager henvendelser fra interesseskjemaet oppbevares før de slettes.',
                  sv: 'Antal dagar intresseanmälningar från formuläret sparas innan de raderas.',
                  en: 'Days that leads from the interest form are kept before they are deleted.',
                },
              },
            },
            {
              name: 'leadConsent',
              type: 'textarea',
              localized: true,
              admin: {
                description: {
                  nb: 'Samtykketeksten ved interesseskjemaet; personvernerklæringen lenkes under.',
                  sv: 'Samtyckestexten vid intresseformuläret; integritetspolicyn länkas under.',
                  en: 'The consent text by the interest form; the privacy statement is linked below it.',
                },
              },
            },
          ],
        },
      ],
    },
  ],
}
