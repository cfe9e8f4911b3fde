import type { EmailAdapter, SendEmailOptions } from 'payload'
import nodemailer, { type Transporter } from 'nodemailer'

/** Where mail goes: `SMTP_URL` (smtp://user:pass@host:587 or smtps://…), read when sending. */
export const smtpUrl = () => process.env.SMTP_URL?.trim() || null

/** Mail is sent only when the server is given an SMTP server to send through. */
export const emailConfigured = () => smtpUrl() !== null

/** `MAIL_FROM`, e.g. `Talentregion <noreply@region.no>`; the address replies would go to. */
function sender(): { name: string; address: string } {
  const from = process.env.MAIL_FROM?.trim() || 'Talentregion <noreply@localhost>'
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match
    ? { name: match[1] || 'Talentregion', address: match[2]! }
    : { name: 'Talentregion', address: from }
}

const transports = new Map<string, Transporter>()

function transport(url: string): Transporter {
  let existing = transports.get(url)
  if (!existing) {
    existing = nodemailer.createTransport(url)
    transports.set(url, existing)
  }
  return existing
}

/**
 * Payload's e-mail through the SMTP server the environment names. Without one, nothing is sent
 * and the attempt is logged; the admin tells people so before they wait for a mail (see
 * auth/requireEmail.ts and the dashboard notice).
 */
export const smtpAdapter: EmailAdapter = ({ payload }) => {
  const from = sender()
  return {
    name: 'smtp',
    defaultFromName: from.name,
    defaultFromAddress: from.address,
    sendEmail: async (message: SendEmailOptions) => {
      const url = smtpUrl()
      if (!url) {
        payload.logger.warn(`E-mail not sent (SMTP_URL is not set): ${String(message.subject)}`)
        return null
      }
      return transport(url).sendMail({ from: `${from.name} <${from.address}>`, ...message })
    },
  }
}
