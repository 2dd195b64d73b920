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

/**
 * Payload's wording where ours must say more. Restoring a version of a collection with drafts
 * publishes it at once unless the editor picks "Restore as draft": the confirmation says so.
 */
export const adminTranslations = {
  en: {
    version: {
      aboutToRestore:
        'You are about to restore this {{label}} document to the state that it was in on {{versionDate}}. ' +
        'Unless you chose “Restore as draft”, restoring publishes it at once: the site shows it as soon as you confirm.',
      restoreThisVersion: 'Restore and publish',
    },
  },
}
