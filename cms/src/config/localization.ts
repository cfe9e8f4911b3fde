import type { LocalizationConfig } from 'payload'

import { defaultLocale, fallbackLocale, localeLabels, locales } from '@talentregion/shared/locales'

/** Payload's localization, derived from the one declaration in shared/. */
export const localization: LocalizationConfig = {
  locales: locales.map((code) => ({
    code,
    label: localeLabels[code],
    fallbackLocale: fallbackLocale[code] ?? undefined,
  })),
  defaultLocale,
  fallback: true,
}
