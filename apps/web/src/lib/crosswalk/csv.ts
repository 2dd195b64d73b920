/**
 * CSV (RFC 4180): every cell quoted, quotes doubled, CRLF line ends. A cell
 * that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets
 * a leading apostrophe, so a gap note can never run as one.
 */
const FORMULA = /^[=+\-@\t\r]/

export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value)
  const safe = FORMULA.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
