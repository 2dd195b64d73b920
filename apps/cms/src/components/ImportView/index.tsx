import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { canTransfer } from '../../transfer/access'
import { MAX_IMPORT_BYTES } from '../../transfer/endpoints'
import { FORMAT } from '../../transfer/format'
import { ImportForm } from './import-form'

/** /admin/import: bulk import (dry run, then import) and export of all content. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { routes } = req.payload.config
  if (!req.user) redirect(`${routes.admin}/login?redirect=${encodeURIComponent(`${routes.admin}/import`)}`)

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="versus-import">
        <h1>Import and export</h1>
        {canTransfer(req.user) ? (
          <>
            <p className="versus-import__intro">
              Load categories, aspects, standards, comparisons and articles from one <code>{FORMAT}</code> JSON file
              (docs/import-format.md). Records are matched by slug, comparisons by their two standards in either order.
              Run a dry run first: it lists what would be created, updated, left unchanged or rejected, and changes
              nothing. The import then writes all of it or none of it.
            </p>
            <ImportForm apiRoute={routes.api} maxBytes={MAX_IMPORT_BYTES} />
          </>
        ) : (
          <p>Only editors and admins may import or export content.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
