import { articlePath, comparisonPath, pairOrders, standardPath } from '@versus/engine'
import type { GeneratePreviewURL, LivePreviewConfig, PayloadRequest } from 'payload'

import { siteURL } from './env'
import { previewSecret, signPreviewLink } from './preview'

export type PreviewCollection = 'standards' | 'comparisons' | 'articles'

type Id = number | string

/** A relationship value as the admin holds it: an id, a populated document, or nothing yet. */
function relationId(value: unknown): Id | null {
  if (typeof value === 'number' || (typeof value === 'string' && value.length > 0)) return value
  if (value && typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  return null
}

function slugOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null
}

/**
 * The site path that renders `doc` (null while the document cannot be shown yet: no slug, or a
 * comparison without both standards). A comparison's path is the canonical pair of its standards'
 * current slugs, drafts included, so an unpublished pair can be previewed too.
 */
export async function previewPath(collection: PreviewCollection, doc: Record<string, unknown>, req: PayloadRequest): Promise<string | null> {
  if (collection === 'standards') {
    const slug = slugOf(doc.slug)
    return slug ? standardPath(slug) : null
  }
  if (collection === 'articles') {
    const slug = slugOf(doc.slug)
    return slug ? articlePath(slug) : null
  }
  const a = relationId(doc.standardA)
  const b = relationId(doc.standardB)
  if (a === null || b === null || String(a) === String(b)) return null
  const { docs } = await req.payload.find({
    collection: 'standards',
    where: { id: { in: [a, b] } },
    draft: true,
    depth: 0,
    limit: 2,
    pagination: false,
    select: { slug: true },
    req,
  })
  const slugs = new Map(docs.map((d) => [String(d.id), d.slug]))
  const slugA = slugOf(slugs.get(String(a)))
  const slugB = slugOf(slugs.get(String(b)))
  // The comparison's own order (standardA first) is the address its page is shown at.
  return slugA && slugB ? comparisonPath(slugA, slugB, pairOrders([[slugA, slugB]])) : null
}

async function signedLink(collection: PreviewCollection, doc: Record<string, unknown>, req: PayloadRequest): Promise<string | null> {
  const secret = previewSecret()
  if (!secret) return null
  const path = await previewPath(collection, doc, req)
  // The editor asking and their sign-in session: the site records both in its preview session
  // (apps/web/src/lib/cms/draft-session.ts) and the preview ends when that session does (logout).
  const user = req.user ? String(req.user.id) : undefined
  const sid = (req.user as { _sid?: unknown } | null | undefined)?._sid
  const session = typeof sid === 'string' ? sid : undefined
  return path ? signPreviewLink({ siteURL: siteURL(), path, secret, user, session }) : null
}

/** `admin.preview`: the "Preview" button opens the signed link in a new tab. */
export function previewURL(collection: PreviewCollection): GeneratePreviewURL {
  return (doc, { req }) => signedLink(collection, doc, req)
}

/** `admin.livePreview`: the same signed link, rendered in the admin's side panel. */
export function livePreview(collection: PreviewCollection): LivePreviewConfig {
  return { url: ({ data, req }) => signedLink(collection, data, req) }
}
