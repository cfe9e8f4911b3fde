import type { Payload, TypedUser } from 'payload'

import { licenceWarningDays, mediaLicencesEnding } from '../uploads/licencesEnding'
import { isStaffUser } from '../access/roles'
import { adminLocale, adminTextsIn } from '../i18n/adminText'

/** On the dashboard, for editors: images whose licence ends soon or has ended. */
export async function LicenceWarnings({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language?: string }
}) {
  if (!isStaffUser(user)) return null
  const ending = await mediaLicencesEnding(payload)
  if (ending.length === 0) return null
  const locale = adminLocale(i18n)
  const text = adminTextsIn(locale)
  return (
    <section className="licence-warnings" role="status" aria-labelledby="licence-warnings-title">
      <h2 id="licence-warnings-title">{text('dashboard.licences.title')}</h2>
      <p>{text('dashboard.licences.intro', { days: licenceWarningDays })}</p>
      <ul>
        {ending.map((item) => (
          <li key={item.id}>
            <a href={`/admin/collections/media/${item.id}`}>{item.label}</a>
            {' – '}
            <strong>
              {item.daysLeft < 0
                ? text('dashboard.licences.expired')
                : item.daysLeft === 0
                  ? text('dashboard.licences.endsToday')
                  : text('dashboard.licences.daysLeft', { days: item.daysLeft })}
            </strong>
            {` (${item.expires})`}
          </li>
        ))}
      </ul>
    </section>
  )
}
