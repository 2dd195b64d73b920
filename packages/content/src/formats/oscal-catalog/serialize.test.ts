import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { CrosswalkBundle, EditionEntry, RequirementEntry } from '../../crosswalk-bundle'
import { detectFormat } from '../detect-format'
import { parseOscalCatalog } from '.'
import { toOscalCatalog } from './serialize'

const edition: EditionEntry = {
  id: 'demo-2013',
  standard: 'demo',
  label: 'Demo:2013',
  year: 2013,
  status: 'superseded',
  supersedes: null,
  transitionDeadline: '2025-10-31',
  amendments: ['Amd 1:2014'],
  textLicence: 'titles-and-ids',
}
const req = (refId: string, parent: string | null, assessable: boolean, more: Partial<RequirementEntry> = {}): RequirementEntry => ({
  edition: edition.id,
  refId,
  parent,
  assessable,
  title: `Title of ${refId}`,
  order: 1,
  ...more,
})
const small: CrosswalkBundle = {
  editions: [edition],
  requirements: [
    req('4', null, false, { kind: 'clause', order: 1 }),
    req('4.1', '4', true, { kind: 'clause', summary: 'Know the organisation.', order: 1 }),
    req('A.5', null, false, { order: 2 }),
    req('A.5.1', 'A.5', false, { kind: 'objective', order: 1 }),
    req('A.5.1.1', 'A.5.1', true, { kind: 'control', order: 1 }),
    // A heading under a control: OSCAL has no group there, so a control marked not assessable.
    req('A.5.1.1 (note)', 'A.5.1.1', false, { title: null, order: 1 }),
    req('A-5-1', null, true, { order: 3 }),
  ],
  sets: [],
  mappings: [],
}

const shape = (r: RequirementEntry) => [r.refId, r.parent ?? null, r.assessable, r.title ?? null, r.summary ?? null, r.order ?? null]

describe('toOscalCatalog', () => {
  it('writes headings as groups, assessable requirements as controls, with label, derived id and our props', () => {
    const doc = toOscalCatalog(small, 'demo-2013') as { catalog: { uuid: string; metadata: Record<string, unknown>; groups: Record<string, unknown>[]; controls: Record<string, unknown>[] } }
    expect(detectFormat(JSON.stringify(doc))).toBe('oscal-catalog')
    expect(doc.catalog.metadata).toMatchObject({ title: 'Demo:2013', 'oscal-version': '1.1.3' })
    expect(doc.catalog.groups.map((g) => g.id)).toEqual(['req-4', 'a-5'])
    // "A-5-1" slugifies like "A.5.1": the second one gets a suffix.
    expect(doc.catalog.controls.map((c) => [c.id, c.title])).toEqual([['a-5-1-2', 'Title of A-5-1']])
    expect(JSON.stringify(doc)).toContain('"name":"label","value":"A.5.1.1"')
    // Titles-and-ids: no statement part anywhere.
    expect(JSON.stringify(doc)).not.toContain('"statement"')
    // The same edition gives the same bytes.
    expect(JSON.stringify(toOscalCatalog(small, 'demo-2013'))).toBe(JSON.stringify(doc))
    expect(() => toOscalCatalog(small, 'nope')).toThrow(RangeError)
  })

  it('reads back through parseOscalCatalog with refIds, hierarchy, titles, assessable, summaries, order and the edition', () => {
    const { bundle, problems } = parseOscalCatalog(JSON.stringify(toOscalCatalog(small, 'demo-2013')))
    expect(problems).toEqual([])
    expect(bundle.editions).toEqual([edition])
    const byRef = (list: RequirementEntry[]) => [...list].sort((a, b) => a.refId.localeCompare(b.refId)).map(shape)
    expect(byRef(bundle.requirements)).toEqual(byRef(small.requirements))
    expect(bundle.requirements.find((r) => r.refId === '4.1')?.kind).toBe('clause')
  })

  it('writes official text only under a full-text licence, and no title under ids-only', () => {
    const withText = { ...small, requirements: small.requirements.map((r) => ({ ...r, text: `Text of ${r.refId}` })) }
    const full = JSON.stringify(toOscalCatalog({ ...withText, editions: [{ ...edition, textLicence: 'full-text' }] }, 'demo-2013'))
    expect(full).toContain('Text of A.5.1.1')
    expect(parseOscalCatalog(full).bundle.requirements.find((r) => r.refId === 'A.5.1.1')?.text).toBe('Text of A.5.1.1')
    // A heading with official text is a control marked not assessable, so the text has a place.
    expect(parseOscalCatalog(full).bundle.requirements.find((r) => r.refId === '4')).toMatchObject({ assessable: false, text: 'Text of 4' })
    const titles = JSON.stringify(toOscalCatalog(withText, 'demo-2013'))
    expect(titles).not.toContain('Text of')
    const idsOnly = JSON.stringify(toOscalCatalog({ ...withText, editions: [{ ...edition, textLicence: 'ids-only' }] }, 'demo-2013'))
    expect(idsOnly).not.toContain('Text of')
    expect(idsOnly).not.toContain('Title of')
    expect(parseOscalCatalog(idsOnly).bundle.requirements.every((r) => r.title === null)).toBe(true)
  })
})

