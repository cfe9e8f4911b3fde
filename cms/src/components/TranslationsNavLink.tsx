import type { TypedUser } from 'payload'

import { isStaffUser } from '../access/roles'
import { adminLocale, formatAdminText } from '../i18n/adminText'

/** In the side navigation, for staff: the way to the list of missing translations. */
export function TranslationsNavLink({
  user,
  i18n,
}: {
  user?: TypedUser | null
  i18n?: { language?: string }
}) {
  if (!isStaffUser(user)) return null
  return (
    <a className="nav__link translations-nav-link" href="/admin/translations">
      {formatAdminText(adminLocale(i18n), 'translations.title')}
    </a>
  )
}
