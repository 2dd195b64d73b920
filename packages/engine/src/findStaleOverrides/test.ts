import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareStandards } from '../compareStandards/index'
import { compareInput } from '../_lib/arbitraries'
import { aspects, iso27032, iso27701 } from '../_lib/fixtures'
import { findStaleOverrides } from './index'

const pair = ['iso-27032', 'iso-27701'] as [string, string]

describe('findStaleOverrides', () => {
  const base = compareStandards({ standards: [iso27701, iso27032], aspects })
  const scopeA = base.differences[0]?.generated?.[0] ?? ''

  it('exposes the generated values beneath overrides in the model', () => {
    const model = compareStandards({
      standards: [iso27032, iso27701],
      aspects,
      comparison: { standards: pair, verdict: 'Editor verdict.', aspectOverrides: [{ aspect: 'scope', standard: 'iso-27032', value: 'Edited' }] },
    })
    expect(model.verdict).toEqual({ text: 'Editor verdict.', generated: false })
    expect(model.generatedVerdict).toBe(base.verdict.text)
    expect(model.differences[0]).toMatchObject({
      values: ['Edited', 'Privacy management system for PII processing'],
      overridden: [true, false],
      generated: ['Internet security and cyberspace collaboration', 'Privacy management system for PII processing'],
    })
    expect(model.differences[3]?.generated).toEqual(['—', 'Stage 1/2 certification audits'])
  })

  it('finds nothing stale while the bases match what is generated', () => {
    expect(
      findStaleOverrides(base, {
        verdict: { basis: base.verdict.text },
        aspects: [{ aspect: 'scope', standard: 'iso-27032', basis: `  ${scopeA.replace(/ /g, '  ')}\n` }],
      }),
    ).toEqual([])
    expect(findStaleOverrides(base, {})).toEqual([])
  })

  it('flags overrides whose generated value changed since, and those with an unknown basis', () => {
    const changed = compareStandards({
      standards: [
        { ...iso27032, aspectValues: [{ aspect: 'scope', value: 'Cybersecurity across the Internet' }] },
        { ...iso27701, tagline: 'A changed tagline.' },
      ],
      aspects,
    })
    const stale = findStaleOverrides(changed, {
      verdict: { basis: base.verdict.text },
      aspects: [
        { aspect: 'scope', standard: 'iso-27032', basis: scopeA },
        { aspect: 'scope', standard: 'iso-27701', basis: 'Privacy management system for PII processing' },
        { aspect: 'testing', standard: 'iso-27032', basis: null },
        { aspect: 'no-such-aspect', standard: 'iso-27032', basis: 'x' },
        { aspect: 'scope', standard: 'someone-else', basis: 'x' },
      ],
    })
    expect(stale).toEqual([
      { kind: 'verdict', aspect: null, standard: null, basis: base.verdict.text, generated: changed.generatedVerdict },
      {
        kind: 'aspect',
        aspect: 'scope',
        standard: 'iso-27032',
        basis: 'Internet security and cyberspace collaboration',
        generated: 'Cybersecurity across the Internet',
      },
      { kind: 'aspect', aspect: 'testing', standard: 'iso-27032', basis: null, generated: '—' },
    ])
  })

  it('is total and deterministic, and a fresh basis is never stale (property)', () => {
    fc.assert(
      fc.property(compareInput, (input) => {
        const model = compareStandards(input)
        const [slugA, slugB] = model.pair.standards
        const fresh = {
          verdict: { basis: model.generatedVerdict ?? '' },
          aspects: model.differences.flatMap((row) =>
            (slugA === slugB ? [slugA] : [slugA, slugB]).map((standard, index) => ({
              aspect: row.aspect.slug,
              standard,
              basis: row.generated?.[index] ?? '',
            })),
          ),
        }
        expect(findStaleOverrides(model, fresh)).toEqual([])
        const unknown = { verdict: {}, aspects: fresh.aspects.map(({ basis: _basis, ...rest }) => rest) }
        const stale = findStaleOverrides(model, unknown)
        expect(stale).toHaveLength(1 + fresh.aspects.length)
        expect(findStaleOverrides(structuredClone(model), structuredClone(unknown))).toEqual(stale)
      }),
      { numRuns: 100 },
    )
  })
})
