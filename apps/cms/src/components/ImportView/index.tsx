import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '../admin-view-frame'
import React from 'react'

import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { MAX_IMPORT_BYTES } from '../../transfer/endpoints'
import { FORMAT } from '../../transfer/format'
import { IMPORT_GUIDES } from '../../transfer/guides'
import { ImportForm } from './import-form'

/** /admin/import: bulk import (dry run, then import) and export of all content. */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { routes } = req.payload.config
  if (!req.user) redirect(`${routes.admin}/login?redirect=${encodeURIComponent(`${routes.admin}/import`)}`)
  const editor = isEditorOrAdmin(req.user)
  const sets = editor
    ? (await req.payload.find({ collection: 'mapping-sets', depth: 0, pagination: false, sort: 'slug', req, overrideAccess: false })).docs
    : []
  const editions = editor
    ? (await req.payload.find({ collection: 'editions', depth: 0, pagination: false, sort: 'slug', req, overrideAccess: false })).docs
    : []

  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} className="versus-import">
        <h1>Import and export</h1>
        {isEditorOrAdmin(req.user) ? (
          <>
            <p className="versus-import__intro">
              Load categories, aspects, standards, comparisons and articles from one <code>{FORMAT}</code> JSON file
              (its guide and a template below), or crosswalk content from a CISO Assistant library (YAML), an OSCAL catalog or
              mapping-collection (JSON) or a crosswalk CSV (guides below). Records are matched by slug,
              comparisons by their two standards in either order, requirements by edition and reference.
              An import merges: it changes only the fields a record carries, and keeps what editors wrote in the
              others (tick “Replace whole documents” to empty them). A record with <code>renameFrom</code> renames a
              standard or article, the old address redirecting; one marked <code>&quot;status&quot;: &quot;draft&quot;</code> may
              lack required facts. Run a dry run first: it lists what would be created, updated (each field, old →
              new), left unchanged or rejected, and changes nothing. The import then writes all of it or none of it.
            </p>
            <nav className="versus-import__help" aria-label="Import help">
              <a href={`${routes.api}/transfer/template.json`} download>
                Download a template (versus/1 JSON)
              </a>
              <a href={`${routes.api}/transfer/import-format.schema.json`} download>
                JSON Schema of the format
              </a>
              {Object.entries(IMPORT_GUIDES).map(([name, label]) => (
                <a key={name} href={`${routes.api}/transfer/guides/${name}.md`} target="_blank" rel="noreferrer">
                  Guide: {label}
                </a>
              ))}
            </nav>
            <ImportForm apiRoute={routes.api} maxBytes={MAX_IMPORT_BYTES} />
            {editions.length > 0 && (
              <section className="versus-import__crosswalks" aria-label="Edition catalogs">
                <h2>Edition catalogs</h2>
                <p>
                  Each edition&apos;s requirements as an OSCAL 1.1 catalog (official text only where the edition&apos;s licence
                  allows it; imports back unchanged).
                </p>
                <ul>
                  {editions.map((edition) => (
                    <li key={edition.id}>
                      {edition.label} (<code>{edition.slug}</code>):{' '}
                      <a href={`${routes.api}/transfer/crosswalks/${edition.slug}.catalog.json`} download>
                        OSCAL catalog
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {sets.length > 0 && (
              <section className="versus-import__crosswalks" aria-label="Mapping sets">
                <h2>Mapping sets</h2>
                <p>Each set as an OSCAL 1.2 mapping-collection or a crosswalk CSV (both import back unchanged).</p>
                <ul>
                  {sets.map((set) => (
                    <li key={set.id}>
                      {set.title} (<code>{set.slug}</code>):{' '}
                      <a href={`${routes.api}/transfer/crosswalks/${set.slug}.oscal.json`} download>
                        OSCAL
                      </a>{' '}
                      ·{' '}
                      <a href={`${routes.api}/transfer/crosswalks/${set.slug}.csv`} download>
                        CSV
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        ) : (
          <p>Only editors and admins may import or export content.</p>
        )}
      </AdminViewFrame>
  )
}
