'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

/** "Import / export" in the admin nav, after the collections. */
export function ImportNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}/import`
  const label = (
    <>
      {pathname === href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Import / export</span>
    </>
  )
  if (pathname === href) {
    return (
      <div className="nav__link" id="nav-import">
        {label}
      </div>
    )
  }
  return (
    <Link className="nav__link" href={href} id="nav-import" prefetch={false}>
      {label}
    </Link>
  )
}
