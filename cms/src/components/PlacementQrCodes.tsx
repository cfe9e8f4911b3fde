'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { PublicUrlProblem } from '@talentregion/shared/publicUrl'
import { useEffect, useState } from 'react'

const strings = {
  nb: {
    unsaved: 'QR-koden kommer når plasseringen er lagret.',
    alt: 'QR-kode som leder til',
    leadsTo: 'Koden leder til',
    download: 'Last ned for trykk:',
    warning: 'Ikke trykk denne ennå:',
    'local-host':
      'adressen peker til en maskin som bare finnes her (localhost eller et internt navn). Sett SITE_URL til nettstedets offentlige adresse.',
    'private-address':
      'adressen er en privat IP-adresse som ingen telefon utenfor dette nettverket når. Sett SITE_URL til nettstedets offentlige adresse.',
    'not-https':
      'adressen bruker http uten s. Telefoner advarer mot slike sider; bruk https i SITE_URL.',
    'not-a-url': 'adressen er ikke gyldig. Sjekk SITE_URL.',
  },
  sv: {
    unsaved: 'QR-koden visas när placeringen är sparad.',
    alt: 'QR-kod som leder till',
    leadsTo: 'Koden leder till',
    download: 'Ladda ner för tryck:',
    warning: 'Tryck inte den här ännu:',
    'local-host':
      'adressen pekar på en dator som bara finns här (localhost eller ett internt namn). Sätt SITE_URL till webbplatsens publika adress.',
    'private-address':
      'adressen är en privat IP-adress som ingen telefon utanför det här nätverket når. Sätt SITE_URL till webbplatsens publika adress.',
    'not-https':
      'adressen använder http utan s. Telefoner varnar för sådana sidor; använd https i SITE_URL.',
    'not-a-url': 'adressen är inte giltig. Kontrollera SITE_URL.',
  },
  en: {
    unsaved: 'The QR code appears once the placement is saved.',
    alt: 'QR code leading to',
    leadsTo: 'The code leads to',
    download: 'Download for print:',
    warning: 'Do not print this yet:',
    'local-host':
      'the address points at a machine that only exists here (localhost or an internal name). Set SITE_URL to the site’s public address.',
    'private-address':
      'the address is a private IP address that no phone outside this network reaches. Set SITE_URL to the site’s public address.',
    'not-https':
      'the address uses plain http. Phones warn about such pages; use https in SITE_URL.',
    'not-a-url': 'the address is not valid. Check SITE_URL.',
  },
} satisfies Record<
  string,
  Record<'unsaved' | 'alt' | 'leadsTo' | 'download' | 'warning' | PublicUrlProblem, string>
>

type Language = keyof typeof strings

/** In a placement's edit view: the QR code to check by eye and download for print. */
export function PlacementQrCodes() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const text = strings[(i18n.language in strings ? i18n.language : 'nb') as Language]
  const [target, setTarget] = useState<{ url: string; problem: PublicUrlProblem | null }>()
  useEffect(() => {
    if (!id) return
    void fetch(`/api/placements/${id}/qr`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then(setTarget)
  }, [id])
  if (!id) return <p>{text.unsaved}</p>
  const base = `/api/placements/${id}/qr`
  return (
    <div className="placement-qr">
      {target?.problem && (
        <p className="placement-qr__warning" role="alert">
          <strong>{text.warning}</strong> {text[target.problem]}
        </p>
      )}
      <img src={`${base}/svg`} alt={`${text.alt} ${target?.url ?? ''}`} width={280} height={315} />
      {target && (
        <p>
          {text.leadsTo} <code>{target.url}</code>
        </p>
      )}
      <p>
        {text.download}{' '}
        <a href={`${base}/svg`} download>
          SVG
        </a>
        {' · '}
        <a href={`${base}/png`} download>
          PNG (2400 px)
        </a>
        {' · '}
        <a href={`${base}/pdf`} download>
          PDF (80 mm)
        </a>
      </p>
    </div>
  )
}
