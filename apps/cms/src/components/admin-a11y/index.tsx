'use client'
import { useEffect, type ReactNode } from 'react'

import { nameAdminControls } from './name-controls'
import './admin-a11y.scss'

/**
 * Admin provider: names the controls Payload's own components render without a name (see
 * name-controls.ts), on the first render and whenever the admin adds elements.
 */
export function AdminA11y({ children }: { children?: ReactNode }) {
  useEffect(() => {
    let frame = 0
    const run = () => {
      frame = 0
      nameAdminControls(document)
    }
    run()
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(run)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [])
  return <>{children}</>
}
