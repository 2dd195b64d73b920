import { relationId } from '@versus/content'
import type {
  ArrayFieldValidation,
  NumberFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'
import { array, number, text } from 'payload/shared'

/** Payload's own number checks (required, min, max) plus "whole number". */
export const integer: NumberFieldSingleValidation = (value, args) => {
  const base = number(value, args)
  if (base !== true) return base
  if (value !== null && value !== undefined && !Number.isInteger(value)) return 'Use a whole number.'
  return true
}

/** A full http(s) address, without whitespace (which browsers strip before reading the scheme). */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(value)
  } catch {
    return false
  }
}

export const WEB_ADDRESS_MESSAGE = 'Use a full web address starting with http:// or https://.'

export const httpURL: TextFieldSingleValidation = (value, args) => {
  const base = text(value, args)
  if (base !== true) return base
  return !value || isWebAddress(value) ? true : WEB_ADDRESS_MESSAGE
}

/**
 * A link the site may render: a path on the site ("/compare", "#faq") or a full http(s) or mailto
 * address. The site drops any other link anyway (packages/ui safe-href); refusing it here tells
 * the editor why.
 */
export function isSiteLink(value: string): boolean {
  if (/^[/#](?!\/)/.test(value)) return !/[\s\\]/.test(value)
  if (/^mailto:[^\s]+@[^\s]+$/i.test(value)) return true
  return isWebAddress(value)
}

export const SITE_LINK_MESSAGE = 'Use a path on the site starting with "/", or a full address starting with http://, https:// or mailto:.'

export const siteLink: TextFieldSingleValidation = (value, args) => {
  const base = text(value, args)
  if (base !== true) return base
  return !value || isSiteLink(value) ? true : SITE_LINK_MESSAGE
}

/** An array of rows whose `key` relationship may name each document once. */
export function uniqueRelationRows(key: string, message: string): ArrayFieldValidation {
  return (value, args) => {
    const base = array(value, args)
    if (base !== true) return base
    const seen = new Set<string>()
    for (const row of value ?? []) {
      const id = relationId((row as Record<string, unknown> | null)?.[key])
      if (id === null) continue
      if (seen.has(id)) return message
      seen.add(id)
    }
    return true
  }
}
