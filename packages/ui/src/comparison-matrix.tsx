import type { MatrixModel } from '@versus/engine'

type RowStatus = MatrixModel['rows'][number]['status']

const ROW_CLASS: Record<RowStatus, string> = { same: 'is-same', differs: 'is-different', incomplete: 'is-incomplete' }
const MARK_CLASS: Record<RowStatus, string> = { same: 'v-mark--same', differs: 'v-mark--different', incomplete: 'v-mark--incomplete' }
const MARK_LABEL: Record<RowStatus, string> = { same: 'Same', differs: 'Differs', incomplete: 'Not all recorded' }

/** A hand-built row without a status reads from `same`. */
function statusOf(row: Pick<MatrixModel['rows'][number], 'same' | 'status'>): RowStatus {
  return row.status ?? (row.same ? 'same' : 'differs')
}

/**
 * One column per standard, one row per fact and aspect. Each row says "Same",
 * "Differs" (two recorded values really differ: only these are highlighted) or
 * "Not all recorded" in words (colour only repeats it). On wide screens the table
 * scrolls inside its own focusable region with the row labels kept in view; on
 * a phone the rows stack, each value labelled with its standard. No explicit
 * ARIA table roles: HTML forbids them on native table elements (Nu checker).
 */
export function ComparisonMatrix({ model, caption }: { model: Pick<MatrixModel, 'columns' | 'rows' | 'title'>; caption?: string }) {
  if (model.columns.length === 0) return null
  const captionId = 'matrix-caption'
  return (
    <div className="v-table-wrap v-matrix-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="v-matrix" data-columns={model.columns.length}>
        <caption id={captionId}>{caption ?? `${model.title}: facts and aspects side by side`}</caption>
        <thead>
          <tr>
            <th scope="col">
              Fact
            </th>
            {model.columns.map((column) => (
              <th key={column.slug} scope="col">
                <a href={column.path}>{column.shortName}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.key} className={ROW_CLASS[statusOf(row)]} data-row={row.key} data-status={statusOf(row)}>
              <th scope="row">
                <span className="v-matrix__label">{row.label}</span>
                <span className={`v-mark ${MARK_CLASS[statusOf(row)]}`}>{MARK_LABEL[statusOf(row)]}</span>
              </th>
              {row.values.map((value, i) => (
                <td key={model.columns[i]?.slug ?? i} data-label={model.columns[i]?.shortName}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
