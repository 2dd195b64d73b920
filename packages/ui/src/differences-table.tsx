import type { DifferenceRow } from '@versus/engine'

/**
 * One row per aspect, one column per standard. Each row says "Same" or
 * "Different" in words; colour only repeats it. On narrow screens the rows
 * stack (each value labelled with its standard). No explicit ARIA table roles:
 * HTML forbids them on the parts of a native table (the Nu Html Checker rejects
 * them), and current Chromium and Firefox keep table semantics under display changes.
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
      <table className="v-diff">
        <caption id={captionId}>{caption ?? `Key differences between ${names[0]} and ${names[1]}`}</caption>
        <thead>
          <tr>
            <th scope="col">
              Aspect
            </th>
            <th scope="col">
              {names[0]}
            </th>
            <th scope="col">
              {names[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.aspect.slug} className={row.same ? 'is-same' : 'is-different'}>
              <th scope="row">
                <span className="v-diff__aspect">{row.aspect.name}</span>
                <span className={`v-mark ${row.same ? 'v-mark--same' : 'v-mark--different'}`}>
                  {row.same ? 'Same' : 'Different'}
                </span>
              </th>
              {row.values.map((value, side) => (
                <td key={side} data-label={names[side]}>
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
