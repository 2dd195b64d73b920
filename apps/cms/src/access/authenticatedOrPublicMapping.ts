import type { Access } from 'payload'

import { PUBLIC_SET_STATUSES } from '../crosswalk/visibility'

/** Mappings: signed-in users read all; visitors only the rows of sets they may read. */
export const authenticatedOrPublicMapping: Access = ({ req: { user } }) =>
  user ? true : { 'set.status': { in: [...PUBLIC_SET_STATUSES] } }
