import type { Payload, TypedUser } from 'payload'

import { licenceWarningDays, mediaLicencesEnding } from '../uploads/licencesEnding'
import { isStaffUser } from '../access/roles'

type Language = 'nb' | 'sv' | 'en'

const strings: Record<
  Language,
  { title: string; intro: string; expired: string; daysLeft: (days: number) => string }
> = {
  nb: {
    title: 'Bildelisenser som går ut',
    intro: `Disse bildene har en lisens som går ut innen ${licenceWarningDays} dager. Når lisensen har gått ut, tas bildet ut av nettstedet og verktøykassene ved neste publisering. Forny lisensen eller bytt bildet.`,
    expired: 'Utløpt – ikke lenger på nettstedet',
    daysLeft: (days) => (days === 0 ? 'Går ut i dag' : `${days} dager igjen`),
  },
  sv: {
    title: 'Bildlicenser som går ut',
    intro: `De här bilderna har en licens som går ut inom ${licenceWarningDays} dagar. När licensen har gått ut tas bilden bort från webbplatsen och verktygslådorna vid nästa publicering. Förnya licensen eller byt bild.`,
    expired: 'Utgången – inte längre på webbplatsen',
    daysLeft: (days) => (days === 0 ? 'Går ut i dag' : `${days} dagar kvar`),
  },
  en: {
    title: 'Image licences running out',
    intro: `These images have a licence that ends within ${licenceWarningDays} days. Once it has ended, the image leaves the site and the toolkits with the next build. Renew the licence or replace the image.`,
    expired: 'Expired – no longer on the site',
    daysLeft: (days) => (days === 0 ? 'Ends today' : `${days} days left`),
  },
}

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
  const text = strings[(i18n?.language ?? 'nb') as Language] ?? strings.en
  return (
    <section className="licence-warnings" role="status" aria-labelledby="licence-warnings-title">
      <h2 id="licence-warnings-title">{text.title}</h2>
      <p>{text.intro}</p>
      <ul>
        {ending.map((item) => (
          <li key={item.id}>
            <a href={`/admin/collections/media/${item.id}`}>{item.label}</a>
            {' – '}
            <strong>{item.daysLeft < 0 ? text.expired : text.daysLeft(item.daysLeft)}</strong>
            {` (${item.expires})`}
          </li>
        ))}
      </ul>
    </section>
  )
}
