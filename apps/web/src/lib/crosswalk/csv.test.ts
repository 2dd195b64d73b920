import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('csv', () => {
  it('quotes every cell, doubles quotes, ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, "y"', null]])).toBe('"a","b"\r\n"x, ""y""",""\r\n')
  })

  it('never lets a spreadsheet read a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvCell('+1')).toBe('"\'+1"')
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"')
    expect(csvCell('A.5.1')).toBe('"A.5.1"')
    expect(csvCell(7)).toBe('"7"')
  })
})
