import type { Locale } from '@talentregion/shared/locales'

import { adminLocale } from '../i18n/adminText'

/** The language a person reads our mail in: the one chosen on their account, else Norwegian. */
export function mailLocale(user: { language?: string | null } | null | undefined): Locale {
  return adminLocale({ language: user?.language ?? undefined })
}
