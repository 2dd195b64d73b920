import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_SUGGESTION_TEXT, isEmailAddress, validateSuggestion } from './validate'

const known = new Set(['gdpr', 'nis2', 'iso-27001'])
const form = (fields: Record<string, string>) => new URLSearchParams(fields)

describe('validateSuggestion', () => {
  it('files two different published standards, with or without words and an email', () => {
    expect(validateSuggestion(form({ a: 'gdpr', b: 'nis2' }), known)).toEqual({
      ok: true,
      suggestion: { standardA: 'gdpr', standardB: 'nis2', message: null, email: null },
    })
    expect(validateSuggestion(form({ a: 'gdpr', b: 'nis2', message: '  For a bank.  ', email: ' a@b.example ' }), known)).toEqual({
      ok: true,
      suggestion: { standardA: 'gdpr', standardB: 'nis2', message: 'For a bank.', email: 'a@b.example' },
    })
  })

  it('files words alone, up to 500 characters, as plain text (markup is kept as text, control characters dropped)', () => {
    const result = validateSuggestion(form({ message: '<script>alert(1)</script>\u0000 DORA vs\r\nSOC 2' }), known)
    expect(result).toEqual({ ok: true, suggestion: { standardA: null, standardB: null, message: '<script>alert(1)</script> DORA vs\nSOC 2', email: null } })
    expect(validateSuggestion(form({ message: 'x'.repeat(MAX_SUGGESTION_TEXT) }), known).ok).toBe(true)
    const long = validateSuggestion(form({ message: 'x'.repeat(MAX_SUGGESTION_TEXT + 1) }), known)
    expect(long).toMatchObject({ ok: false, errors: { message: 'At most 500 characters (now 501).' } })
  })

  it('refuses an empty form, one standard alone, the same standard twice, and standards the site does not publish', () => {
    expect(validateSuggestion(form({}), known)).toMatchObject({ ok: false, spam: false, errors: { message: expect.stringContaining('Choose two standards') } })
    expect(validateSuggestion(form({ a: 'gdpr' }), known)).toMatchObject({ ok: false, errors: { pair: 'Choose two standards, or describe the comparison below.' } })
    expect(validateSuggestion(form({ a: 'gdpr', b: 'gdpr' }), known)).toMatchObject({ ok: false, errors: { pair: 'Choose two different standards.' } })
    expect(validateSuggestion(form({ a: 'gdpr', b: 'iso-9001' }), known)).toMatchObject({ ok: false, errors: { pair: 'Choose standards from the list.' } })
    expect(validateSuggestion(form({ a: '../admin', b: 'gdpr' }), known)).toMatchObject({ ok: false, errors: { pair: 'Choose standards from the list.' } })
    // one standard and some words: the words are filed, the half pair is not
    expect(validateSuggestion(form({ a: 'gdpr', message: 'GDPR vs LGPD' }), known)).toEqual({
      ok: true,
      suggestion: { standardA: null, standardB: null, message: 'GDPR vs LGPD', email: null },
    })
  })

  it('refuses an email address that is not one, and gives the visitor’s input back', () => {
    const result = validateSuggestion(form({ a: 'gdpr', b: 'nis2', email: 'me at home' }), known)
    expect(result).toMatchObject({ ok: false, errors: { email: expect.stringContaining('email address') }, input: { a: 'gdpr', b: 'nis2', email: 'me at home' } })
    for (const bad of ['a@b', 'a@b.c,d@e.f', 'a@b.c?cc=x@y.z', '"a"@b.c', 'a b@c.d', `${'a'.repeat(250)}@b.cd`]) expect(isEmailAddress(bad)).toBe(false)
    for (const good of ['a@b.cd', 'first.last+tag@sub.example.org']) expect(isEmailAddress(good)).toBe(true)
  })

  it('flags the hidden field as spam, even on an otherwise valid form', () => {
    expect(validateSuggestion(form({ a: 'gdpr', b: 'nis2', website: 'http://spam.example' }), known)).toMatchObject({ ok: false, spam: true })
  })

  it('never accepts anything it would not store as given: total over any form', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'message', 'email', 'website', 'x'), fc.string({ maxLength: 600 })), (fields) => {
        const result = validateSuggestion(form(fields), known)
        if (!result.ok) return
        const { standardA, standardB, message, email } = result.suggestion
        expect((standardA === null) === (standardB === null)).toBe(true)
        if (standardA !== null) {
          expect(known.has(standardA) && known.has(standardB as string) && standardA !== standardB).toBe(true)
        } else {
          expect(message).not.toBeNull()
        }
        expect([...(message ?? '')].length).toBeLessThanOrEqual(MAX_SUGGESTION_TEXT)
        if (email !== null) expect(isEmailAddress(email)).toBe(true)
        expect(fields.website ?? '').toBe('')
      }),
    )
  })
})
