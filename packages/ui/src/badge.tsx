import type { ReactNode } from 'react'

export type BadgeTone = 'neutral' | 'mandatory' | 'contractual' | 'voluntary' | 'accent'

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`v-badge v-badge--${tone}`}>{children}</span>
}
