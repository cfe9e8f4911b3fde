const labels = {
  nb: 'Last ned alle besøk som CSV (regneark)',
  sv: 'Ladda ner alla besök som CSV (kalkylark)',
  en: 'Download all visits as CSV (spreadsheet)',
} as const

/** Above the visits list: the whole table as CSV, for a spreadsheet or a report. */
export function VisitsCsvLink({ i18n }: { i18n?: { language?: string } }) {
  const label = labels[(i18n?.language ?? 'nb') as keyof typeof labels] ?? labels.en
  return (
    <p className="visits-csv">
      <a href="/api/placement-visits/csv" download>
        {label}
      </a>
    </p>
  )
}
