import { t } from '@talentregion/shared/i18n'
import { defaultLocale, locales, type Locale } from '@talentregion/shared/locales'
import { relationId } from '@talentregion/shared/relationId'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

import { asText, type ExportedImages, type UseImage } from './fields'
import { normaliseRichText } from './richText'
import type { ContentSource } from './source'

type Settings = Snapshot['settings']
type Translation = Settings['translations'][Locale]

export interface SiteSettings {
  settings: Settings
  /** The consent the interest forms ask for, in each language. */
  leadConsent: Record<Locale, string>
  /** The toolkit whose graphic profile styles the site, if one is chosen. */
  graphicProfileToolkit: string | null
}

function translation(doc: Record<string, unknown>, useImage: UseImage): Translation {
  const navigation = (Array.isArray(doc.navigation) ? doc.navigation : []) as Record<
    string,
    unknown
  >[]
  return {
    siteName: asText(doc.siteName) || 'Talentregion',
    tagline: asText(doc.tagline),
    footerText: asText(doc.footerText),
    navigation: navigation.map((item) => ({
      label: asText(item.label),
      target: item.target as Translation['navigation'][number]['target'],
      url: asText(item.url) || null,
    })),
    privacyStatement: normaliseRichText(doc.privacyStatement, useImage),
    accessibilityStatement: normaliseRichText(doc.accessibilityStatement, useImage),
  }
}

/** Site settings in every language. Site chrome is always complete: an untranslated setting falls back to the default language. */
export async function readSettings(
  source: ContentSource,
  useImage: UseImage,
): Promise<SiteSettings> {
  const byLocale = Object.fromEntries(
    await Promise.all(
      locales.map(
        async (locale) =>
          [locale, await source.findGlobal('site-settings', { locale, fallback: true })] as const,
      ),
    ),
  ) as Record<Locale, Record<string, unknown>>
  const base = byLocale[defaultLocale]
  const contact = (base.contact ?? {}) as Record<string, unknown>
  return {
    settings: {
      translations: Object.fromEntries(
        locales.map((locale) => [locale, translation(byLocale[locale], useImage)]),
      ) as Settings['translations'],
      contact: {
        organisation: asText(contact.organisation),
        email: asText(contact.email),
        phone: asText(contact.phone),
        address: asText(contact.address),
      },
      defaultSocialImage: useImage(base.defaultSocialImage),
      homeStory: relationId(base.homeStory),
    },
    leadConsent: Object.fromEntries(
      locales.map((locale) => [
        locale,
        asText(byLocale[locale].leadConsent) || t(locale, 'lead.consentDefault'),
      ]),
    ) as Record<Locale, string>,
    graphicProfileToolkit: relationId(base.graphicProfile),
  }
}

/**
 * Drops the social image if it was not exported, and the home story if it is not published
 * (any more): the choice then falls to the newest story.
 */
export function keepExportedSettings(
  settings: Settings,
  images: ExportedImages,
  stories: ReadonlySet<string>,
): void {
  settings.defaultSocialImage = images.image(settings.defaultSocialImage)
  if (settings.homeStory === null || !stories.has(settings.homeStory)) settings.homeStory = null
}
