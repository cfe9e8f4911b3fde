import { isLocale, type Locale } from '@talentregion/shared/locales'

/** The language a person reads our mail in: the one chosen on their account, else Norwegian. */
export function mailLocale(user: { language?: string | null } | null | undefined): Locale {
  return isLocale(user?.language) ? user.language : 'nb'
}
