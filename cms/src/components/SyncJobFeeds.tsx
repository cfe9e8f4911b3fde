import { adminLocale, formatAdminText } from '../i18n/adminText'
import { configuredFeeds } from '../jobFeeds/feedSettings'

/**
 * Above the job feeds' list: which feeds are configured, and "Sync now" (a plain form posting to
 * the sync endpoint, so it works before the admin's scripts have loaded).
 */
export function SyncJobFeeds({
  i18n,
  searchParams,
}: {
  i18n?: { language?: string }
  searchParams?: Record<string, string | string[] | undefined>
}) {
  const locale = adminLocale(i18n)
  const feeds = Object.keys(configuredFeeds())
  if (!feeds.length) {
    return (
      <section className="job-feeds-note job-feeds-note--off" role="status">
        <p>{formatAdminText(locale, 'jobFeeds.none')}</p>
      </section>
    )
  }
  return (
    <form className="job-feeds-note" method="post" action="/api/job-feeds/sync">
      <p>{formatAdminText(locale, 'jobFeeds.configured', { feeds: feeds.join(', ') })}</p>
      {searchParams?.sync === 'queued' && (
        <p role="status">{formatAdminText(locale, 'jobFeeds.queued')}</p>
      )}
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        {formatAdminText(locale, 'jobFeeds.syncNow')}
      </button>
    </form>
  )
}
