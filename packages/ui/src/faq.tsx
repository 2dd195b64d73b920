import type { FaqItem, FaqSection } from '@versus/engine'
import { Heading } from './heading'
import { PlainText } from './rich-text'

export function FaqList({ items }: { items: FaqItem[] }) {
  return (
    <div className="v-faq__items">
      {items.map((item, i) => (
        <details key={i} className="v-faq__item">
          <summary>{item.question}</summary>
          <div className="v-faq__answer">
            <PlainText text={item.answer} />
          </div>
        </details>
      ))}
    </div>
  )
}

/** Questions and answers in sections; <details> opens them without any script. */
export function Faq({ sections, headingLevel = 3 }: { sections: FaqSection[]; headingLevel?: number }) {
  const shown = sections.filter((s) => s.items.length > 0)
  if (shown.length === 0) return null
  return (
    <div className="v-faq">
      {shown.map((section) => (
        <div key={section.standard ?? '_pair'} className="v-faq__section">
          <Heading level={headingLevel}>{section.heading}</Heading>
          <FaqList items={section.items} />
        </div>
      ))}
    </div>
  )
}
