import type { Access } from 'payload'

import { publicSetWhere } from '../crosswalk/visibility'

/** Mapping sets: signed-in users read all; visitors neither draft nor deprecated sets, nor a set naming an edition they may not read. */
export const authenticatedOrPublicMappingSet: Access = ({ req: { user } }) => (user ? true : { and: publicSetWhere() })
