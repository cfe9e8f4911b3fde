/** The same MongoDB connection string with another database name (hosts and options kept). */
export function withDatabaseName(url: string, name: string): string {
  const [base = '', query] = url.split('?', 2)
  const schemeEnd = base.indexOf('://') + 3
  const slash = base.indexOf('/', schemeEnd)
  const hosts = slash === -1 ? base : base.slice(0, slash)
  return `${hosts}/${name}${query === undefined ? '' : `?${query}`}`
}
