import { defaultLocale } from '@talentregion/shared/locales'

import { settings } from '../content/settings'
import { seedContext, translations } from '../createTranslated'
import { lexical } from '../lexical'
import type { SeedRun } from '../seedRun'
import type { Library } from './library'

const statements = (text: (typeof settings.localized)[keyof typeof settings.localized]) => ({
  ...text,
  privacyStatement: lexical(text.privacyStatement),
  accessibilityStatement: lexical(text.accessibilityStatement),
})

/** The site's name, menu, contact and statements, styled by the Innlandet toolkit — unless set. */
export async function seedSiteSettings(
  { payload, log }: SeedRun,
  { photo }: Library,
): Promise<void> {
  const current = await payload.findGlobal({
    slug: 'site-settings',
    locale: defaultLocale,
    fallbackLocale: false,
  })
  if (current.siteName) return
  const profile = await payload.find({
    collection: 'toolkits',
    where: { slug: { equals: 'innlandet-talenter' } },
    locale: defaultLocale,
    limit: 1,
  })
  const socialImage = await photo('site-social', 'lake', 4000, settings.socialImageAlt)
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: defaultLocale,
    data: {
      ...statements(settings.localized[defaultLocale]),
      navigation: settings.navigation.map((item) => ({
        target: item.target,
        label: item.label[defaultLocale],
      })),
      contact: settings.contact,
      defaultSocialImage: socialImage,
      graphicProfile: profile.docs[0]?.id,
    },
    context: seedContext,
  })
  for (const locale of translations) {
    // The menu's rows keep their ids; each language gives them its own labels.
    const { navigation } = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        ...statements(settings.localized[locale]),
        navigation: (navigation ?? []).map((item, i) => ({
          ...item,
          label: settings.navigation[i]?.label[locale] ?? item.label,
        })),
      },
      context: seedContext,
    })
  }
  log('site settings')
}
