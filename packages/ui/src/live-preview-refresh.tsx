'use client'

import { useEffect } from 'react'

/**
 * Inside the CMS's live-preview panel (an iframe or popup of the admin), tells the admin the page is
 * ready and reloads it when the admin reports a save ("payload-document-event"), so the preview
 * follows the draft. Only messages from `cmsOrigin` count. Renders nothing of its own; only preview
 * pages load it.
 */
export function LivePreviewRefresh({ cmsOrigin }: { cmsOrigin: string }) {
  useEffect(() => {
    const host = window.parent !== window ? window.parent : window.opener
    if (host) (host as Window).postMessage({ type: 'payload-live-preview', ready: true }, cmsOrigin)
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== cmsOrigin) return
      const data: unknown = event.data
      if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'payload-document-event') {
        window.location.reload()
      }
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [cmsOrigin])
  return null
}
