import type { Verdict as VerdictValue } from '@versus/engine'
import { PlainText } from './rich-text'
import { Section } from './section'

export function Verdict({ verdict }: { verdict: VerdictValue }) {
  return (
    <Section id="verdict" title="Quick verdict" className="v-verdict">
      <div className="v-verdict__body">
        <PlainText text={verdict.text} />
      </div>
    </Section>
  )
}
