/**
 * Admin registrations of the editorial tools, kept here so the Payload
 * config only spreads them in.
 */
import type { AdminViewConfig } from 'payload'

export const editorialViews: Record<string, AdminViewConfig> = {
  suggestions: {
    Component: '/components/suggestions-view#SuggestionsView',
    path: '/suggestions',
    meta: { title: 'Suggested comparisons' },
  },
  completeness: {
    Component: '/components/completeness-view#CompletenessView',
    path: '/completeness',
    meta: { title: 'Completeness' },
  },
}

export const editorialNavLinks = ['/components/editorial-nav-links#EditorialNavLinks']
