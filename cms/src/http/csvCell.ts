/**
 * One CSV cell, quoted. A cell that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return, also after leading spaces) is turned into text with a leading '.
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = String(value ?? '')
  const safe = /^[\s]*[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}