/** One line, trimmed, not empty. */
const line = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/[\r\n{}]+/g, ' ').trim()).filter((s) => s !== '')
const refId = fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9.() -]{0,10}[A-Za-z0-9.)])?$/)

const arbitraryEdition: fc.Arbitrary<EditionEntry> = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){1,3}$/),
  standard: fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}$/),
  label: line,
  year: fc.integer({ min: 1990, max: 2099 }),
  status: fc.constantFrom('current', 'superseded', 'withdrawn', 'draft'),
  supersedes: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), { nil: null }),
  transitionDeadline: fc.option(fc.constantFrom('2025-10-31', '2030-01-01'), { nil: null }),
  textLicence: fc.constantFrom('full-text', 'titles-and-ids', 'ids-only'),
})

/** An edition and a catalog: each requirement's parent is an earlier one or none (no cycles). */
const arbitraryCatalog: fc.Arbitrary<CrosswalkBundle> = fc.tuple(arbitraryEdition, fc.uniqueArray(refId, { minLength: 1, maxLength: 14 })).chain(([e, refIds]) =>
  fc
    .tuple(
      ...refIds.map((id, i) =>
        fc.record({
          edition: fc.constant(e.id),
          refId: fc.constant(id),
          parent: i === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...refIds.slice(0, i)), { nil: null }),
          kind: fc.option(line, { nil: null }),
          assessable: fc.boolean(),
          title: fc.option(line, { nil: null }),
          summary: fc.option(line, { nil: null }),
          text: fc.option(line, { nil: null }),
          order: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
        }),
      ),
    )
    .map((requirements) => ({ editions: [e], requirements, sets: [], mappings: [] })),
)

describe('parseOscalCatalog(toOscalCatalog(x))', () => {
  it('keeps the edition, refIds, hierarchy, titles, assessable, summaries, kinds, order and licensed text', () => {
    fc.assert(
      fc.property(arbitraryCatalog, (bundle) => {
        const e = bundle.editions[0]!
        const { bundle: back, problems } = parseOscalCatalog(JSON.stringify(toOscalCatalog(bundle, e.id)))
        expect(problems.filter((p) => p.severity === 'error')).toEqual([])
        expect(back.editions[0]).toEqual(e)
        const expected = new Map(bundle.requirements.map((r) => [r.refId, r]))
        expect(back.requirements.map((r) => r.refId).sort()).toEqual([...expected.keys()].sort())
        for (const r of back.requirements) {
          const x = expected.get(r.refId)!
          expect(r.parent ?? null).toBe(x.parent ?? null)
          expect(r.assessable).toBe(x.assessable)
          expect(r.title ?? null).toBe(e.textLicence === 'ids-only' ? null : (x.title ?? null))
          expect(r.summary ?? null).toBe(x.summary ?? null)
          expect(r.text ?? null).toBe(e.textLicence === 'full-text' ? (x.text ?? null) : null)
          expect(r.kind ?? null).toBe(x.kind ?? null)
          expect(r.order ?? null).toBe(x.order ?? null)
        }
      }),
      { numRuns: 200 },
    )
  })
})
