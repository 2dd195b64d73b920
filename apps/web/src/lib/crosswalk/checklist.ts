/** "What B adds" as a checklist: one CSV line per assessable requirement of B, in its catalog order. */
import type { CoverageDirectionView } from '@versus/ui'
import { toCsv } from './csv'

export const CHECKLIST_HEADER = ['refId', 'title', 'status', 'gap note', 'sources']

export function checklistCsv(direction: CoverageDirectionView): string {
  return toCsv(
    CHECKLIST_HEADER,
    direction.groups.flatMap((group) =>
      group.items.map((item) => [
        item.refId,
        item.title,
        item.statusLabel,
        item.gapNote,
        item.evidence.map((e) => `${e.requirements.map((r) => r.refId).join(' + ')} (${e.relationship}; ${e.publisher})`).join('; '),
      ]),
    ),
  )
}
