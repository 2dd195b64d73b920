import type { RequirementMappingView } from './crosswalk-view'
import { RequirementLinks } from './requirement-link'

/**
 * Every mapped requirement in other standards (and editions), one row per
 * published link: the relationship in words, read from this requirement.
 */
export function RequirementMappings({ refId, mappings }: { refId: string; mappings: RequirementMappingView[] }) {
  if (mappings.length === 0) return null
  return (
    <div className="v-table-wrap" role="region" aria-labelledby="mappings-caption" tabIndex={0}>
      <table className="v-table v-mappings">
        <caption id="mappings-caption">Requirements mapped to {refId}</caption>
        <thead>
          <tr>
            <th scope="col">Standard</th>
            <th scope="col">Requirement</th>
            <th scope="col">
              {refId} is…
            </th>
            <th scope="col">Strength</th>
            <th scope="col">Gap and rationale</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {mappings.map((m, i) => (
            <tr key={i}>
              <th scope="row" data-label="Standard">
                {m.standardName}
                {m.edition !== m.standardName ? <span className="v-small v-block">{m.edition}</span> : null}
              </th>
              <td data-label="Requirement">{m.requirements.length > 0 ? <RequirementLinks requirements={m.requirements} showTitle /> : '—'}</td>
              <td data-label={`${refId} is…`}>{m.relationship}</td>
              <td data-label="Strength">{m.strength === null ? '—' : `${m.strength}/10`}</td>
              <td data-label="Gap and rationale">
                {m.gapNote ? (
                  <>
                    {m.gapNoteLabel ? <strong>{m.gapNoteLabel}: </strong> : null}
                    {m.gapNote}
                  </>
                ) : null}
                {m.rationale ? <span className="v-small v-block">Rationale: {m.rationale}</span> : null}
                {!m.gapNote && !m.rationale ? '—' : null}
              </td>
              <td data-label="Source">
                {m.source.title}
                <span className="v-small v-block">
                  {m.source.publisher}
                  {m.source.licence ? `, ${m.source.licence}` : ''}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
