import type { Access } from 'payload'

import { PUBLIC_EDITION_STATUSES } from '../crosswalk/visibility'

/** Editions: signed-in users read all; visitors every edition but drafts. */
export const authenticatedOrPublicEdition: Access = ({ req: { user } }) =>
  user ? true : { status: { in: [...PUBLIC_EDITION_STATUSES] } }
