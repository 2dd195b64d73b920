import type { Metadata } from 'next'
import { homePage } from '@/content-pages/home'
import { asDraft } from '@/lib/cms'
import { toMetadata } from '@/static-pages/page-meta'

export async function generateMetadata(): Promise<Metadata> {
  return toMetadata((await asDraft(() => homePage())).meta)
}

/** An editor's preview of / (src/proxy.ts); visitors get app/route.ts. */
export default async function DraftHomePage() {
  return (await asDraft(() => homePage())).body
}
