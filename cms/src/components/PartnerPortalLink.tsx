import type { TypedUser } from 'payload'

import { hasRole } from '../access/roles'
import { adminLocale, formatAdminText } from '../i18n/adminText'

/** On the dashboard, for partner users: the way to their toolkits. */
export function PartnerPortalLink({
  user,
  i18n,
}: {
  user?: TypedUser | null
  i18n?: { language?: string }
}) {
  if (!hasRole(user, 'partner')) return null
  const locale = adminLocale(i18n)
  return (
    <section className="partner-portal-link">
      <h2>{formatAdminText(locale, 'dashboard.partners.title')}</h2>
      <p>
        <a href="/partners">{formatAdminText(locale, 'dashboard.partners.link')}</a>
      </p>
    </section>
  )
}
