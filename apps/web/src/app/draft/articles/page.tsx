import type { Metadata } from 'next'
import { articleListPage } from '@/content-pages/article-list'
import { asDraft } from '@/lib/cms'
import { toMetadata } from '@/static-pages/page-meta'

export async function generateMetadata(): Promise<Metadata> {
  return toMetadata((await asDraft(() => articleListPage())).meta)
}

/** An editor's preview of /articles (src/proxy.ts); visitors get app/articles/route.ts. */
export default async function DraftArticlesPage() {
  return (await asDraft(() => articleListPage())).body
}
