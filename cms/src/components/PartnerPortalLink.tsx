import type { TypedUser } from 'payload'

import { hasRole } from '../access/roles'

const strings = {
  nb: ['Verktøykasser', 'Åpne partnerportalen for å se og laste ned kampanjens materiell.'],
  sv: ['Verktygslådor', 'Öppna partnerportalen för att se och ladda ner kampanjens material.'],
  en: ['Toolkits', "Open the partner portal to see and download the campaign's material."],
} as const

/** On the dashboard, for partner users: the way to their toolkits. */
export function PartnerPortalLink({
  user,
  i18n,
}: {
  user?: TypedUser | null
  i18n?: { language?: string }
}) {
  if (!hasRole(user, 'partner')) return null
  const [title, text] = strings[(i18n?.language ?? 'nb') as keyof typeof strings] ?? strings.en
  return (
    <section className="partner-portal-link">
      <h2>{title}</h2>
      <p>
        <a href="/partners">{text}</a>
      </p>
    </section>
  )
}
