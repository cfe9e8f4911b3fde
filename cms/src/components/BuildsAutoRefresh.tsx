'use client'
import { useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { adminLocale, formatAdminText } from '../i18n/adminText'

const pollMs = 3000
const unfinished = '/api/site-builds?depth=0&limit=0&where[status][in]=queued,running'

/**
 * Above the builds list: while a build is queued or running, the list refreshes itself every
 * few seconds and says so; once nothing is on its way it refreshes one last time and rests.
 */
export function BuildsAutoRefresh() {
  const router = useRouter()
  const { i18n } = useTranslation()
  const [active, setActive] = useState(0)

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelled = false
    let previous = -1
    const check = async () => {
      const response = await fetch(unfinished, { credentials: 'include' }).catch(() => null)
      if (cancelled) return
      const count = response?.ok ? ((await response.json()) as { totalDocs: number }).totalDocs : 0
      if (previous !== -1 && (count > 0 || previous > 0)) router.refresh()
      previous = count
      setActive(count)
      timer = setTimeout(() => void check(), pollMs)
    }
    void check()
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [router])

  if (active === 0) return null
  return (
    <p className="builds-refresh" role="status" aria-live="polite">
      {formatAdminText(adminLocale(i18n), 'builds.refreshing')}
    </p>
  )
}
