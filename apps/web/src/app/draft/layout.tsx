import type { ReactNode } from 'react'
import { DraftBanner } from '@versus/ui'
import { cmsOrigin } from '@/lib/cms'

/**
 * An editor's preview (src/proxy.ts rewrites here only with a valid preview session): rendered per
 * request, never cached, with the banner that leaves the preview and reloads it when the admin's
 * live-preview panel saves.
 */
export const dynamic = 'force-dynamic'

export default function DraftLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <DraftBanner exitHref="/api/exit-preview" cmsOrigin={cmsOrigin()} />
      {children}
    </>
  )
}
