import type { CollectionAfterChangeHook } from 'payload'

import { serverURL } from '../config/server'
import { composeMail } from '../email/compose'
import { mailLocale } from '../email/recipient'
import { emailConfigured } from '../email/smtp'
import { personName } from '../hooks/queueSiteBuild'
import { adminText } from '../i18n/adminText'
import type { User } from '../payload-types'

/** An invitation's link to choose a password works for a week. */
export const inviteLinkDays = 7

/**
 * A new account gets an invitation in its own language: who gave access, in which role, and a
 * link to choose a password (the one the admin typed is never sent anywhere).
 */
export const inviteNewUser: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context.seeding || !emailConfigured()) return doc
  const token = await req.payload.forgotPassword({
    collection: 'users',
    data: { email: doc.email },
    disableEmail: true,
    expiration: inviteLinkDays * 24 * 60 * 60 * 1000,
    req,
  })
  const locale = mailLocale(doc)
  const mail = composeMail(locale, 'invite', {
    name: doc.name,
    inviter: personName(req) || 'Talentregion',
    role: adminText(`option.users.role.${doc.role}`)[locale],
    link: `${serverURL}/admin/reset/${String(token)}`,
    days: inviteLinkDays,
  })
  try {
    await req.payload.sendEmail({ to: doc.email, ...mail })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Invitation to user ${doc.id} was not sent` })
  }
  return doc
}
