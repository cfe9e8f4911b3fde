'use client'
import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { localeLabels, isLocale } from '@talentregion/shared/locales'
import { useEffect, useState } from 'react'

import type { SiteStatus as Status } from '../endpoints/siteStatus'
import { adminLocale, adminTextsIn } from '../i18n/adminText'

const pollMs = 2000
const moving = new Set(['queued', 'building'])

/**
 * Beside the publish button: the way the last publish takes to the public site, queued →
 * building → live (with the page in the language being edited) or failed with the reason.
 * It asks again every two seconds while a build is on its way, and after every save.
 */
export function SiteStatus() {
  const { id, collectionSlug, savedDocumentData, hasPublishedDoc } = useDocumentInfo()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const [status, setStatus] = useState<Status>()
  const savedAt = savedDocumentData?.updatedAt as string | undefined

  useEffect(() => {
    if (!id || !hasPublishedDoc) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelled = false
    const load = async () => {
      const response = await fetch(
        `/api/${collectionSlug}/${id}/site-status?locale=${encodeURIComponent(code)}`,
        { credentials: 'include' },
      ).catch(() => null)
      if (cancelled || !response?.ok) return
      const next = (await response.json()) as Status
      setStatus(next)
      if (moving.has(next.state)) timer = setTimeout(() => void load(), pollMs)
    }
    void load()
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [id, collectionSlug, code, savedAt, hasPublishedDoc])

  if (!status || status.state === 'draft') return null
  const locale = adminLocale(i18n)
  const text = adminTextsIn(locale)
  const language = isLocale(code) ? localeLabels[code] : code
  return (
    <p className={`site-status site-status--${status.state}`} role="status" aria-live="polite">
      <span className="site-status__dot" aria-hidden="true" />
      <span>{text(`siteStatus.${status.state}`)}</span>
      {status.url && (
        <a href={status.url} target="_blank" rel="noopener noreferrer">
          {text('siteStatus.open', { language })}
        </a>
      )}
      {status.state === 'live' && !status.url && status.untranslated && (
        <span>{text('siteStatus.untranslated', { language })}</span>
      )}
      {status.state === 'failed' && (
        <>
          {status.error && <span className="site-status__error">{status.error}</span>}
          {status.buildId !== null && (
            <a href={`/admin/collections/site-builds/${status.buildId}`}>
              {text('siteStatus.build')}
            </a>
          )}
        </>
      )}
    </p>
  )
}
