import { PlainText } from './rich-text'
import { isExternalHref, safeHref } from './safe-href'

export interface CallToActionContent {
  heading: string
  body?: string | null
  linkLabel?: string | null
  linkUrl?: string | null
}

export function CallToAction({ cta }: { cta: CallToActionContent | null | undefined }) {
  if (!cta || !cta.heading) return null
  const href = safeHref(cta.linkUrl)
  return (
    <aside className="v-cta" aria-labelledby="cta-heading">
      <h2 id="cta-heading" className="v-cta__heading">
        {cta.heading}
      </h2>
      <div className="v-cta__body">
        <PlainText text={cta.body} />
      </div>
      {href && cta.linkLabel ? (
        <p>
          <a className="v-button" href={href} rel={isExternalHref(href) ? 'noopener noreferrer' : undefined}>
            {cta.linkLabel}
          </a>
        </p>
      ) : null}
    </aside>
  )
}
