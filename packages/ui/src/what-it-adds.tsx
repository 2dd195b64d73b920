import type { WhatItAddsModel } from '@versus/engine'
import type { HeadingLevel } from './heading'
import { Heading } from './heading'

/** "Already comply with A? What B adds": one list of plain-text points per direction. */
export function WhatItAdds({ adds, level = 3 }: { adds: WhatItAddsModel[]; level?: HeadingLevel }) {
  const shown = adds.filter((a) => a.points.length > 0)
  if (shown.length === 0) return null
  return (
    <div className="v-adds">
      {shown.map((a) => (
        <div key={`${a.from}:${a.to}`} className="v-adds__side" data-from={a.from} data-to={a.to}>
          <Heading level={level} className="v-adds__heading">
            {a.heading}
          </Heading>
          <ul className="v-list v-adds__points">
            {a.points.map((point) => (
              <li key={point.key} data-kind={point.kind}>
                {point.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
