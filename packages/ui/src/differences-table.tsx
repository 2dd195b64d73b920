import type { DifferenceRow } from '@versus/engine'

/**
 * One row per aspect, one column per standard. Each row says "Same" or
 * "Different" in words; colour only repeats it. On narrow screens the rows
 * stack (each value labelled with its standard); the explicit ARIA table roles
 * keep the table semantics that a CSS display change would otherwise drop.
 */
export function DifferencesTable({
  rows,
  names,
  caption,
}: {
  rows: DifferenceRow[]
  names: [string, string]
  caption?: string
}) {
  if (rows.length === 0) return null
  const captionId = 'differences-caption'
  return (
    <div className="v-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="v-diff" role="table">
        <caption id={captionId}>{caption ?? `Key differences between ${names[0]} and ${names[1]}`}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Aspect
            </th>
            <th scope="col" role="columnheader">
              {names[0]}
            </th>
            <th scope="col" role="columnheader">
              {names[1]}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.aspect.slug} role="row" className={row.same ? 'is-same' : 'is-different'}>
              <th scope="row" role="rowheader">
                <span className="v-diff__aspect">{row.aspect.name}</span>
                <span className={`v-mark ${row.same ? 'v-mark--same' : 'v-mark--different'}`}>
                  {row.same ? 'Same' : 'Different'}
                </span>
              </th>
              {row.values.map((value, side) => (
                <td key={side} role="cell" data-label={names[side]}>
                  {value}
                  {row.overridden[side] ? <span className="v-diff__note"> (specific to this comparison)</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
