import type { ReactNode } from 'react'

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export function clampLevel(level: number): HeadingLevel {
  if (level <= 2) return 2
  if (level >= 6) return 6
  return Math.round(level) as HeadingLevel
}

/** A heading whose level is decided by the page, so one component can sit at any depth. */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number
  id?: string
  className?: string
  children: ReactNode
}) {
  const Tag = `h${clampLevel(level)}` as const
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  )
}
