import { describe, expect, it } from 'vitest'
import { NO_FILTERS, hasFilters, matchesFilters, normalizeSearch, parseFilters } from './filters'

const gdpr = { text: 'GDPR gdpr General Data Protection Regulation', category: 'privacy', obligation: 'mandatory', jurisdiction: 'European Union', nature: 'regulation' }
const iso = { text: 'ISO 27001 iso-27001 Information security management', category: 'security', obligation: 'voluntary', jurisdiction: 'International', nature: 'certifiable-standard' }

describe('filters', () => {
  it('parses the first value of each known key, trimmed', () => {
    expect(parseFilters({ q: [' iso ', 'x'], obligation: 'voluntary', other: 'y' })).toEqual({ ...NO_FILTERS, q: 'iso', obligation: 'voluntary' })
    expect(hasFilters(parseFilters({}))).toBe(false)
  })

  it('matches words at word starts, accents and case ignored', () => {
    expect(normalizeSearch('  Protección—Datos ')).toBe('proteccion datos')
    expect(matchesFilters(iso, { ...NO_FILTERS, q: 'iso' })).toBe(true)
    expect(matchesFilters(gdpr, { ...NO_FILTERS, q: 'iso' })).toBe(false)
    expect(matchesFilters(iso, { ...NO_FILTERS, q: 'ISO 270' })).toBe(true)
    expect(matchesFilters(iso, { ...NO_FILTERS, q: 'so' })).toBe(false)
  })

  it('combines the facet filters', () => {
    expect(matchesFilters(gdpr, { ...NO_FILTERS, obligation: 'mandatory', jurisdiction: 'European Union' })).toBe(true)
    expect(matchesFilters(gdpr, { ...NO_FILTERS, category: 'security' })).toBe(false)
    expect(matchesFilters(iso, { ...NO_FILTERS, nature: 'certifiable-standard', q: 'information' })).toBe(true)
  })
})
