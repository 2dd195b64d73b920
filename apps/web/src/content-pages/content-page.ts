import type { ReactElement } from 'react'
import type { SiteContent } from '@/lib/cms'
import type { PageMeta } from '@/static-pages/page-meta'

/**
 * A content page as its data makes it: what it shows and says about itself, a permanent redirect, or
 * nothing. The static route handlers (no JavaScript) and the App Router draft pages (an editor's
 * preview) both render from this.
 */
export type ContentPage =
  | { kind: 'page'; meta: PageMeta; site: SiteContent; body: ReactElement }
  | { kind: 'redirect'; path: string }
  | { kind: 'not-found' }

/** A page that is always there (the home page, the article list). */
export type PageContent = Extract<ContentPage, { kind: 'page' }>

export const NOT_FOUND: ContentPage = { kind: 'not-found' }
