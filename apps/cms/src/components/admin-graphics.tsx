import type { ServerProps } from 'payload'

import { siteNameOf } from './site-name'
import './editorial.scss'

/** On the login and create-first-user screens: the site's mark and name instead of Payload's. */
export async function AdminLogo({ payload }: ServerProps) {
  const name = await siteNameOf(payload)
  return (
    <span className="versus-logo" data-testid="admin-logo">
      {/* The site's mark (apps/web/src/app/icon.svg), served from public/. */}
      <img src="/icon.svg" alt="" width={48} height={48} />
      <span className="versus-logo__name">{name}</span>
      <span className="versus-logo__role">Editorial admin</span>
    </span>
  )
}

/** In the admin's header: the site's mark. */
export function AdminIcon() {
  return <img src="/icon.svg" alt="" width={24} height={24} />
}
