import type { PayloadRequest } from 'payload'

import { isLocale } from '@talentregion/shared/locales'

import { type AdminTextKey, formatAdminText } from '../i18n/adminText'
import { adminLanguages } from './adminLanguages'

type MessageKey = AdminTextKey extends infer Key
  ? Key extends `message.${infer Name}`
    ? Name
    : never
  : never

/** A message of ours in the language the admin (or the API caller) uses. */
export function message(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const wanted = req?.i18n?.language
  const language = isLocale(wanted) ? wanted : adminLanguages.fallbackLanguage
  return formatAdminText(language, `message.${key}`, values)
}
