/** What `createConfig()` registers for bulk import/export: the REST endpoints, the admin view and its nav link. */
import type { Endpoint } from 'payload'

import { crosswalkExportEndpoint, exportEndpoint, importEndpoint } from './endpoints'
import { guideEndpoint, schemaEndpoint, templateEndpoint } from './guides'

export const transferEndpoints: Endpoint[] = [
  importEndpoint,
  exportEndpoint,
  crosswalkExportEndpoint,
  templateEndpoint,
  schemaEndpoint,
  guideEndpoint,
]

export const transferNavLinks = ['/components/ImportView/nav-link#ImportNavLink']

export const transferViews = {
  import: { Component: '/components/ImportView#ImportView', path: '/import' as const },
}
