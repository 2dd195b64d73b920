import type { Access } from 'payload'

import { PUBLIC_EDITION_STATUSES } from '../crosswalk/visibility'

/** Requirements: signed-in users read all; visitors those of editions they may read. */
export const authenticatedOrPublicRequirement: Access = ({ req: { user } }) =>
  user ? true : { 'edition.status': { in: [...PUBLIC_EDITION_STATUSES] } }
