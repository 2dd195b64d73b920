import type { ReactNode } from 'react'

/** A page section labelled by its own h2, so landmarks and the outline agree. */
export function Section({
  id,
  title,
  intro,
  className,
  children,
}: {
  id: string
  title: ReactNode
  intro?: ReactNode
  className?: string
  children: ReactNode
}) {
  const headingId = `${id}-heading`
  return (
    <section id={id} aria-labelledby={headingId} className={['v-section', className].filter(Boolean).join(' ')}>
      <h2 id={headingId} className="v-section__title">
        {title}
      </h2>
      {intro ? <p className="v-section__intro">{intro}</p> : null}
      {children}
    </section>
  )
}
