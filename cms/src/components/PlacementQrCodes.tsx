'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { PublicUrlProblem } from '@talentregion/shared/publicUrl'
import { useEffect, useState } from 'react'

import { adminLocale, formatAdminText } from '../i18n/adminText'

/** In a placement's edit view: the QR code to check by eye and download for print. */
export function PlacementQrCodes() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const locale = adminLocale(i18n)
  const [target, setTarget] = useState<{ url: string; problem: PublicUrlProblem | null }>()
  useEffect(() => {
    if (!id) return
    void fetch(`/api/placements/${id}/qr`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then(setTarget)
  }, [id])
  if (!id) return <p>{formatAdminText(locale, 'qr.unsaved')}</p>
  const base = `/api/placements/${id}/qr`
  return (
    <div className="placement-qr">
      {target?.problem && (
        <p className="placement-qr__warning" role="alert">
          <strong>{formatAdminText(locale, 'qr.warning')}</strong>{' '}
          {formatAdminText(locale, `qr.problem.${target.problem}`)}
        </p>
      )}
      <img
        src={`${base}/svg`}
        alt={formatAdminText(locale, 'qr.alt', { url: target?.url ?? '' })}
        width={280}
        height={315}
      />
      {target && (
        <p>
          {formatAdminText(locale, 'qr.leadsTo')} <code>{target.url}</code>
        </p>
      )}
      <p>
        {formatAdminText(locale, 'qr.download')}{' '}
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
