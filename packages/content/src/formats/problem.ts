import type { CrosswalkBundle } from '../crosswalk-bundle'

/**
 * One thing wrong (or worth knowing) about an imported file. Parsers collect
 * every problem of a file in one pass and never stop at the first, so a
 * dry-run report lists them all. `error` means the file must not be imported
 * as is; `warning` means it was read, with a decision the operator should see
 * (a `-revert` set dropped, duplicate rows merged, an unknown framework).
 */
export interface FormatProblem {
  severity: 'error' | 'warning'
  /** Which record: "line 7", "requirement_nodes[12] (urn:…)", "mappings[0].maps[3]", or "(file)". */
  record: string
  /** The field within it ("relationship", "parent_urn"); empty for the record itself. */
  field: string
  reason: string
}

export interface ParseResult {
  bundle: CrosswalkBundle
  problems: FormatProblem[]
}

export function emptyBundle(): CrosswalkBundle {
  return { editions: [], requirements: [], sets: [], mappings: [] }
}

/** Collects problems; parsers pass one around instead of throwing. */
export class ProblemList {
  readonly items: FormatProblem[] = []

  error(record: string, field: string, reason: string): void {
    this.items.push({ severity: 'error', record, field, reason })
  }

  warning(record: string, field: string, reason: string): void {
    this.items.push({ severity: 'warning', record, field, reason })
  }
}

export function hasErrors(problems: readonly FormatProblem[]): boolean {
  return problems.some((p) => p.severity === 'error')
}

/** "requirement_nodes[12] (urn:…): parent_urn: unknown node" — one line for a report. */
export function formatProblem(problem: FormatProblem): string {
  const where = problem.field ? `${problem.record}: ${problem.field}` : problem.record
  return `${problem.severity} ${where}: ${problem.reason}`
}
