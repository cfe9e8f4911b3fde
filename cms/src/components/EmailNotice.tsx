import type { TypedUser } from 'payload'

import { hasRole } from '../access/roles'
import { emailConfigured } from '../email/smtp'
import { adminLocale, formatAdminText } from '../i18n/adminText'

/** On the dashboard, for admins, while the server cannot send mail: what does not happen. */
export function EmailNotice({
  user,
  i18n,
}: {
  user?: TypedUser | null
  i18n?: { language?: string }
}) {
  if (!hasRole(user, 'admin') || emailConfigured()) return null
  return (
    <section className="email-notice" role="status">
      <p>{formatAdminText(adminLocale(i18n), 'dashboard.emailOff')}</p>
    </section>
  )
}
