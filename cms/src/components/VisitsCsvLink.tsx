import { adminLocale, formatAdminText } from '../i18n/adminText'

/** Above the visits list: the whole table as CSV, for a spreadsheet or a report. */
export function VisitsCsvLink({ i18n }: { i18n?: { language?: string } }) {
  return (
    <p className="visits-csv">
      <a href="/api/placement-visits/csv" download>
        {formatAdminText(adminLocale(i18n), 'visits.csv')}
      </a>
    </p>
  )
}
