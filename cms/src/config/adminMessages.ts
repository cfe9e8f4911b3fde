import type { PayloadRequest } from 'payload'

import { type AdminTextKey, adminLocale, formatAdminText } from '../i18n/adminText'
import type { SvgProblem } from '../uploads/inspectSvg'

export type MessageKey = AdminTextKey extends infer Key
  ? Key extends `message.${infer Name}`
    ? Name
    : never
  : never

type Reader = Pick<PayloadRequest, 'i18n'> | undefined

/** A message of ours in the language the admin (or the API caller) uses. */
export function message(
  req: Reader,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return formatAdminText(adminLocale(req?.i18n), `message.${key}`, values)
}

/** What is wrong in an SVG, as a phrase to put into a sentence, in the reader's language. */
export function svgProblemText(req: Reader, problem: SvgProblem): string {
  return formatAdminText(adminLocale(req?.i18n), `svg.${problem.code}`, {
    detail: problem.detail ?? '',
  })
}

/** A refusal to be told in the reader's language: which message, with which values. */
export interface Refusal {
  message: MessageKey
  values: Record<string, string | number>
}
