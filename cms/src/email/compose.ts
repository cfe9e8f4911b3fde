import type { Locale } from '@talentregion/shared/locales'

import { type AdminTextKey, formatAdminText } from '../i18n/adminText'

export type MailKind = 'reset' | 'invite' | 'buildFailed' | 'leadDigest'

export interface Mail {
  subject: string
  text: string
  html: string
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  )

/**
 * One of our mails in the recipient's language, from the admin texts: a plain-text part and an
 * HTML part with the same paragraphs, the link (`{link}`) made clickable in the HTML.
 */
export function composeMail(
  locale: Locale,
  kind: MailKind,
  values: Record<string, string | number>,
): Mail {
  const text = formatAdminText(locale, `mail.${kind}.body` as AdminTextKey, values)
  const link = typeof values.link === 'string' ? escapeHtml(values.link) : null
  const paragraphs = text.split('\n\n').map((paragraph) => {
    const escaped = escapeHtml(paragraph).replace(/\n/g, '<br>')
    return link ? escaped.replace(link, `<a href="${link}">${link}</a>`) : escaped
  })
  return {
    subject: formatAdminText(locale, `mail.${kind}.subject` as AdminTextKey, values),
    text,
    html: `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36rem">${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</body></html>`,
  }
}
