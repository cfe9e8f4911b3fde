/** Above the visits list: the whole table as CSV, for a spreadsheet or a report. */
export function VisitsCsvLink() {
  return (
    <p className="visits-csv">
      <a href="/api/placement-visits/csv" download>
        CSV
      </a>
    </p>
  )
}
