import type { LegalNature, Obligation } from '@versus/engine'
import { Badge, type BadgeTone } from './badge'

const BY_LAW: ReadonlySet<LegalNature> = new Set(['regulation', 'directive', 'law'])

/**
 * How binding a standard is, as a badge: a law that applies to you ("Mandatory by law"), an
 * industry scheme imposed through contracts such as PCI DSS ("Mandatory by contract"), or
 * voluntary. Other mandatory kinds keep the plain "Mandatory".
 */
export function obligationBadge(header: { obligation: Obligation; legalNature: LegalNature; obligationLabel: string }): {
  tone: BadgeTone
  label: string
} {
  if (header.obligation !== 'mandatory') return { tone: 'voluntary', label: header.obligationLabel }
  if (BY_LAW.has(header.legalNature)) return { tone: 'mandatory', label: 'Mandatory by law' }
  if (header.legalNature === 'industry-scheme') return { tone: 'contractual', label: 'Mandatory by contract' }
  return { tone: 'mandatory', label: header.obligationLabel }
}

export function ObligationBadge({ header }: { header: { obligation: Obligation; legalNature: LegalNature; obligationLabel: string } }) {
  const { tone, label } = obligationBadge(header)
  return <Badge tone={tone}>{label}</Badge>
}
