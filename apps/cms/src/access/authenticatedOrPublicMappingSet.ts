import type { Access } from 'payload'

import { PUBLIC_SET_STATUSES } from '../crosswalk/visibility'

/** Mapping sets: signed-in users read all; visitors neither draft nor deprecated sets. */
export const authenticatedOrPublicMappingSet: Access = ({ req: { user } }) =>
  user ? true : { status: { in: [...PUBLIC_SET_STATUSES] } }
