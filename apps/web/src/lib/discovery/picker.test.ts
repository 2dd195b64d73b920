import { describe, expect, it } from 'vitest'
import { pairOrders } from '@versus/engine'
import { pickerMessage, pickerTarget } from './picker'

const catalog = {
  standards: new Set(['gdpr', 'popia', 'iso-27001', 'iso-9001', 'nis2', 'eu-ai-act']),
}

describe('pickerTarget', () => {
  it('sends two standards to their canonical comparison, in either order', () => {
    expect(pickerTarget(['popia', 'gdpr'], catalog)).toEqual({ kind: 'comparison', path: '/compare/gdpr-vs-popia' })
    expect(pickerTarget(['gdpr', 'popia'], catalog)).toEqual({ kind: 'comparison', path: '/compare/gdpr-vs-popia' })
  })

  it('lands on a page for any two published standards, reviewed or not', () => {
    // Nothing in the catalog says whether a pair was reviewed: a generated pair is a page too.
    expect(pickerTarget(['nis2', 'gdpr'], catalog)).toEqual({ kind: 'comparison', path: '/compare/gdpr-vs-nis2' })
    expect(pickerTarget(['iso-27001', 'iso-9001'], catalog)).toEqual({ kind: 'comparison', path: '/compare/iso-9001-vs-iso-27001' })
  })

  it("sends a reviewed pair to its editor's order in one step", () => {
    const orders = pairOrders([['nis2', 'iso-27001']])
    expect(pickerTarget(['iso-27001', 'nis2'], { ...catalog, orders }).path).toBe('/compare/nis2-vs-iso-27001')
    expect(pickerTarget(['nis2', 'iso-27001'], { ...catalog, orders }).path).toBe('/compare/nis2-vs-iso-27001')
    expect(pickerTarget(['nis2', 'gdpr'], { ...catalog, orders }).path).toBe('/compare/gdpr-vs-nis2')
  })

  it('orders three or four standards like the engine (natural slug order)', () => {
    expect(pickerTarget(['iso-27001', 'nis2', 'iso-9001'], catalog)).toEqual({
      kind: 'comparison',
      path: '/compare/iso-9001-vs-iso-27001-vs-nis2',
    })
    expect(pickerTarget(['nis2', 'gdpr', 'eu-ai-act', 'popia'], catalog).path).toBe('/compare/eu-ai-act-vs-gdpr-vs-nis2-vs-popia')
  })

  it('ignores repeats, blanks and case', () => {
    expect(pickerTarget([' GDPR ', 'gdpr', '', 'popia'], catalog).path).toBe('/compare/gdpr-vs-popia')
  })

  it('goes back to /compare with the reason, keeping the choice', () => {
    expect(pickerTarget([], catalog)).toEqual({ kind: 'back', error: 'too-few', path: '/compare?error=too-few' })
    expect(pickerTarget(['gdpr'], catalog)).toEqual({ kind: 'back', error: 'too-few', path: '/compare?error=too-few&s=gdpr' })
    expect(pickerTarget(['gdpr', 'popia', 'nis2', 'iso-9001', 'iso-27001'], catalog)).toMatchObject({ kind: 'back', error: 'too-many' })
    expect(pickerTarget(['gdpr', 'nope'], catalog)).toEqual({ kind: 'back', error: 'unknown', path: '/compare?error=unknown&s=gdpr' })
    expect(pickerTarget(['gdpr', '../x'], catalog)).toMatchObject({ kind: 'back', error: 'unknown' })
  })

  it('explains each reason in a sentence', () => {
    expect(pickerMessage('too-few', ['GDPR'])).toBe('Choose at least 2 standards to compare (you chose only GDPR).')
    expect(pickerMessage('too-many', ['a', 'b', 'c', 'd', 'e'])).toBe('Choose at most 4 standards to compare (you chose 5).')
    expect(pickerMessage('unknown', ['GDPR'])).toBe('One of the chosen standards is not published. Choose again from the list.')
    // An old bookmark's reason that no longer exists says nothing rather than something false.
    expect(pickerMessage('not-published', ['GDPR', 'NIS2'])).toBeNull()
    expect(pickerMessage('whatever', [])).toBeNull()
  })
})
