import { adminLocale, formatAdminText } from '../i18n/adminText'

/** In the jobs list: "Hidden" where an editor hid the job from the site, nothing otherwise. */
export function HiddenJobCell({
  cellData,
  i18n,
}: {
  cellData?: unknown
  i18n?: { language?: string }
}) {
  if (cellData !== true) return null
  return (
    <span className="hidden-job-cell">{formatAdminText(adminLocale(i18n), 'jobs.hiddenCell')}</span>
  )
}
