import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { StandardDetails as StandardDetailsValue } from '@versus/engine'
import { StandardDetails, hasDetails } from './standard-details'

const empty: StandardDetailsValue = {
  slug: 'sox',
  shortName: 'SOX',
  whatItIs: null,
  keyComponents: [],
  whyOrganizationsUseIt: null,
  implementationOverview: null,
  sources: [],
}

describe('StandardDetails', () => {
  it('renders no "X in detail" heading when there is nothing under it', () => {
    expect(hasDetails(empty)).toBe(false)
    expect(renderToStaticMarkup(<StandardDetails details={empty} />)).toBe('')
    // A source whose link is unsafe is not content either.
    const unsafe = { ...empty, sources: [{ label: 'Bad', url: 'javascript:alert(1)' }] }
    expect(renderToStaticMarkup(<StandardDetails details={unsafe} />)).toBe('')
  })

  it('renders the heading with the parts that have content', () => {
    const details = { ...empty, keyComponents: ['Section 404'] }
    expect(hasDetails(details)).toBe(true)
    const html = renderToStaticMarkup(<StandardDetails details={details} />)
    expect(html).toContain('SOX in detail')
    expect(html).toContain('Key components')
    expect(html).not.toContain('What it is')
  })
})
