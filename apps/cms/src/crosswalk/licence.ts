import type { TextLicence } from '@versus/content'

export interface FieldProblem {
  field: string
  message: string
}

const present = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

/**
 * What an edition's text licence forbids a requirement to hold: official text only under
 * `full-text`, an official short title not under `ids-only`. Our own summary is always allowed.
 */
export function licenceProblems(licence: TextLicence | null | undefined, requirement: { title?: unknown; text?: unknown }): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (present(requirement.text) && licence !== 'full-text') {
    problems.push({
      field: 'text',
      message: `The edition's licence is "${licence ?? 'unknown'}": its official text may not be stored. Leave the text empty and write a summary.`,
    })
  }
  if (present(requirement.title) && licence === 'ids-only') {
    problems.push({
      field: 'title',
      message: 'The edition\'s licence is "ids-only": official titles may not be stored. Leave the title empty and write a summary.',
    })
  }
  return problems
}

/** The fields whose change makes a mapping that uses the requirement need a second look. */
export const MAPPING_RELEVANT_FIELDS = ['refId', 'title', 'summary', 'text', 'assessable', 'parent'] as const

/** A mapping row's list title: its sides by refId ("GV.PO-01 → 5.2, A.5.1"; "— → 6.3" for a gap row). */
export function mappingTitle(sources: readonly string[], targets: readonly string[]): string {
  const side = (refIds: readonly string[]) => (refIds.length > 0 ? refIds.join(', ') : '—')
  const title = `${side(sources)} → ${side(targets)}`
  return title.length > 300 ? `${title.slice(0, 299)}…` : title
}
