import { isValidSlug } from '@versus/engine'

/** Longest free text a visitor may send (characters, after trimming). */
export const MAX_SUGGESTION_TEXT = 500
/** Longest email address (RFC 5321's path limit). */
export const MAX_EMAIL = 254

/** What the form sends, as the visitor typed it (echoed back, escaped, when something is wrong). */
export interface SuggestionInput {
  a: string
  b: string
  message: string
  email: string
}

/** What the CMS stores: plain text only. */
export interface Suggestion {
  standardA: string | null
  standardB: string | null
  message: string | null
  email: string | null
}

export type SuggestionField = 'pair' | 'message' | 'email'

export type SuggestionResult =
  | { ok: true; suggestion: Suggestion }
  /** `spam`: the hidden field was filled, which people never do; answered like a success, filed nowhere. */
  | { ok: false; spam: boolean; errors: Partial<Record<SuggestionField, string>>; input: SuggestionInput }

const field = (form: URLSearchParams, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** Control characters other than tab and line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/** A plain address: one @, a dot in the domain, none of the characters that would make it more than an address. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL && /^[^\s@<>()"',;:?&\\[\]]+@[^\s@<>()"',;:?&\\[\]]+\.[^\s@<>()"',;:?&\\[\]]+$/.test(value)
}

/**
 * Checks a "Suggest a comparison" form (application/x-www-form-urlencoded): two different standards
 * the site publishes (`a`, `b`: slugs), or words saying what to compare (`message`, at most 500
 * characters), or both; an optional `email`. `website` is a honeypot. Pure: `known` is the set of
 * published standard slugs.
 */
export function validateSuggestion(form: URLSearchParams, known: { has(slug: string): boolean }): SuggestionResult {
  const input: SuggestionInput = {
    a: field(form, 'a').trim(),
    b: field(form, 'b').trim(),
    message: field(form, 'message').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim(),
    email: field(form, 'email').trim(),
  }
  const errors: Partial<Record<SuggestionField, string>> = {}
  const spam = field(form, 'website') !== ''
  const pairGiven = input.a !== '' || input.b !== ''
  if (pairGiven) {
    const unknown = [input.a, input.b].filter((slug) => slug !== '' && !(isValidSlug(slug) && known.has(slug)))
    if (unknown.length > 0) errors.pair = 'Choose standards from the list.'
    else if (input.a === '' || input.b === '') errors.pair = input.message ? '' : 'Choose two standards, or describe the comparison below.'
    else if (input.a === input.b) errors.pair = 'Choose two different standards.'
  }
  if (errors.pair === '') delete errors.pair
  const pairOk = pairGiven && !errors.pair && input.a !== '' && input.b !== ''
  if ([...input.message].length > MAX_SUGGESTION_TEXT) {
    errors.message = `At most ${MAX_SUGGESTION_TEXT} characters (now ${[...input.message].length}).`
  } else if (!pairOk && input.message === '' && !errors.pair) {
    errors.message = 'Choose two standards, or say in a few words what you would like compared.'
  }
  if (input.email !== '' && !isEmailAddress(input.email)) errors.email = 'Enter an email address like name@example.org, or leave it empty.'
  if (spam || Object.keys(errors).length > 0) return { ok: false, spam, errors, input }
  return {
    ok: true,
    suggestion: {
      standardA: pairOk ? input.a : null,
      standardB: pairOk ? input.b : null,
      message: input.message || null,
      email: input.email || null,
    },
  }
}
